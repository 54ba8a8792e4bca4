package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.application.Presencia;
import co.presencia.intervention.Fixtures;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After an import, the dataset's coverage index is rebuilt in the background at once ({@link IndexRefresh}), so the
 * first request for it does not wait for the rebuild: here no coverage request is made at all, and the index of the
 * new version is built within seconds; the first request then finds it.
 */
class IndexRefreshHttpTest extends SystemHttpTestSupport {

    @Autowired
    Presencia presencia;

    @Test
    void anImportedDatasetIsIndexedWithoutAnyRequestForIt() throws Exception {
        HttpResponse<String> imported = http.upload("/api/v1/datasets/refrescado/imports?wait=true&acceptPartial=true",
                Fixtures.path("acentos-utf8.csv"), USER, PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!indexed() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(indexed()).as("the new version's index, built with no request for it").isTrue();
        assertThat(http.get("/api/v1/coverage?dataset=refrescado&year=2023").statusCode()).isEqualTo(200);
    }

    private boolean indexed() {
        return presencia.datasets().find("refrescado").map(presencia.datasets()::isIndexed).orElse(false);
    }
}
