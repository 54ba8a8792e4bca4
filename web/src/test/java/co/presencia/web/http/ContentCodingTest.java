package co.presencia.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accept-Encoding negotiation, per-coding weak tags, and gzip bodies that any reader opens. */
class ContentCodingTest {

    @ParameterizedTest(name = "Accept-Encoding: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null                          | IDENTITY",
            "gzip, deflate, br             | GZIP",
            "GZIP;q=0.5                    | GZIP",
            "x-gzip                        | GZIP",
            "*                             | GZIP",
            "br, *;q=0.1                   | GZIP",
            "gzip;q=0, *                   | IDENTITY",
            "identity                      | IDENTITY",
            "deflate, br                   | IDENTITY",
            "gzip;q=nonsense               | IDENTITY"})
    void negotiatesGzipOnlyWhenAccepted(String acceptEncoding, ContentCoding expected) {
        assertThat(ContentCoding.negotiate(acceptEncoding)).isEqualTo(expected);
    }

    @Test
    void eachCodingHasItsOwnWeakTag() {
        assertThat(ContentCoding.IDENTITY.etag("abc")).isEqualTo("W/\"abc\"");
        assertThat(ContentCoding.GZIP.etag("abc")).isEqualTo("W/\"abc-gzip\"");
    }

    @Test
    void gzipBodiesDecompressToTheOriginal() throws IOException {
        byte[] text = "<p>Medellín</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
        assertThat(ContentCoding.IDENTITY.encode(text)).isSameAs(text);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(ContentCoding.GZIP.encode(text)))) {
            assertThat(in.readAllBytes()).isEqualTo(text);
        }
    }
}
