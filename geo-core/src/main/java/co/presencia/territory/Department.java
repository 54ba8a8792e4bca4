package co.presencia.territory;

import java.util.Objects;

/** A first-level unit: 32 departments and Bogotá D.C. (33). Geometry lives in {@link DepartmentBoundary}. */
public record Department(DepartmentCode code, String name) implements Comparable<Department> {

    public Department {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public int compareTo(Department other) {
        return code.compareTo(other.code);
    }
}
