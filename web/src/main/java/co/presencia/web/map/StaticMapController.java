package co.presencia.web.map;

import co.presencia.application.StaticMaps;
import co.presencia.error.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/maps/{collection}.png} or {@code .svg}: a choropleth for reports, e.g.
 * {@code /api/v1/maps/municipalities.png?value=density_km2&year=2023&classes=5&method=quantiles&ramp=viridis}.
 * Options and parameters are those of {@link StaticMaps} (the command line's {@code static-map} draws the same).
 */
@RestController
public class StaticMapController {

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
        StaticMaps.Image image = maps.render(id, request.getParameterMap(), format);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.parseMediaType(image.mediaType()))
                .body(image.bytes());
    }
}
