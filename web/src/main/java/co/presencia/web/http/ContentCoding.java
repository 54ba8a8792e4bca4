package co.presencia.web.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The content coding of a response the endpoint compresses itself (RFC 9110 §8.4, §12.5.3): {@code gzip} when the
 * request's {@code Accept-Encoding} accepts it ({@code gzip}, {@code x-gzip} or {@code *} with a non-zero quality,
 * unless gzip itself is refused with {@code q=0}), otherwise identity.
 *
 * <p>Each coding is its own representation, so it has its own entity tag ({@link #etag}): {@code W/"tag"} and
 * {@code W/"tag-gzip"}. The tags are weak because the documents carry their time of generation
 * ({@code timeStamp}): two answers with one tag are equivalent, not byte-identical. Setting {@code Content-Encoding}
 * also keeps the servlet container from compressing the body a second time.
 */
public enum ContentCoding {
    IDENTITY,
    GZIP;

    /** The header value of responses whose content is negotiated by format and compression. */
    public static final String VARY = HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_ENCODING;

    public static ContentCoding negotiate(HttpServletRequest request) {
        return negotiate(String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))));
    }

    /** The coding for an {@code Accept-Encoding} value (null or empty: identity). */
    public static ContentCoding negotiate(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return IDENTITY;
        }
        Double gzip = null;
        Double any = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            double quality = quality(pieces);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = gzip == null ? quality : Math.max(gzip, quality);
            } else if (coding.equals("*")) {
                any = quality;
            }
        }
        double accepted = gzip != null ? gzip : any != null ? any : 0;
        return accepted > 0 ? GZIP : IDENTITY;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** The weak entity tag of this coding of the representation whose opaque tag is {@code opaque}. */
    public String etag(String opaque) {
        return "W/\"" + opaque + (this == GZIP ? "-gzip" : "") + "\"";
    }

    /** {@code body} in this coding (compressed at zlib's default level for gzip). */
    public byte[] encode(byte[] body) {
        if (this == IDENTITY) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Adds {@code Content-Encoding} (for gzip) and {@code Vary} to a response in this coding. */
    public <B extends ResponseEntity.HeadersBuilder<B>> B headers(B builder) {
        builder.header(HttpHeaders.VARY, VARY);
        if (this == GZIP) {
            builder.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return builder;
    }
}
