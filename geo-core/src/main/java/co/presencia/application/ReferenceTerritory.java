package co.presencia.application;

import co.presencia.error.InvalidParameterException;
import co.presencia.error.NotFoundException;
import co.presencia.spatial.MunicipalAdjacency;
import co.presencia.territory.DepartmentBoundary;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritoryGroup;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;

/**
 * The reference territory as the use cases see it: the immutable {@link ReferenceCatalog}, lookups that raise the
 * domain's errors (a malformed id is an invalid parameter, an unknown one is not found), and the municipal
 * adjacency the gap figures need, built once on first use.
 */
public final class ReferenceTerritory {

    private final ReferenceCatalog catalog;
    private volatile MunicipalAdjacency<DivipolaCode> adjacency;

    ReferenceTerritory(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    public ReferenceCatalog catalog() {
        return catalog;
    }

    /** The territory group named (case-insensitive). */
    public TerritoryGroup group(String id) {
        String normalized = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        if (!TerritoryGroup.isValidId(normalized)) {
            throw new InvalidParameterException("group", "group.invalid", String.valueOf(id));
        }
        return catalog.group(normalized).orElseThrow(() -> new NotFoundException("group.unknown", id));
    }

    public Municipality municipality(DivipolaCode code) {
        return catalog.municipality(code).orElseThrow(() -> new NotFoundException("municipality.unknown", code.value()));
    }

    public DepartmentBoundary department(DepartmentCode code) {
        return catalog.department(code).orElseThrow(() -> new NotFoundException("department.unknown", code.value()));
    }

    /** Which municipalities share a border, from the reference geometry; built once, on first use. */
    public MunicipalAdjacency<DivipolaCode> adjacency() {
        MunicipalAdjacency<DivipolaCode> current = adjacency;
        if (current == null) {
            synchronized (this) {
                if (adjacency == null) {
                    Map<DivipolaCode, Geometry> polygons = new TreeMap<>();
                    catalog.municipalities().stream().filter(Municipality::boundaryPublished)
                            .forEach(m -> polygons.put(m.code(), m.geometry()));
                    adjacency = MunicipalAdjacency.build(polygons);
                }
                current = adjacency;
            }
        }
        return current;
    }
}
