package co.presencia.reference;

import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.OfficialName;
import co.presencia.territory.PlaceNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Chooses each unit's display name (DIVIPOLA's, {@link OfficialName}) while the catalog is assembled, and records
 * every name the reference tables give it, for {@link PlaceNames}.
 */
final class NameBook {

    private final Map<DivipolaCode, List<String>> municipalities = new TreeMap<>();
    private final Map<DepartmentCode, List<String>> departments = new TreeMap<>();

    /**
     * The display name of a municipality: DIVIPOLA's when it lists the unit, else the MGN's (94663 Mapiripana);
     * capitalised as the projections write it when they spell it alike. Every name given is recorded.
     */
    String municipality(DivipolaCode code, DivipolaTable.Unit official, String projection, String mgn2018, String boundaryName) {
        String basis = official != null ? official.name()
                : Stream.of(mgn2018, boundaryName, projection).filter(n -> n != null && !n.isBlank()).findFirst().orElseThrow(
                        () -> new IllegalStateException("No name at all for " + code));
        String display = OfficialName.display(basis, projection);
        List<String> names = municipalities.computeIfAbsent(code, c -> new ArrayList<>());
        Stream.of(display, official == null ? null : official.name(), mgn2018, boundaryName, projection)
                .filter(n -> n != null && !n.isBlank()).forEach(names::add);
        return display;
    }

    /** The display name of a department: DIVIPOLA's when given, capitalised as the projections write it. */
    String department(DepartmentCode code, String official, String projection) {
        String display = official == null ? projection : OfficialName.display(official, projection);
        addDepartment(code, display);
        addDepartment(code, official);
        addDepartment(code, projection);
        return display;
    }

    /** Records one more name of a department (the boundary files'). */
    void addDepartment(DepartmentCode code, String name) {
        if (name != null && !name.isBlank()) {
            departments.computeIfAbsent(code, c -> new ArrayList<>()).add(name);
        }
    }

    PlaceNames build() {
        return new PlaceNames(municipalities, departments);
    }
}
