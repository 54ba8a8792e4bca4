package co.presencia.web.ogcapi;

import co.presencia.feature.InvalidFeatureQueryException;
import co.presencia.text.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps errors raised under {@code /ogc} to the OGC exception document ({@code code}, {@code description}) with
 * the right HTTP status. Ordered before the application-wide RFC 9457 handler, which keeps the other paths.
 */
@RestControllerAdvice(assignableTypes = OgcApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OgcExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OgcExceptionHandler.class);

    @ExceptionHandler(OgcException.class)
    ResponseEntity<byte[]> ogc(OgcException e) {
        return body(e.status(), e.code(), e.getMessage());
    }

    @ExceptionHandler(InvalidFeatureQueryException.class)
    ResponseEntity<byte[]> query(InvalidFeatureQueryException e) {
        OgcException mapped = OgcException.invalidParameter(e.parameter(), e.getMessage());
        return body(mapped.status(), mapped.code(), mapped.getMessage());
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<byte[]> unexpected(RuntimeException e) {
        LOG.error("Unexpected error in the OGC API", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "ServerError",
                "Error interno; quedó registrado / internal error; it was logged");
    }

    static ResponseEntity<byte[]> body(HttpStatus status, String code, String description) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", code);
        json.put("description", description);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(JsonText.of(json).getBytes(StandardCharsets.UTF_8));
    }
}
