package co.presencia.intervention.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one streaming pass over a file tells: its SHA-256, its size, and whether all of it is valid UTF-8 (the
 * encoding check of {@link CsvSource}). One pass instead of two, because files can be large.
 *
 * @param sha256 hex SHA-256 of the bytes
 * @param size   bytes
 * @param utf8   whether every byte sequence decodes as UTF-8
 */
public record FileProbe(String sha256, long size, boolean utf8) {

    public static FileProbe of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        boolean utf8 = true;
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean end = n < 0;
                if (!end) {
                    digest.update(bytes.array(), bytes.position(), n);
                    size += n;
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                if (utf8) {
                    if (decoder.decode(bytes, chars, end).isError()) {
                        utf8 = false;
                    }
                    chars.clear();
                    bytes.compact();
                } else {
                    bytes.clear();
                }
                if (end) {
                    if (utf8) {
                        utf8 = !decoder.flush(chars).isError() && bytes.position() == 0;
                    }
                    break;
                }
            }
        }
        return new FileProbe(HexFormat.of().formatHex(digest.digest()), size, utf8);
    }
}
