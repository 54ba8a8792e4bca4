package co.presencia.web.coverage;

import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritoryGroup;
import java.util.Objects;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;

/** The outline of one territory of a group: the union of its municipalities (they form a coverage), EPSG:4326. */
final class TerritoryGeometry {

    private TerritoryGeometry() {
    }

    static Geometry of(ReferenceCatalog catalog, TerritoryGroup group, String territoryId) {
        return group.territory(territoryId).map(t -> {
            Geometry[] parts = t.municipalities().stream().map(c -> catalog.municipality(c).orElseThrow().geometry())
                    .filter(Objects::nonNull).toArray(Geometry[]::new);
            if (parts.length == 0) {
                return null;
            }
            Geometry union = CoverageUnion.union(parts);
            union.setSRID(4326);
            return union;
        }).orElse(null);
    }
}
