package co.presencia.intervention;

import co.presencia.spatial.MunicipalityLocator;
import co.presencia.territory.DepartmentBoundary;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.InvalidDivipolaCodeException;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritorialVintage;
import co.presencia.text.Csv;
import co.presencia.text.NameKey;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Geometry;

/**
 * Joins a row's location to the municipality in force in the row's year, in the order of DOMAIN.md §2:
 * <ol>
 *   <li>the DIVIPOLA code, repairing one lost leading zero ({@code 5001 → 05001});</li>
 *   <li>else municipality name (+ department name when given), accent-, case-, punctuation- and spacing-insensitive:
 *       every name the reference tables give a unit ({@link ReferenceCatalog#placeNames()}: DIVIPOLA 2024, MGN 2018,
 *       the boundary file, the projections) and the aliases of {@code place_aliases.csv}; a name that fits several
 *       municipalities is ambiguous;</li>
 *   <li>else longitude/latitude, point in polygon with {@link MunicipalityLocator} (border rule: smallest code),
 *       trying the swapped pair when the point as given falls outside Colombia.</li>
 * </ol>
 * A code no longer in force maps to its successor for the row's year ({@link TerritorialVintage#resolve}). A value
 * that is present but wrong is never passed over for the next method: the row is rejected with the reason.
 * Immutable and thread-safe; build it once per reference catalog (building the point index takes about a second).
 */
public final class MunicipalityJoiner {

    /** Where a row was placed: the municipality in force, how, and the coordinates as corrected. */
    public record Placed(DivipolaCode code, Placement placement, Double longitude, Double latitude) {
    }

    /** Why a row could not be placed: the column concerned, its value, the reason. */
    public record Unplaced(SourceField field, String value, String reason) {
    }

    /** Either a placement or the reason there is none. */
    public record Result(Placed placed, Unplaced unplaced) {
        static Result of(Placed placed) {
            return new Result(placed, null);
        }

        static Result fail(SourceField field, String value, String reason) {
            return new Result(null, new Unplaced(field, value, reason));
        }
    }

    private final ReferenceCatalog catalog;
    /** Built on first use (about 2 s for the MGN): a service that never places a point never pays for it. */
    private final Map<DivipolaCode, Geometry> polygons;
    private volatile MunicipalityLocator<DivipolaCode> locator;
    private final Map<String, DepartmentCode> departments = new HashMap<>();
    /** department code → municipality key → codes. */
    private final Map<DepartmentCode, Map<String, Set<DivipolaCode>>> byDepartment = new HashMap<>();
    /** municipality key → codes, all departments. */
    private final Map<String, Set<DivipolaCode>> national = new HashMap<>();
    private final Map<String, DivipolaCode> codes = new HashMap<>();

    public MunicipalityJoiner(ReferenceCatalog catalog) {
        this.catalog = catalog;
        Map<DivipolaCode, Geometry> polygons = new HashMap<>();
        for (Municipality m : catalog.municipalities()) {
            codes.put(m.code().value(), m.code());
            if (m.geometry() != null) {
                polygons.put(m.code(), m.geometry());
            }
            for (String name : catalog.placeNames().matchingNames(m)) {
                keysOf(name).forEach(key -> addName(key, m.code()));
            }
        }
        for (DepartmentBoundary d : catalog.departments()) {
            for (String name : catalog.placeNames().matchingNames(d.department())) {
                keysOf(name).forEach(key -> departments.put(key, d.department().code()));
            }
        }
        for (CSVRecord row : Csv.readResource(MunicipalityJoiner.class, "place_aliases.csv")) {
            String kind = row.get("kind");
            String code = row.get("code");
            if ("department".equals(kind)) {
                DepartmentCode department = new DepartmentCode(code);
                if (catalog.department(department).isPresent()) {
                    keysOf(row.get("alias")).forEach(k -> departments.put(k, department));
                }
            } else if ("municipality".equals(kind)) {
                DivipolaCode municipality = new DivipolaCode(code);
                if (catalog.municipality(municipality).isPresent()) {
                    keysOf(row.get("alias")).forEach(k -> addName(k, municipality));
                }
            } else {
                throw new IllegalStateException("place_aliases.csv: unknown kind '" + kind + "'");
            }
        }
        this.polygons = polygons;
    }

    private void addName(String key, DivipolaCode code) {
        DepartmentCode department = new DepartmentCode(code.departmentCode());
        byDepartment.computeIfAbsent(department, d -> new HashMap<>()).computeIfAbsent(key, k -> new TreeSet<>()).add(code);
        national.computeIfAbsent(key, k -> new TreeSet<>()).add(code);
    }

    /** The matching keys of a name: as written, and without parenthesised notes or marks ("Mapiripana (ANM)", "Barrancominas*"). */
    static Set<String> keysOf(String name) {
        Set<String> keys = new LinkedHashSet<>();
        String key = NameKey.of(name);
        if (!key.isEmpty()) {
            keys.add(key);
        }
        String bare = NameKey.of(name.replaceAll("\\([^)]*\\)", " ").replace("*", " "));
        if (!bare.isEmpty()) {
            keys.add(bare);
        }
        return keys;
    }

    public ReferenceCatalog catalog() {
        return catalog;
    }

    /**
     * Places one row. Blank strings count as absent.
     *
     * @param year reporting year of the row (chooses the units in force)
     */
    public Result join(int year, String code, String municipality, String department, String longitude, String latitude) {
        TerritorialVintage vintage = catalog.vintage(year);
        if (!isBlank(code)) {
            return byCode(vintage, code.strip());
        }
        if (!isBlank(municipality)) {
            return byName(vintage, municipality.strip(), isBlank(department) ? null : department.strip());
        }
        if (!isBlank(longitude) || !isBlank(latitude)) {
            return byPoint(vintage, longitude, latitude);
        }
        if (!isBlank(department)) {
            return Result.fail(SourceField.MUNICIPALITY_NAME, "", "Solo hay departamento; falta el municipio "
                    + "(department only: a municipality code, name or coordinates is needed)");
        }
        return Result.fail(SourceField.MUNICIPALITY_CODE, "", "Sin ubicación: ni código DIVIPOLA, ni municipio, ni "
                + "coordenadas (no location: no code, no name, no coordinates)");
    }

    private Result byCode(TerritorialVintage vintage, String raw) {
        DivipolaCode parsed;
        try {
            parsed = DivipolaCode.parse(raw);
        } catch (InvalidDivipolaCodeException e) {
            return Result.fail(SourceField.MUNICIPALITY_CODE, raw, "Código DIVIPOLA inválido: se esperan 5 dígitos, "
                    + "p. ej. 05001 (invalid DIVIPOLA code: " + e.message(java.util.Locale.ENGLISH) + ")");
        }
        DivipolaCode known = codes.get(parsed.value());
        if (known == null) {
            return Result.fail(SourceField.MUNICIPALITY_CODE, raw, "Código DIVIPOLA desconocido: no es un municipio del MGN "
                    + "(unknown DIVIPOLA municipality code)");
        }
        boolean repaired = !stripSpreadsheetDecimal(raw).equals(parsed.value());
        return inForce(vintage, known, repaired ? Placement.CODE_REPAIRED : Placement.CODE, null, null,
                SourceField.MUNICIPALITY_CODE, raw);
    }

    private static String stripSpreadsheetDecimal(String raw) {
        return raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw;
    }

    private Result byName(TerritorialVintage vintage, String municipality, String department) {
        String key = NameKey.of(municipality);
        Set<DivipolaCode> candidates;
        if (department != null) {
            DepartmentCode dept = departments.get(NameKey.of(department));
            if (dept == null) {
                String bare = NameKey.of(department.replaceAll("\\([^)]*\\)", " "));
                dept = departments.get(bare);
            }
            if (dept == null) {
                return Result.fail(SourceField.DEPARTMENT_NAME, department, "Departamento desconocido (unknown department)");
            }
            candidates = byDepartment.getOrDefault(dept, Map.of()).getOrDefault(key, Set.of());
            if (candidates.isEmpty()) {
                String bare = NameKey.of(municipality.replaceAll("\\([^)]*\\)", " "));
                candidates = byDepartment.getOrDefault(dept, Map.of()).getOrDefault(bare, Set.of());
            }
            if (candidates.isEmpty()) {
                return Result.fail(SourceField.MUNICIPALITY_NAME, municipality, "No hay un municipio con ese nombre en "
                        + catalog.department(dept).map(d -> d.department().name()).orElse(dept.value())
                        + " (no municipality of that name in the department)");
            }
        } else {
            candidates = national.getOrDefault(key, Set.of());
            if (candidates.isEmpty()) {
                return Result.fail(SourceField.MUNICIPALITY_NAME, municipality, "Municipio desconocido; si el nombre es "
                        + "correcto, añada el departamento (unknown municipality name)");
            }
        }
        if (candidates.size() > 1) {
            String list = candidates.stream().map(c -> c.value() + " " + catalog.municipality(c).map(m -> m.name() + " ("
                    + m.department().name() + ")").orElse("")).collect(Collectors.joining(", "));
            return Result.fail(SourceField.MUNICIPALITY_NAME, municipality, "Nombre ambiguo: " + list
                    + "; indique el departamento o el código (ambiguous name)");
        }
        DivipolaCode code = candidates.iterator().next();
        return inForce(vintage, code, Placement.NAME, null, null, SourceField.MUNICIPALITY_NAME, municipality);
    }

    private Result byPoint(TerritorialVintage vintage, String longitudeText, String latitudeText) {
        if (isBlank(longitudeText) || isBlank(latitudeText)) {
            SourceField missing = isBlank(longitudeText) ? SourceField.LONGITUDE : SourceField.LATITUDE;
            return Result.fail(missing, "", "Falta la " + (missing == SourceField.LONGITUDE ? "longitud" : "latitud")
                    + ": las coordenadas van en pareja (longitude and latitude go together)");
        }
        Double lon = parseDegrees(longitudeText);
        if (lon == null) {
            return Result.fail(SourceField.LONGITUDE, longitudeText, "Longitud no es un número en grados decimales "
                    + "(longitude is not decimal degrees)");
        }
        Double lat = parseDegrees(latitudeText);
        if (lat == null) {
            return Result.fail(SourceField.LATITUDE, latitudeText, "Latitud no es un número en grados decimales "
                    + "(latitude is not decimal degrees)");
        }
        String pair = longitudeText.strip() + ", " + latitudeText.strip();
        if (Math.abs(lon) > 180 || Math.abs(lat) > 180) {
            return Result.fail(SourceField.LONGITUDE, pair, "Coordenadas fuera de rango: se esperan grados decimales "
                    + "WGS84, no metros ni grados-minutos (coordinates out of range: decimal degrees expected)");
        }
        if (Math.abs(lat) <= 90) {
            DivipolaCode code = locator().locateOrNull(lon, lat);
            if (code != null) {
                return inForce(vintage, code, Placement.POINT, lon, lat, SourceField.LONGITUDE, pair);
            }
        }
        if (Math.abs(lon) <= 90) {
            DivipolaCode swapped = locator().locateOrNull(lat, lon);
            if (swapped != null) {
                return inForce(vintage, swapped, Placement.POINT_SWAPPED, lat, lon, SourceField.LONGITUDE, pair);
            }
        }
        return Result.fail(SourceField.LONGITUDE, pair, "El punto cae fuera de Colombia (en el mar o en otro país), "
                + "también con longitud y latitud intercambiadas (point outside Colombia, also when swapped)");
    }

    private Result inForce(TerritorialVintage vintage, DivipolaCode code, Placement placement, Double lon, Double lat,
                           SourceField field, String value) {
        Optional<DivipolaCode> resolved = vintage.resolve(code);
        if (resolved.isEmpty()) {
            return Result.fail(field, value, "El municipio " + code + " no está vigente en " + vintage.year()
                    + " y no tiene sucesor (unit not in force in that year)");
        }
        return Result.of(new Placed(resolved.get(), placement, lon, lat));
    }

    /** Decimal degrees, accepting a decimal comma ("-75,56") and surrounding spaces; null when not a number. */
    static Double parseDegrees(String text) {
        double plain = DecimalText.parsePlain(text);
        if (!Double.isNaN(plain)) {
            return plain;
        }
        String t = text.strip().replace(',', '.');
        if (t.isEmpty() || t.indexOf('.') != t.lastIndexOf('.')) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The point-in-polygon index, built once, on first use; safe to call from any thread. */
    public MunicipalityLocator<DivipolaCode> locator() {
        MunicipalityLocator<DivipolaCode> current = locator;
        if (current == null) {
            synchronized (this) {
                if (locator == null) {
                    locator = MunicipalityLocator.build(polygons);
                }
                current = locator;
            }
        }
        return current;
    }
}
