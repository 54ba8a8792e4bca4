package co.presencia.web.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.cli.ExitCodes;
import co.presencia.cli.PresenciaCommand;
import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.Fixtures;
import co.presencia.intervention.demo.DemoDatasetGenerator;
import co.presencia.spatial.sql.Database;
import co.presencia.spatial.sql.SqlDialect;
import co.presencia.testing.ReferenceData;
import co.presencia.web.testing.Http;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The datasets and imports API over HTTP, with security: subclasses start the app on a random port against a
 * fresh H2GIS or PostGIS store with the administrator {@code admin}/{@value #PASSWORD}.
 */
abstract class DatasetApiContract {

    static final String USER = "admin";
    static final String PASSWORD = "clave-de-prueba-1";

    @LocalServerPort
    int port;

    abstract RecordedDatasetEvents events();

    Http http() {
        return new Http(port);
    }

    @Test
    void readsArePublicAndWritesNeedTheAdministrator() {
        Http http = http();
        assertThat(http.get("/api/v1/datasets").statusCode()).isEqualTo(200);
        assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/departments").statusCode()).isEqualTo(200);

        HttpResponse<String> anonymous = http.put("/api/v1/datasets/anon", "{\"name\":\"x\"}", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat((Integer) JsonPath.read(anonymous.body(), "$.status")).isEqualTo(401);
        assertThat((String) JsonPath.read(anonymous.body(), "$.instance")).isEqualTo("/api/v1/datasets/anon");

        assertThat(http.put("/api/v1/datasets/anon", "{\"name\":\"x\"}", USER, "mala").statusCode()).isEqualTo(401);
        assertThat(http.delete("/api/v1/datasets/anon", null, null).statusCode()).isEqualTo(401);
        assertThat(http.upload("/api/v1/datasets/anon/imports", Fixtures.path("acentos-utf8.csv"), null, null).statusCode())
                .isEqualTo(401);
        assertThat(http.post("/api/v1/targets", null, null).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/datasets/anon").statusCode()).isEqualTo(404);
    }

    @Test
    void datasetsAreCreatedRenamedAndDeleted() {
        Http http = http();
        HttpResponse<String> created = http.put("/api/v1/datasets/cp-2023", "{\"name\":\"Colombia Productiva 2023\"}", USER, PASSWORD);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/datasets/cp-2023");
        HttpResponse<String> renamed = http.put("/api/v1/datasets/cp-2023", "{\"name\":\"CP 2023\"}", USER, PASSWORD);
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(http.get("/api/v1/datasets/cp-2023").body(), "$.name")).isEqualTo("CP 2023");
        assertThat(http.put("/api/v1/datasets/No%20Slug", "{\"name\":\"x\"}", USER, PASSWORD).statusCode()).isEqualTo(400);
        assertThat(http.put("/api/v1/datasets/sin-nombre", "{}", USER, PASSWORD).statusCode()).isEqualTo(400);
        assertThat(http.delete("/api/v1/datasets/cp-2023", USER, PASSWORD).statusCode()).isEqualTo(204);
        assertThat(http.delete("/api/v1/datasets/cp-2023", USER, PASSWORD).statusCode()).isEqualTo(404);
        assertThat(events().changed).contains("cp-2023");
    }

    @Test
    void importWaitsForTheReportAndTheRejectsDownloadAsCsv() {
        Http http = http();
        HttpResponse<String> done = http.upload("/api/v1/datasets/coordenadas/imports?acceptPartial=true&wait=true",
                Fixtures.path("coordenadas.csv"), USER, PASSWORD);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(done.body(), "$.state")).isEqualTo("IMPORTED");
        assertThat((Integer) JsonPath.read(done.body(), "$.report.inserted")).isEqualTo(5);
        List<Integer> lines = JsonPath.read(done.body(), "$.report.rejects[*].line");
        assertThat(lines).containsExactly(4, 5, 6, 10, 11);
        String jobId = JsonPath.read(done.body(), "$.jobId");
        HttpResponse<String> csv = http.get("/api/v1/imports/" + jobId + "/rejects.csv", USER, PASSWORD);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).isEqualTo("\uFEFFarchivo,linea,id_registro,campo,valor,motivo");
        assertThat(rows).hasSize(6);
        assertThat(rows.get(1)).startsWith("coordenadas.csv,4,P-03,lon,\"-78.0, 12.0\",");
        assertThat(events().changed).contains("coordenadas");
        HttpResponse<String> dataset = http.get("/api/v1/datasets/coordenadas");
        assertThat((Integer) JsonPath.read(dataset.body(), "$.interventions")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(dataset.body(), "$.municipalities")).isEqualTo(4);
        assertThat((String) JsonPath.read(dataset.body(), "$.lastImportAt")).isNotBlank();
        String history = http.get("/api/v1/datasets/coordenadas/imports", USER, PASSWORD).body();
        assertThat((String) JsonPath.read(history, "$.items[0].jobId")).isEqualTo(jobId);
        assertThat((Integer) JsonPath.read(history, "$.items[0].report.rejectsTotal")).isEqualTo(5);
        assertThat((String) JsonPath.read(history, "$.items[0].links.rejects")).endsWith("/rejects.csv");
    }

    @Test
    void atomicImportWithRejectsAnswers422AndStoresNothing() {
        Http http = http();
        HttpResponse<String> rejected = http.upload("/api/v1/datasets/atomica/imports?wait=true",
                Fixtures.path("filas-invalidas.csv"), USER, PASSWORD);
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat((String) JsonPath.read(rejected.body(), "$.state")).isEqualTo("REJECTED");
        assertThat((Integer) JsonPath.read(rejected.body(), "$.report.rejectsTotal")).isEqualTo(9);
        List<String> ids = JsonPath.read(rejected.body(), "$.report.rejects[*].recordId");
        assertThat(ids).contains("V-2", "V-9");
        assertThat(http.get("/api/v1/datasets/atomica").statusCode()).isEqualTo(404);
        HttpResponse<String> empty = http.upload("/api/v1/datasets/vacia/imports?wait=true", Fixtures.path("vacio.csv"), USER, PASSWORD);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat((String) JsonPath.read(empty.body(), "$.state")).isEqualTo("INVALID_FILE");
    }

    @Test
    void cliAndApiGiveTheSameCountsOnTheDemoFileAndReimportingChangesNothing() throws java.io.IOException {
        Path dir = Files.createTempDirectory("presencia-cli-vs-api-");
        Path demo = dir.resolve("demo.csv");
        DemoDatasetGenerator.Summary summary = new DemoDatasetGenerator(ReferenceData.catalog(), DemoDatasetGenerator.DEFAULT_SEED)
                .write(demo);

        Http http = http();
        HttpResponse<String> api = http.upload("/api/v1/datasets/demo/imports?acceptPartial=true&wait=true", demo, USER, PASSWORD);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(api.body(), "$.report.rowsRejected")).isEqualTo(DemoDatasetGenerator.INVALID_ROWS);
        String apiDataset = http.get("/api/v1/datasets/demo").body();

        String cliUrl = "jdbc:h2:file:" + dir.resolve("cli").toAbsolutePath();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new PresenciaCommand(Map.of("SPRING_DATASOURCE_URL", cliUrl, "PRESENCIA_DATA_DIR", ReferenceData.shapefiles().toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()))
                .run(new String[] {"import", demo.toString(), "--dataset", "demo", "--accept-partial", "--quiet"});
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(DemoDatasetGenerator.INVALID_ROWS + " rechazadas");
        JdbcDataSource cliStore = new JdbcDataSource();
        cliStore.setURL(cliUrl);
        cliStore.setUser("sa");
        DatasetSummary cli = new DatasetRepository(Database.of(cliStore, SqlDialect.H2GIS)).dataset("demo").orElseThrow();
        assertThat(cli.interventions()).isEqualTo(((Number) JsonPath.read(apiDataset, "$.interventions")).longValue())
                .isEqualTo(summary.validRows());
        assertThat(cli.beneficiaries()).isEqualTo(((Number) JsonPath.read(apiDataset, "$.beneficiaries")).longValue());
        assertThat(cli.municipalities()).isEqualTo(((Number) JsonPath.read(apiDataset, "$.municipalities")).longValue())
                .isEqualTo(summary.municipalities());
        assertThat(cli.contentChecksum()).isEqualTo(JsonPath.read(apiDataset, "$.contentChecksum"));
        // The CLI refuses without --accept-partial: exit 2, nothing changed.
        // The territory is in the store by now; the data folder still gives the CIIU classification the rows are read against.
        int strict = new PresenciaCommand(Map.of("SPRING_DATASOURCE_URL", cliUrl, "PRESENCIA_DATA_DIR", ReferenceData.shapefiles().toString()),
                new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(OutputStream.nullOutputStream())).run(new String[] {"import", demo.toString(), "--dataset", "otra", "--quiet"});
        assertThat(strict).isEqualTo(ExitCodes.REJECTED);

        HttpResponse<String> again = http.upload("/api/v1/datasets/demo/imports?acceptPartial=true&wait=true", demo, USER, PASSWORD);
        assertThat((Integer) JsonPath.read(again.body(), "$.report.inserted")).isZero();
        assertThat((Integer) JsonPath.read(again.body(), "$.report.updated")).isZero();
        assertThat(((Number) JsonPath.read(again.body(), "$.report.unchanged")).longValue()).isEqualTo(summary.validRows());
        String after = http.get("/api/v1/datasets/demo").body();
        Object interventionsAfter = JsonPath.read(after, "$.interventions");
        assertThat(interventionsAfter).isEqualTo(JsonPath.read(apiDataset, "$.interventions"));
        assertThat((String) JsonPath.read(after, "$.contentChecksum")).isEqualTo(JsonPath.read(apiDataset, "$.contentChecksum"));
    }

    @Test
    void anImportWithoutWaitIsAJobWithProgress() throws InterruptedException {
        Http http = http();
        HttpResponse<String> accepted = http.upload("/api/v1/datasets/asincrona/imports", Fixtures.path("acentos-utf8.csv"),
                USER, PASSWORD);
        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/v1/imports/");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String state;
        String body;
        do {
            Thread.sleep(100);
            body = http.get(location, USER, PASSWORD).body();
            state = JsonPath.read(body, "$.state");
        } while ((state.equals("QUEUED") || state.equals("RUNNING")) && Instant.now().isBefore(deadline));
        assertThat(state).isEqualTo("IMPORTED");
        assertThat((Integer) JsonPath.read(body, "$.progress.rowsRead")).isEqualTo(10);
        assertThat(http.get("/api/v1/imports/no-existe", USER, PASSWORD).statusCode()).isEqualTo(404);
        // Reports and job logs are the administrator's.
        assertThat(http.get(location).statusCode()).isEqualTo(401);
    }

    /** Issue 13 §1: the NUL-byte repro ends IMPORTED with its reject stored, in memory and in the store alike. */
    @Test
    void aNulByteRejectsItsRowAndTheJobEndsAsStored() throws java.io.IOException {
        Path file = Files.createTempFile("nul-", ".csv");
        Files.writeString(file, "id_registro,id_beneficiario,anio,instrumento,cod_municipio\nN-1,B1,2023,EnCadena,05001\n"
                + "N-2,B2,20\u000023,EnCadena,05001\n", StandardCharsets.UTF_8);
        Http http = http();
        HttpResponse<String> done = http.upload("/api/v1/datasets/nul/imports?acceptPartial=true&wait=true", file, USER, PASSWORD);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(done.body(), "$.state")).isEqualTo("IMPORTED");
        assertThat((Integer) JsonPath.read(done.body(), "$.report.rejects[0].line")).isEqualTo(3);
        assertThat((String) JsonPath.read(done.body(), "$.report.rejects[0].field")).isEqualTo("anio");
        String jobId = JsonPath.read(done.body(), "$.jobId");
        List<String> rows = http.get("/api/v1/imports/" + jobId + "/rejects.csv", USER, PASSWORD).body().lines().toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith(file.getFileName() + ",3,N-2,anio,20\u240023,");
        String history = http.get("/api/v1/datasets/nul/imports", USER, PASSWORD).body();
        assertThat((String) JsonPath.read(history, "$.items[0].state")).isEqualTo("IMPORTED");
        assertThat((Integer) JsonPath.read(history, "$.items[0].report.rowsRejected")).isEqualTo(1);
        Files.delete(file);
    }

    /**
     * Issue 13 §1: a control character in what the client names (a dataset name, a mapped column, the file's name)
     * is a 400 naming the parameter, and one in a file's header is quoted visibly in its rejection: on both stores
     * alike (PostgreSQL cannot store NUL; H2 would keep it raw).
     */
    @Test
    void aControlCharacterInANameIsA400AndOneInAHeaderIsQuotedVisibly() {
        Http http = http();
        HttpResponse<String> named = http.put("/api/v1/datasets/control", "{\"name\":\"a\\u0000b\"}", USER, PASSWORD);
        assertThat(named.statusCode()).as(named.body()).isEqualTo(400);
        assertThat((String) JsonPath.read(named.body(), "$.parameter")).isEqualTo("name");
        byte[] csv = ("id_registro,id_beneficiario,anio,instrumento,cod_municipio\nC-1,B1,2023,EnCadena,05001\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> mapped = http.upload("/api/v1/datasets/control/imports?wait=true", "control.csv", csv,
                Map.of("mapping", "record_id=id\u0000x"), USER, PASSWORD);
        assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(400);
        assertThat((String) JsonPath.read(mapped.body(), "$.parameter")).isEqualTo("mapping");
        HttpResponse<String> fileName = http.upload("/api/v1/datasets/control/imports?wait=true", "con\u0000trol.csv", csv,
                Map.of(), USER, PASSWORD);
        assertThat(fileName.statusCode()).as(fileName.body()).isEqualTo(400);
        assertThat(fileName.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        byte[] header = ("id_registro,id_beneficiario,anio,instrumento,cod_municipio,id\u0000registro\n"
                + "C-1,B1,2023,EnCadena,05001,x\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> twoIds = http.upload("/api/v1/datasets/control/imports?wait=true", "control.csv", header,
                Map.of(), USER, PASSWORD);
        assertThat(twoIds.statusCode()).as(twoIds.body()).isEqualTo(422);
        assertThat((String) JsonPath.read(twoIds.body(), "$.state")).isEqualTo("INVALID_FILE");
        String jobId = JsonPath.read(twoIds.body(), "$.jobId");
        String rejects = http.get("/api/v1/imports/" + jobId + "/rejects.csv", USER, PASSWORD).body();
        assertThat(rejects).contains("id\u2400registro").doesNotContain("\u0000");
        assertThat(http.get("/api/v1/datasets/control").statusCode()).isEqualTo(404);
    }

    @Test
    void aMalformedFileAnswers422InvalidFileWithItsReasonAndLine() throws java.io.IOException {
        Path file = Files.createTempFile("comilla-", ".csv");
        Files.writeString(file, "id_registro,id_beneficiario,anio,instrumento,cod_municipio\nQ-1,B1,2023,EnCadena,05001\n"
                + "Q-2,B2,2023,\"EnCadena,05001\n", StandardCharsets.UTF_8);
        HttpResponse<String> done = http().upload("/api/v1/datasets/comilla/imports?wait=true", file, USER, PASSWORD);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(422);
        assertThat((String) JsonPath.read(done.body(), "$.state")).isEqualTo("INVALID_FILE");
        assertThat((String) JsonPath.read(done.body(), "$.report.message")).contains("comilla sin cerrar").contains("línea 3")
                .doesNotContain("IOException").doesNotContain("commons");
        assertThat((Integer) JsonPath.read(done.body(), "$.report.rejects[0].line")).isEqualTo(3);
        Files.delete(file);
    }

    @Test
    void theSheetIsChosenWithSheetAndTheReportSaysWhichSheetAndRowWereUsed() throws java.io.IOException {
        Path file = Files.createTempFile("libro-", ".xlsx");
        co.presencia.intervention.source.Workbooks.write(file,
                new co.presencia.intervention.source.Workbooks.Sheet("Resumen", List.of(new String[] {"id_registro", "id_beneficiario",
                        "anio", "instrumento", "cod_municipio"}, new String[] {"R-1", "B1", "2023", "EnCadena", "05001"})),
                new co.presencia.intervention.source.Workbooks.Sheet("Datos", List.of(new String[] {"Intervenciones 2023"},
                        new String[] {"Corte: diciembre"}, new String[] {"id_registro", "id_beneficiario", "anio",
                                "instrumento", "cod_municipio"}, new String[] {"D-1", "B1", "2023", "EnCadena", "05001"},
                        new String[] {"D-2", "B2", "2023", "EnCadena", "11001"}, new String[] {"Fuente: DANE"})));
        HttpResponse<String> done = http().upload("/api/v1/datasets/hoja/imports?wait=true&sheet=Datos", file, USER, PASSWORD);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(done.body(), "$.report.source")).isEqualTo("XLSX, hoja 'Datos' (2 de 2), encabezado en la fila 3");
        assertThat((Integer) JsonPath.read(done.body(), "$.report.inserted")).isEqualTo(2);
        List<String> notes = JsonPath.read(done.body(), "$.report.notes");
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("fila 6 «Fuente: DANE»"));
        Files.delete(file);
    }
}
