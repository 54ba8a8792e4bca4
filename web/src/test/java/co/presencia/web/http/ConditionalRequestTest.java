package co.presencia.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** The one conditional-request check, as the map geometry and the OGC pages use it. */
class ConditionalRequestTest {

    private static final String ETAG = "\"abc\"";

    private static MockHttpServletRequest get(String header, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ogc/collections/municipalities/items");
        if (header != null) {
            request.addHeader(header, value);
        }
        return request;
    }

    @ParameterizedTest(name = "If-None-Match: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"abc\"                | true",
            "W/\"abc\"              | true",
            "\"x\", \"abc\"         | true",
            "*                      | true",
            "\"abd\"                | false",
            "\"x\", W/\"abd\"       | false",
            "abc                    | false"})
    void ifNoneMatchAnswers304WithTheTag(String header, boolean notModified) {
        var answer = ConditionalRequest.notModified(get("If-None-Match", header), ETAG);
        assertThat(answer.isPresent()).isEqualTo(notModified);
        answer.ifPresent(a -> {
            ResponseEntity<Void> entity = a.build();
            assertThat(entity.getStatusCode().value()).isEqualTo(304);
            assertThat(entity.getHeaders().getETag()).isEqualTo(ETAG);
        });
    }

    @Test
    void withoutTheHeaderTheBodyIsSent() {
        assertThat(ConditionalRequest.notModified(get(null, null), ETAG)).isEmpty();
    }

    @Test
    void onlyGetAndHeadAreAnsweredFromTheClientsCopy() {
        MockHttpServletRequest head = get("If-None-Match", ETAG);
        head.setMethod("HEAD");
        assertThat(ConditionalRequest.notModified(head, ETAG)).isPresent();
        MockHttpServletRequest post = get("If-None-Match", ETAG);
        post.setMethod("POST");
        assertThat(ConditionalRequest.notModified(post, ETAG)).isEmpty();
    }
}
