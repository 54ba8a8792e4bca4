package co.presencia.territory;

import co.presencia.text.NameKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every name a unit is known by in DANE's own tables: the official DIVIPOLA 2024 name, the MGN 2018 name, the name
 * in the boundary file that was loaded, the name in the population projections. Name matching (the importer's
 * joiner) accepts each of them; display uses only the official one ({@link Municipality#name()}). Names that differ
 * only in case, accents or punctuation are kept once. Immutable.
 */
public final class PlaceNames {

    /** No variants: every unit is known by its display name only. */
    public static final PlaceNames NONE = new PlaceNames(Map.of(), Map.of());

    private final SortedMap<DivipolaCode, List<String>> municipalities;
    private final SortedMap<DepartmentCode, List<String>> departments;

    public PlaceNames(Map<DivipolaCode, ? extends Iterable<String>> municipalities,
                      Map<DepartmentCode, ? extends Iterable<String>> departments) {
        this.municipalities = Collections.unmodifiableSortedMap(distinct(municipalities));
        this.departments = Collections.unmodifiableSortedMap(distinct(departments));
    }

    private static <K extends Comparable<K>> SortedMap<K, List<String>> distinct(Map<K, ? extends Iterable<String>> names) {
        SortedMap<K, List<String>> result = new TreeMap<>();
        names.forEach((code, list) -> {
            Map<String, String> byKey = new LinkedHashMap<>();
            for (String name : list) {
                if (name != null && !NameKey.of(name).isEmpty()) {
                    byKey.putIfAbsent(NameKey.of(name), name.strip());
                }
            }
            if (!byKey.isEmpty()) {
                result.put(code, List.copyOf(byKey.values()));
            }
        });
        return result;
    }

    /** The names of a municipality besides (and including, when recorded) its display name. */
    public List<String> municipality(DivipolaCode code) {
        return municipalities.getOrDefault(code, List.of());
    }

    /** The names of a department. */
    public List<String> department(DepartmentCode code) {
        return departments.getOrDefault(code, List.of());
    }

    public SortedMap<DivipolaCode, List<String>> municipalities() {
        return municipalities;
    }

    public SortedMap<DepartmentCode, List<String>> departments() {
        return departments;
    }

    /** Every name to match a municipality by: its display name first, then the recorded variants. */
    public Set<String> matchingNames(Municipality municipality) {
        Set<String> names = new LinkedHashSet<>();
        names.add(municipality.name());
        names.addAll(municipality(municipality.code()));
        return names;
    }

    /** Every name to match a department by: its display name first, then the recorded variants. */
    public Set<String> matchingNames(Department department) {
        Set<String> names = new LinkedHashSet<>();
        names.add(department.name());
        names.addAll(department(department.code()));
        return names;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlaceNames p && p.municipalities.equals(municipalities) && p.departments.equals(departments);
    }

    @Override
    public int hashCode() {
        return municipalities.hashCode() * 31 + departments.hashCode();
    }

    /** How many names are recorded in all. */
    public int size() {
        List<List<String>> all = new ArrayList<>(municipalities.values());
        all.addAll(departments.values());
        return all.stream().mapToInt(List::size).sum();
    }
}
