package co.presencia.web.map;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A geometry document ready to send: its bytes, their gzip form (compressed once, at the highest level) and a
 * strong ETag (SHA-256 of the uncompressed bytes, so the same document always has the same tag).
 */
record GeometryPayload(byte[] json, byte[] gzip, String etag, int features, long vertices) {

    static GeometryPayload of(String json, int features, long vertices) {
        return of(json.getBytes(StandardCharsets.UTF_8), features, vertices);
    }

    static GeometryPayload of(byte[] bytes, int features, long vertices) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
            try (GZIPOutputStream gz = new GZIPOutputStream(out) {
                {
                    def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
                }
            }) {
                gz.write(bytes);
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new GeometryPayload(bytes, out.toByteArray(), '"' + HexFormat.of().formatHex(digest, 0, 16) + '"', features, vertices);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
