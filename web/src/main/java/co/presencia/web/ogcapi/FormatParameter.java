package co.presencia.web.ogcapi;

import co.presencia.error.InvalidParameterException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The response encoding: {@code f=json} or {@code f=html} first; without {@code f}, the {@code Accept} header
 * (HTML only when the client prefers it to JSON, as browsers do); otherwise JSON. An unknown {@code f} is a 400;
 * an {@code Accept} naming neither is answered with JSON (the API's default), as many clients send odd headers.
 */
public enum FormatParameter {
    JSON,
    HTML;

    public static final String NAME = "f";

    public static FormatParameter negotiate(String f, String accept) {
        if (f != null && !f.isBlank()) {
            return switch (f.strip().toLowerCase(Locale.ROOT)) {
                case "json", "geojson", "application/json", "application/geo+json" -> JSON;
                case "html", "text/html" -> HTML;
                default -> throw new InvalidParameterException(NAME, "query.format", f);
            };
        }
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return JSON;
        }
        List<MediaType> byQuality = types.stream()
                .sorted(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
        for (MediaType type : byQuality) {
            if (type.getQualityValue() <= 0) {
                continue;
            }
            if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
                return HTML;
            }
            if (type.getSubtype().endsWith("json") || type.isWildcardType()) {
                return JSON;
            }
        }
        return JSON;
    }
}
