package co.presencia.web.map;

import co.presencia.application.Presencia;
import co.presencia.application.ReferenceTerritory;
import co.presencia.error.InvalidParameterException;
import co.presencia.spatial.simplify.DisplayLevel;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.ReportingYear;
import co.presencia.territory.TerritoryGroup;
import co.presencia.web.http.ConditionalRequest;
import co.presencia.web.http.ContentCoding;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Web-ready geometry for the map page, GeoJSON in EPSG:4326: {@code level} is a display level (0 national, 1
 * regional, 2 detail; see {@code /api/v1/map/config}), {@code year} the territorial vintage (default: the reporting
 * year), {@code encoding=delta} integer coordinate differences instead of decimal positions (what the map page asks
 * for: about 40 % fewer bytes). {@code /departments/{code}/municipalities} serves one department's units only. Bodies
 * are sent gzip-compressed when the client accepts it, with a strong ETag and {@code Cache-Control}; a matching
 * {@code If-None-Match} answers 304 with no body.
 */
@RestController
@RequestMapping("/api/v1/map/geometry")
public class MapGeometryController {

    static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final MapGeometry geometry;
    private final ReferenceTerritory territory;
    private final int defaultYear;

    public MapGeometryController(MapGeometry geometry, Presencia presencia) {
        this.geometry = geometry;
        this.territory = presencia.territory();
        this.defaultYear = presencia.settings().defaultYear();
    }

    @GetMapping("/municipalities")
    public ResponseEntity<byte[]> municipalities(@RequestParam(defaultValue = "0") int level,
                                                 @RequestParam(required = false) Integer year,
                                                 @RequestParam(required = false) String encoding, HttpServletRequest request) {
        return send(geometry.municipalities(level(level), year(year), null, delta(encoding)), request);
    }

    /** One department's municipalities only: what a department profile draws, without the national layer. */
    @GetMapping("/departments/{code}/municipalities")
    public ResponseEntity<byte[]> departmentMunicipalities(@PathVariable String code, @RequestParam(defaultValue = "0") int level,
                                                           @RequestParam(required = false) Integer year,
                                                           @RequestParam(required = false) String encoding, HttpServletRequest request) {
        DepartmentCode department = territory.department(new DepartmentCode(code)).department().code();
        return send(geometry.municipalities(level(level), year(year), department, delta(encoding)), request);
    }

    @GetMapping("/groups/{group}")
    public ResponseEntity<byte[]> group(@PathVariable String group, @RequestParam(defaultValue = "0") int level,
                                        @RequestParam(required = false) Integer year,
                                        @RequestParam(required = false) String encoding, HttpServletRequest request) {
        TerritoryGroup territoryGroup = territory.group(group);
        return send(geometry.group(territoryGroup, level(level), year(year), delta(encoding)), request);
    }

    /** {@code encoding=delta}: coordinates as integer differences (the map page's form); absent: plain GeoJSON. */
    static boolean delta(String encoding) {
        if (encoding == null || encoding.isBlank()) {
            return false;
        }
        if (encoding.strip().equals("delta")) {
            return true;
        }
        throw new InvalidParameterException("encoding", "parameter.oneOf", "encoding", encoding, "delta");
    }

    static DisplayLevel level(int id) {
        return DisplayLevel.standard(id).orElseThrow(() -> new InvalidParameterException("level", "parameter.oneOf", "level",
                String.valueOf(id), DisplayLevel.STANDARD.stream().map(l -> String.valueOf(l.id())).collect(java.util.stream.Collectors.joining(", "))));
    }

    private int year(Integer year) {
        return year == null ? defaultYear : ReportingYear.of("year", year).value();
    }

    /**
     * The document in the coding the request accepts. Each coding is its own representation with its own strong tag
     * (the bytes of both are fixed for a payload): {@code "tag"} and {@code "tag-gzip"}.
     */
    static ResponseEntity<byte[]> send(GeometryPayload payload, HttpServletRequest request) {
        ContentCoding coding = ContentCoding.negotiate(request);
        String etag = etag(payload.etag(), coding);
        Optional<ResponseEntity.BodyBuilder> current = ConditionalRequest.notModified(request, etag);
        if (current.isPresent()) {
            return current.get().cacheControl(CACHE).varyBy(HttpHeaders.ACCEPT_ENCODING).build();
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setCacheControl(CACHE);
        headers.setVary(List.of(HttpHeaders.ACCEPT_ENCODING));
        headers.setContentType(GEOJSON);
        byte[] body = coding == ContentCoding.GZIP ? payload.gzip() : payload.json();
        if (coding == ContentCoding.GZIP) {
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        headers.setContentLength(body.length);
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }

    /** The strong tag of one coding of a payload tagged {@code "opaque"}. */
    static String etag(String strongTag, ContentCoding coding) {
        return coding == ContentCoding.GZIP ? strongTag.substring(0, strongTag.length() - 1) + "-gzip\"" : strongTag;
    }
}
