package co.presencia.web.map;

import co.presencia.application.StaticMaps;
import co.presencia.error.NotFoundException;
import co.presencia.web.http.ConditionalRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/maps/{collection}.png} or {@code .svg}: a choropleth for reports, e.g.
 * {@code /api/v1/maps/municipalities.png?value=density_km2&year=2023&classes=5&method=quantiles&ramp=viridis}.
 * Options and parameters are those of {@link StaticMaps} (the command line's {@code static-map} draws the same),
 * within the server's limits: width, renders at once (503 with {@code Retry-After} beyond), maps kept. A map carries
 * a strong ETag made of the data's version and the request, the same on every instance, and may be kept by caches
 * for a minute; a request whose {@code If-None-Match} names it is answered 304 without drawing.
 */
@RestController
public class StaticMapController {

    /** How long a browser or proxy may keep a map before asking again (an import changes coverage maps). */
    static final CacheControl KEEP = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    private final StaticMaps maps;

    public StaticMapController(StaticMaps maps) {
        this.maps = maps;
    }

    @GetMapping("/api/v1/maps/{file:.+}")
    public ResponseEntity<byte[]> map(@PathVariable String file, HttpServletRequest request) {
        int dot = file.lastIndexOf('.');
        String id = dot > 0 ? file.substring(0, dot) : file;
        String extension = dot > 0 ? file.substring(dot + 1) : "";
        StaticMaps.Format format = switch (extension) {
            case "png" -> StaticMaps.Format.PNG;
            case "svg" -> StaticMaps.Format.SVG;
            default -> throw new NotFoundException("maps.path");
        };
        Optional<ResponseEntity.BodyBuilder> current = maps.tag(id, request.getParameterMap(), format)
                .flatMap(tag -> ConditionalRequest.notModified(request, tag));
        if (current.isPresent()) {
            return current.get().cacheControl(KEEP).build();
        }
        StaticMaps.Image image = maps.render(id, request.getParameterMap(), format);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(MediaType.parseMediaType(image.mediaType()));
        if (image.tag() == null) {
            return ok.cacheControl(CacheControl.noCache()).body(image.bytes());
        }
        return ok.eTag(image.tag()).cacheControl(KEEP).body(image.bytes());
    }
}
