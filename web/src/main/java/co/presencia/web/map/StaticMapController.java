package co.presencia.web.map;

import co.presencia.feature.CollectionMetadata;
import co.presencia.feature.FeatureCollection;
import co.presencia.feature.FeatureCollections;
import co.presencia.feature.InvalidFeatureQueryException;
import co.presencia.feature.PropertyDefinition;
import co.presencia.map.ChoroplethMap;
import co.presencia.map.ChoroplethRenderer;
import co.presencia.map.ClassificationMethod;
import co.presencia.map.CollectionChoropleth;
import co.presencia.map.ColorRamp;
import co.presencia.map.ProjectedUnitsCache;
import co.presencia.web.system.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/maps/{collection}.png} or {@code .svg}: a choropleth for reports, e.g.
 * {@code /api/v1/maps/municipalities.png?value=density_km2&year=2023&classes=5&method=quantiles&ramp=viridis}.
 * Parameters: {@code value} (a numeric property, default {@code density_km2} when the collection has it),
 * {@code classes} (2–9, default 5), {@code method} (quantiles|jenks|equal), {@code ramp} (an id of
 * {@code /api/v1/map/color-ramps}: viridis|ylgnbu|blues|purples|puor),
 * {@code width} (400–4000 px, default 1000), {@code title}; the collection's own parameters ({@code year}) and
 * equality filters on its queryables ({@code department_code=05}).
 */
@RestController
public class StaticMapController {

    static final List<String> MAP_PARAMETERS = List.of("value", "classes", "method", "ramp", "width", "title");

    /** Projected, simplified units of the last few maps: repeated maps of a collection cost only the drawing. */
    private static final int PROJECTED_UNITS_KEPT = 8;

    private final FeatureCollections collections;
    private final ChoroplethRenderer renderer = new ChoroplethRenderer(new ProjectedUnitsCache(PROJECTED_UNITS_KEPT));

    public StaticMapController(FeatureCollections collections) {
        this.collections = collections;
    }

    @GetMapping("/api/v1/maps/{file:.+}")
    public ResponseEntity<byte[]> map(@PathVariable String file, HttpServletRequest request) {
        int dot = file.lastIndexOf('.');
        String id = dot > 0 ? file.substring(0, dot) : file;
        String format = dot > 0 ? file.substring(dot + 1) : "";
        if (!format.equals("png") && !format.equals("svg")) {
            throw ApiException.notFound("Use /api/v1/maps/{collection}.png or .svg");
        }
        FeatureCollection collection = collections.get(id)
                .orElseThrow(() -> ApiException.notFound("No feature collection '" + id + "'; see /ogc/collections"));
        CollectionMetadata metadata = collection.metadata();
        Map<String, String> options = new TreeMap<>();
        Map<String, String> parameters = new TreeMap<>();
        Map<String, String> filters = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length != 1) {
                throw ApiException.badRequest("Parameter '" + name + "' is given " + values.length + " times");
            }
            if (MAP_PARAMETERS.contains(name)) {
                options.put(name, values[0]);
            } else if (metadata.parameter(name).isPresent()) {
                parameters.put(name, values[0]);
            } else if (metadata.property(name).filter(PropertyDefinition::queryable).isPresent()) {
                filters.put(name, values[0]);
            } else {
                throw ApiException.badRequest("Unknown parameter '" + name + "'; accepted: " + String.join(", ", MAP_PARAMETERS)
                        + ", the collection's parameters and its queryable properties");
            }
        });
        String defaultValue = metadata.property("density_km2").isPresent() ? "density_km2" : null;
        String value = options.getOrDefault("value", defaultValue);
        if (value == null) {
            throw ApiException.badRequest("Parameter 'value' is required: name a numeric property of " + id);
        }
        ChoroplethMap map;
        try {
            map = CollectionChoropleth.of(collection, parameters, filters, value,
                    ClassificationMethod.parse(options.getOrDefault("method", "quantiles")),
                    integer(options, "classes", 5), ColorRamp.parse(options.getOrDefault("ramp", "viridis")),
                    integer(options, "width", 1000), options.get("title"));
        } catch (InvalidFeatureQueryException e) {
            throw ApiException.badRequest(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().cacheControl(CacheControl.noCache());
        if (format.equals("png")) {
            return ok.contentType(MediaType.IMAGE_PNG).body(renderer.png(map));
        }
        return ok.contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
                .body(renderer.svg(map).getBytes(StandardCharsets.UTF_8));
    }

    private static int integer(Map<String, String> options, String name, int fallback) {
        String text = options.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Parameter '" + name + "' must be a whole number, got '" + text + "'");
        }
    }
}
