package co.presencia.territory;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Everything Presencia knows about the territory, in memory: municipalities with geometry and attributes (and the units
 * DIVIPOLA codes that no MGN draws yet, without geometry), departments, territory groups, the names each unit is known
 * by, and the boundary load report. Immutable.
 */
public final class ReferenceCatalog {

    private static final int FIRST_INDEXED_YEAR = 1900;

    private final SortedMap<DivipolaCode, Municipality> municipalities;
    private final SortedMap<DepartmentCode, DepartmentBoundary> departments;
    private final Map<String, TerritoryGroup> groups;
    private final LoadReport loadReport;
    private final PlaceNames placeNames;
    private final Map<Integer, TerritorialVintage> vintages = new ConcurrentHashMap<>();
    /** The vintages of {@value #FIRST_INDEXED_YEAR}–2199 by year without boxing: an import asks once per row. */
    private final AtomicReferenceArray<TerritorialVintage> vintagesByYear = new AtomicReferenceArray<>(300);

    public ReferenceCatalog(Collection<Municipality> municipalities, Collection<DepartmentBoundary> departments,
                            List<TerritoryGroup> groups, LoadReport loadReport) {
        this(municipalities, departments, groups, loadReport, PlaceNames.NONE);
    }

    public ReferenceCatalog(Collection<Municipality> municipalities, Collection<DepartmentBoundary> departments,
                            List<TerritoryGroup> groups, LoadReport loadReport, PlaceNames placeNames) {
        SortedMap<DivipolaCode, Municipality> m = new TreeMap<>();
        municipalities.forEach(x -> m.put(x.code(), x));
        SortedMap<DepartmentCode, DepartmentBoundary> d = new TreeMap<>();
        departments.forEach(x -> d.put(x.department().code(), x));
        Map<String, TerritoryGroup> g = new LinkedHashMap<>();
        groups.forEach(x -> {
            if (g.put(x.id(), x) != null) {
                throw new IllegalArgumentException("Two territory groups have the id '" + x.id() + "'");
            }
        });
        this.municipalities = Collections.unmodifiableSortedMap(m);
        this.departments = Collections.unmodifiableSortedMap(d);
        this.groups = Collections.unmodifiableMap(g);
        this.loadReport = loadReport;
        this.placeNames = placeNames;
    }

    public Collection<Municipality> municipalities() {
        return municipalities.values();
    }

    /** The units an MGN boundary draws (all but those DANE has coded and not yet drawn, such as 27493). */
    public List<Municipality> municipalitiesWithBoundary() {
        return municipalities.values().stream().filter(Municipality::boundaryPublished).toList();
    }

    public Optional<Municipality> municipality(DivipolaCode code) {
        return Optional.ofNullable(municipalities.get(code));
    }

    public Collection<DepartmentBoundary> departments() {
        return departments.values();
    }

    public Optional<DepartmentBoundary> department(DepartmentCode code) {
        return Optional.ofNullable(departments.get(code));
    }

    public Collection<TerritoryGroup> groups() {
        return groups.values();
    }

    public Optional<TerritoryGroup> group(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    public LoadReport loadReport() {
        return loadReport;
    }

    /** Every name each unit is known by in DANE's tables, for matching (display uses {@link Municipality#name()}). */
    public PlaceNames placeNames() {
        return placeNames;
    }

    public TerritorialVintage vintage(int year) {
        int slot = year - FIRST_INDEXED_YEAR;
        if (slot < 0 || slot >= vintagesByYear.length()) {
            return vintages.computeIfAbsent(year, y -> TerritorialVintage.of(y, municipalities.values()));
        }
        TerritorialVintage known = vintagesByYear.get(slot);
        if (known == null) {
            known = vintages.computeIfAbsent(year, y -> TerritorialVintage.of(y, municipalities.values()));
            vintagesByYear.set(slot, known);
        }
        return known;
    }
}
