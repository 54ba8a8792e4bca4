package co.presencia.web.map;

import co.presencia.application.Datasets;
import co.presencia.application.Presencia;
import co.presencia.application.SelectionParser;
import co.presencia.coverage.CoverageIndex;
import co.presencia.map.ColorRamps;
import co.presencia.sector.CiiuClassification;
import co.presencia.sector.CiiuLevel;
import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.intervention.DatasetSummary;
import co.presencia.spatial.simplify.DisplayLevel;
import co.presencia.territory.DepartmentBoundary;
import co.presencia.territory.ReferenceCatalog;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the map page needs before it draws: the display levels and the zoom each serves, the datasets, the years and
 * programs present in the chosen dataset (for the filter menus), the axes and company sizes, the departments (name and
 * bounding box, so a department view zooms before its geometry arrives), the territory groups, the CIIU sections the
 * dataset's records lie in (the sector menu),
 * and the optional base-map URL ({@code presencia.map.basemap-url}, empty by default: the map needs no tiles).
 * {@code GET /api/v1/map/color-ramps} serves geo-core's colour definition ({@link ColorRamps}) byte for byte, so the
 * page colours its classes exactly as the static maps do.
 */
@RestController
public class MapConfigController {

    private final Datasets datasets;
    private final Presencia presencia;
    private final SelectionParser selections;
    private final ReferenceCatalog catalog;
    private final byte[] colorRamps = ColorRamps.json();
    private final String basemapUrl;
    private final String basemapAttribution;

    public MapConfigController(Presencia presencia,
                               @Value("${presencia.map.basemap-url:}") String basemapUrl,
                               @Value("${presencia.map.basemap-attribution:}") String basemapAttribution) {
        this.datasets = presencia.datasets();
        this.presencia = presencia;
        this.selections = presencia.selections();
        this.catalog = presencia.catalog();
        this.basemapUrl = basemapUrl;
        this.basemapAttribution = basemapAttribution;
    }

    /** A value of a filter menu: its id and its Spanish label (the page translates known ids itself). */
    public record Option(String id, String label) {
    }

    @GetMapping("/api/v1/map/config")
    public Map<String, Object> config(@RequestParam(required = false) String dataset) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("defaultYear", selections.defaultYear());
        body.put("levels", DisplayLevel.STANDARD);
        List<DatasetSummary> stored = datasets.list();
        body.put("datasets", stored.stream().map(d -> Map.of("id", d.id(), "name", d.name(), "synthetic", d.synthetic())).toList());
        if (!stored.isEmpty()) {
            DatasetSummary chosen = selections.dataset(dataset);
            CoverageIndex index = datasets.index(chosen);
            body.put("dataset", chosen.id());
            body.put("years", Arrays.stream(index.years()).boxed().toList());
            body.put("programs", index.programs().stream().sorted().toList());
            body.put("sectors", sections(index));
        } else {
            body.put("dataset", null);
            body.put("years", List.of());
            body.put("programs", List.of());
            body.put("sectors", List.of());
        }
        body.put("axes", Arrays.stream(Axis.values()).map(a -> new Option(a.id(), a.label())).toList());
        body.put("sizes", Arrays.stream(CompanySize.values()).map(s -> new Option(s.id(), s.label())).toList());
        body.put("departments", catalog.departments().stream().map(MapConfigController::department).toList());
        body.put("groups", catalog.groups().stream()
                .map(g -> Map.of("id", g.id(), "name", g.name(), "kind", g.kind().name(), "territories", g.territories().size())).toList());
        Map<String, Object> basemap = new LinkedHashMap<>();
        basemap.put("url", basemapUrl == null || basemapUrl.isBlank() ? null : basemapUrl);
        basemap.put("attribution", basemapAttribution);
        body.put("basemap", basemap);
        return body;
    }

    /** The CIIU sections of the dataset's records, in DANE's order, named in sentence case ("C", "Industrias manufactureras"). */
    private List<Option> sections(CoverageIndex index) {
        CiiuClassification ciiu = presencia.sectors().classification();
        Set<String> present = new HashSet<>();
        index.activityCodes().forEach(code -> ciiu.find(code).ifPresent(a -> present.add(a.section())));
        return ciiu.activities(CiiuLevel.SECTION).stream().filter(a -> present.contains(a.code()))
                .map(a -> new Option(a.code(), sentence(a.title()))).toList();
    }

    private static String sentence(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }

    /** A department for the menus and the first zoom: code, name, and its bounding box [west, south, east, north]. */
    private static Map<String, Object> department(DepartmentBoundary d) {
        Envelope e = d.geometry().getEnvelopeInternal();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", d.department().code().value());
        out.put("name", d.department().name());
        out.put("bbox", List.of(round(e.getMinX()), round(e.getMinY()), round(e.getMaxX()), round(e.getMaxY())));
        return out;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1000) / 1000.0;
    }

    @GetMapping("/api/v1/map/color-ramps")
    public ResponseEntity<byte[]> colorRamps() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .contentType(MediaType.APPLICATION_JSON).body(colorRamps);
    }
}
