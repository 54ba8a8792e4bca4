package co.presencia.territory;

import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

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
 * @param geometry     EPSG:4326, x = longitude, y = latitude; null when no MGN draws the unit yet (27493 Nuevo Belén de
 *                     Bajirá, created in December 2023: its territory is still inside 27615 Riosucio's MGN 2018 polygon)
 * @param seat         DIVIPOLA's location of the municipal seat (cabecera), EPSG:4326; null when DIVIPOLA does not list
 *                     the unit (94663 Mapiripana)
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
        MultiPolygon geometry,
        Point seat) {

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
        if (seat != null && seat.getSRID() != 4326) {
            throw new IllegalArgumentException("Municipality " + code + " seat must be EPSG:4326, got SRID " + seat.getSRID());
        }
    }

    /** Whether an MGN boundary of the unit is loaded; false for a unit DANE has coded but not yet drawn. */
    public boolean boundaryPublished() {
        return geometry != null;
    }

    public boolean inForce(int year) {
        return lifespan.inForce(year);
    }

    public Optional<Long> populationIn(int year) {
        return population.in(year);
    }

    public Municipality withGeometry(MultiPolygon newGeometry, double newAreaKm2) {
        return new Municipality(code, name, department, type, newAreaKm2, rurality, cityAgglomeration, population, lifespan,
                newGeometry, seat);
    }

    /**
     * The years a unit is in force. {@code firstYear} null means since before any reporting year, {@code lastYear} null
     * means still in force. {@code successor} is the unit that holds its territory in the years it is not in force:
     * after {@code lastYear}, the unit it merged into (94663 Mapiripana → 94343 Barrancominas); before
     * {@code firstYear}, the unit it was segregated from (27493 Nuevo Belén de Bajirá → 27615 Riosucio until 2023).
     */
    public record Lifespan(Integer firstYear, Integer lastYear, DivipolaCode successor) {
        public static final Lifespan ALWAYS = new Lifespan(null, null, null);

        public boolean inForce(int year) {
            return (firstYear == null || year >= firstYear) && (lastYear == null || year <= lastYear);
        }
    }
}
