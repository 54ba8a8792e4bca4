package co.presencia.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void stringsAreEscapedPerRfc8259AndSafeAsJavaScript() {
        assertThat(JsonText.of("Quibdó \"capital\" \\ ñ\n\t\u0001\u2028"))
                .isEqualTo("\"Quibdó \\\"capital\\\" \\\\ ñ\\n\\t\\u0001\\u2028\"");
    }

    @Test
    void numbersListsMapsAndNulls() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("share", 0.125);
        map.put("whole", 2.0);
        map.put("nan", Double.NaN);
        map.put("count", 7);
        map.put("list", Arrays.asList("a", null, true));
        assertThat(JsonText.of(map)).isEqualTo("{\"share\":0.125,\"whole\":2,\"nan\":null,\"count\":7,\"list\":[\"a\",null,true]}");
        assertThat(JsonText.of(List.of())).isEqualTo("[]");
    }
}
