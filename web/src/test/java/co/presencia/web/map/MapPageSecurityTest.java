package co.presencia.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The map page's policy follows its settings: who may frame it, where base-map tiles come from. */
class MapPageSecurityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png | https://*.tile.openstreetmap.org",
            "https://tiles.example.gov.co:8443/{z}/{x}/{y}.png  | https://tiles.example.gov.co:8443",
            "http://tiles{s}.example.org/{z}/{x}/{y}.png         | http:",
            "''                                                  | NONE",
            "/relative/{z}/{x}/{y}.png                           | NONE"})
    void tilesComeFromTheBaseMapsOrigin(String template, String source) {
        assertThat(MapPageSecurity.tileSource(template)).isEqualTo(source);
    }

    @Test
    void framingFollowsTheSettingAndTilesAreImages() {
        String policy = MapPageSecurity.policy(List.of("'self'", "https://portal.example.gov.co"),
                "https://{s}.tile.example.org/{z}/{x}/{y}.png").toString();
        assertThat(policy).contains("frame-ancestors 'self' https://portal.example.gov.co",
                "img-src 'self' data: blob: https://*.tile.example.org").doesNotContain("frame-ancestors *");
    }
}
