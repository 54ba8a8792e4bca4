package co.presencia.web.place;

import co.presencia.application.Places;
import co.presencia.application.Presencia;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/places?q=}: departments and municipalities by name, best match first ({@link Places}). */
@RestController
@Tag(name = "Places", description = "Search departments and municipalities by name")
public class PlaceController {

    private final Places places;

    public PlaceController(Presencia presencia) {
        this.places = presencia.places();
    }

    @Operation(summary = "Search a place", description = "Municipalities and departments in force by official or common "
            + "name (accent-, case- and punctuation-insensitive; whole name, start of the name, start of its words) or by "
            + "DIVIPOLA code, ranked. Examples: q=tumaco → 52835; q=narino → 52; q=mompox → 13468; q=bogota → 11001 first.")
    @GetMapping("/api/v1/places")
    public ResponseEntity<Map<String, Object>> search(
            @Parameter(description = "What the person typed", example = "tumaco") @RequestParam(required = false) String q,
            @Parameter(description = "At most this many places (1–50, default 10)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "Units in force in this year (default: the reporting year)") @RequestParam(required = false) Integer year) {
        List<Places.Place> found = places.search(q, year, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        body.put("count", found.size());
        body.put("items", found);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(body);
    }
}
