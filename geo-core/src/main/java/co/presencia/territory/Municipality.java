package co.presencia.territory;

import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A second-level unit of DIVIPOLA (municipio, área no municipalizada or isla) as the MGN draws it.
 *
 * @param code         DIVIPOLA code
 * @param name         DANE's spelling for display (e.g. "Bogotá, D.C.")
 * @param department   the department it belongs to
 * @param type         municipio, área no municipalizada or isla
 * @param areaKm2      area of {@code geometry} measured in EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional)
 * @param rurality     DNP 2014 rurality category, or null when unknown
 * @param cityAgglomeration DNP Sistema de Ciudades agglomeration (e.g. "A-Medellín"), or null when outside it
 * @param population   DANE projections by year
 * @param lifespan     the years the unit is in force, and its successor after that
 * @param geometry     EPSG:4326, x = longitude, y = latitude; null when only attributes were loaded
 */
public record Municipality(
        DivipolaCode code,
        String name,
        Department department,
        MunicipalityType type,
        double areaKm2,
        RuralityCategory rurality,
        String cityAgglomeration,
        PopulationSeries population,
        Lifespan lifespan,
        MultiPolygon geometry) {

    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(lifespan, "lifespan");
        if (geometry != null && geometry.getSRID() != 4326) {
            throw new IllegalArgumentException("Municipality " + code + " geometry must be EPSG:4326, got SRID " + geometry.getSRID());
        }
    }

    public boolean inForce(int year) {
        return lifespan.inForce(year);
    }

    public Optional<Long> populationIn(int year) {
        return population.in(year);
    }

    public Municipality withGeometry(MultiPolygon newGeometry, double newAreaKm2) {
        return new Municipality(code, name, department, type, newAreaKm2, rurality, cityAgglomeration, population, lifespan, newGeometry);
    }

    /**
     * The years a unit is in force. {@code lastYear} null means still in force; {@code successor} is the unit that
     * takes over its territory afterwards (94663 Mapiripana → 94343 Barrancominas).
     */
    public record Lifespan(Integer firstYear, Integer lastYear, DivipolaCode successor) {
        public static final Lifespan ALWAYS = new Lifespan(null, null, null);

        public boolean inForce(int year) {
            return (firstYear == null || year >= firstYear) && (lastYear == null || year <= lastYear);
        }
    }
}
