package co.presencia.web.map;

import co.presencia.application.Presencia;
import co.presencia.feature.Feature;
import co.presencia.feature.FeatureCrs;
import co.presencia.feature.GeoJsonWriter;
import co.presencia.spatial.GeoJson.CoordinateFormat;
import co.presencia.spatial.simplify.CoverageGeneralizer;
import co.presencia.spatial.simplify.DisplayLevel;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritorialVintage;
import co.presencia.territory.Territory;
import co.presencia.territory.TerritoryGroup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Web-ready geometry of the reference territory: per display level, the whole municipal coverage is simplified once
 * (lazily, then kept), and each (layer, level, year) document is written once and kept with its gzip form and ETag.
 * A year's municipal layer has one feature per unit in force; a unit no longer in force (94663 Mapiripana after
 * 2019) is dissolved into its successor, so the map has no hole. Group layers (departments, PDET subregions, ZOMAC,
 * user groups such as ECB) have one feature per territory, the dissolve of its simplified municipalities in force,
 * so their outlines run exactly along the municipal borders drawn at the same level.
 */
@Service
public class MapGeometry {

    private static final Logger LOG = LoggerFactory.getLogger(MapGeometry.class);

    private final ReferenceCatalog catalog;
    private final Map<Integer, Map<DivipolaCode, MultiPolygon>> simplified = new ConcurrentHashMap<>();
    private final Map<String, GeometryPayload> payloads = new ConcurrentHashMap<>();

    private final int defaultYear;

    public MapGeometry(Presencia presencia) {
        this.catalog = presencia.catalog();
        this.defaultYear = presencia.settings().defaultYear();
    }

    /**
     * Builds the national view (level 0, the default year: municipalities and department outlines) in the background
     * once the application is ready, so the first visitor does not wait for the simplification.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public void warmNationalView() {
        Thread warm = new Thread(() -> {
            try {
                DisplayLevel national = DisplayLevel.STANDARD.get(0);
                municipalities(national, defaultYear);
                catalog.group("departments").ifPresent(g -> group(g, national, defaultYear));
            } catch (RuntimeException e) {
                LOG.warn("Could not prepare the national map geometry in advance: {}", e.toString());
            }
        }, "map-geometry-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /** One feature per municipality in force in {@code year}: code, name, department code and name. */
    GeometryPayload municipalities(DisplayLevel level, int year) {
        return municipalities(level, year, null, false);
    }

    /**
     * As {@link #municipalities(DisplayLevel, int)}, only one department's units when {@code department} is not null,
     * with delta-encoded coordinates when {@code delta} ({@link #payload}).
     */
    GeometryPayload municipalities(DisplayLevel level, int year, DepartmentCode department, boolean delta) {
        String scope = department == null ? "municipalities/" : "departments/" + department.value() + "/";
        return payloads.computeIfAbsent(scope + level.id() + "/" + year + (delta ? "/delta" : ""), key -> {
            long start = System.nanoTime();
            Map<DivipolaCode, MultiPolygon> units = unitsInForce(level, year);
            List<Feature> features = new ArrayList<>(units.size());
            for (Map.Entry<DivipolaCode, MultiPolygon> unit : units.entrySet()) {
                if (department != null && !unit.getKey().departmentCode().equals(department.value())) {
                    continue;
                }
                Municipality m = catalog.municipality(unit.getKey()).orElseThrow();
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("code", m.code().value());
                properties.put("name", m.name());
                properties.put("dept", m.department().code().value());
                properties.put("deptName", m.department().name());
                features.add(new Feature(m.code().value(), properties, unit.getValue()));
            }
            GeometryPayload payload = payload(features, level.decimals(), delta);
            log(key, payload, start);
            return payload;
        });
    }

    /** One feature per territory of {@code group} with a unit in force in {@code year}: id, name, units. */
    GeometryPayload group(TerritoryGroup group, DisplayLevel level, int year) {
        return group(group, level, year, false);
    }

    GeometryPayload group(TerritoryGroup group, DisplayLevel level, int year, boolean delta) {
        return payloads.computeIfAbsent("groups/" + group.id() + "/" + level.id() + "/" + year + (delta ? "/delta" : ""), key -> {
            long start = System.nanoTime();
            Map<DivipolaCode, MultiPolygon> units = unitsInForce(level, year);
            TerritorialVintage vintage = catalog.vintage(year);
            List<Feature> features = new ArrayList<>();
            for (Territory territory : group.territories()) {
                List<Geometry> parts = new ArrayList<>();
                int count = 0;
                for (DivipolaCode code : territory.municipalities()) {
                    if (vintage.contains(code) && units.containsKey(code)) {
                        parts.add(units.get(code));
                        count++;
                    }
                }
                if (parts.isEmpty()) {
                    continue;
                }
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("id", territory.id());
                properties.put("name", territory.name());
                properties.put("municipalities", count);
                features.add(new Feature(territory.id(), properties, CoverageGeneralizer.dissolve(parts, 4326)));
            }
            GeometryPayload payload = payload(features, level.decimals(), delta);
            log(key, payload, start);
            return payload;
        });
    }

    private static void log(String key, GeometryPayload payload, long start) {
        LOG.info("Map geometry {}: {} features, {} vertices, {} bytes ({} gzip), built in {} ms", key, payload.features(),
                payload.vertices(), payload.json().length, payload.gzip().length, (System.nanoTime() - start) / 1_000_000);
    }

    /** The simplified units in force in {@code year}, with retired units dissolved into their successor. */
    private Map<DivipolaCode, MultiPolygon> unitsInForce(DisplayLevel level, int year) {
        Map<DivipolaCode, MultiPolygon> all = simplified(level);
        TerritorialVintage vintage = catalog.vintage(year);
        Map<DivipolaCode, List<Geometry>> pieces = new LinkedHashMap<>();
        for (DivipolaCode code : vintage.municipalities()) {
            if (all.containsKey(code)) {
                pieces.computeIfAbsent(code, c -> new ArrayList<>()).add(all.get(code));
            }
        }
        for (Map.Entry<DivipolaCode, MultiPolygon> unit : all.entrySet()) {
            if (!vintage.contains(unit.getKey())) {
                vintage.resolve(unit.getKey()).filter(pieces::containsKey).ifPresent(s -> pieces.get(s).add(unit.getValue()));
            }
        }
        Map<DivipolaCode, MultiPolygon> out = new LinkedHashMap<>();
        pieces.forEach((code, parts) -> out.put(code, parts.size() == 1 ? (MultiPolygon) parts.get(0)
                : CoverageGeneralizer.dissolve(parts, 4326)));
        return out;
    }

    private Map<DivipolaCode, MultiPolygon> simplified(DisplayLevel level) {
        return simplified.computeIfAbsent(level.id(), id -> {
            long start = System.nanoTime();
            List<Municipality> municipalities = catalog.municipalities().stream()
                    .filter(m -> m.geometry() != null).toList();
            Geometry[] coverage = municipalities.stream().map(Municipality::geometry).toArray(Geometry[]::new);
            MultiPolygon[] result = CoverageGeneralizer.generalize(coverage, level.toleranceDegrees());
            Map<DivipolaCode, MultiPolygon> byCode = new LinkedHashMap<>();
            for (int i = 0; i < result.length; i++) {
                byCode.put(municipalities.get(i).code(), result[i]);
            }
            LOG.info("Municipal coverage simplified at level {} (tolerance {}°): {} → {} vertices in {} ms", id,
                    level.toleranceDegrees(), CoverageGeneralizer.vertices(coverage), CoverageGeneralizer.vertices(result),
                    (System.nanoTime() - start) / 1_000_000);
            return Map.copyOf(byCode);
        });
    }

    /**
     * Writes a layer through the project's one GeoJSON writer: lon/lat rounded to the level's decimals, positions
     * repeated after rounding dropped (and rings that collapse with them). With {@code delta}, each ring is a flat
     * array of integer differences ({@link CoordinateFormat#deltaEncoded()}), which the collection announces as
     * {@code "encoding":{"type":"delta","scale":1000}}: the same positions, about 40 % fewer compressed bytes.
     */
    static GeometryPayload payload(List<Feature> features, int decimals) {
        return payload(features, decimals, false);
    }

    static GeometryPayload payload(List<Feature> features, int decimals, boolean delta) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            CoordinateFormat format = CoordinateFormat.lonLat(decimals).droppingRepeated();
            Map<String, Object> encoding = new LinkedHashMap<>();
            encoding.put("type", "delta");
            encoding.put("scale", Math.round(Math.pow(10, decimals)));
            Map<String, Object> leading = delta ? Map.of("encoding", encoding) : Map.of();
            long vertices = GeoJsonWriter.writeCollection(out, leading, features, FeatureCrs.CRS84,
                    delta ? format.deltaEncoded() : format, Map.of());
            return GeometryPayload.of(out.toByteArray(), features.size(), vertices);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
