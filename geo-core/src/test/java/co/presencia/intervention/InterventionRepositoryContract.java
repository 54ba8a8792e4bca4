package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.intervention.demo.BulkFileGenerator;
import co.presencia.spatial.sql.Database;
import co.presencia.territory.DivipolaCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of datasets, imports and the streaming read, with the fixtures of {@code fixtures/interventions}
 * (the 10 MB load check is {@link LargeImportContract}, in the integration phase).
 * Subclasses run it on H2GIS ({@code *Test}) and PostGIS ({@code *IT}). Each test uses its own dataset id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InterventionRepositoryContract {

    private Database database;
    private DatasetRepository datasets;
    private InterventionRepository interventions;
    private InterventionPointRepository points;
    private ImportJobRepository jobs;
    private InterventionImporter importer;

    @TempDir
    Path temp;

    protected abstract Database newDatabase();

    @BeforeAll
    void setUp() {
        database = newDatabase();
        datasets = new DatasetRepository(database);
        interventions = new InterventionRepository(database);
        points = new InterventionPointRepository(database);
        jobs = new ImportJobRepository(database);
        importer = new InterventionImporter(database, SharedJoiner.get());
    }

    private ImportReport importFixture(String dataset, String fixture, boolean acceptPartial) {
        return importer.importFile(Fixtures.path(fixture), ImportOptions.of(dataset, fixture).withAcceptPartial(acceptPartial),
                ImportListener.NONE);
    }

    private Map<String, Intervention> stored(String dataset) {
        Map<String, Intervention> out = new java.util.LinkedHashMap<>();
        interventions.forEach(dataset, i -> out.put(i.recordId(), i));
        return out;
    }

    @Test
    void datasetsAreCreatedRenamedListedAndDeleted() {
        assertThat(datasets.dataset("nuevo")).isEmpty();
        DatasetSummary created = datasets.putDataset("nuevo", "Colombia Productiva 2023", false);
        assertThat(created.name()).isEqualTo("Colombia Productiva 2023");
        assertThat(created.interventions()).isZero();
        assertThat(created.lastImportAt()).isNull();
        DatasetSummary renamed = datasets.putDataset("nuevo", "Demo (sintético)", true);
        assertThat(renamed.name()).isEqualTo("Demo (sintético)");
        assertThat(renamed.synthetic()).isTrue();
        assertThat(renamed.createdAt()).isEqualTo(created.createdAt());
        assertThat(datasets.datasets()).extracting(DatasetSummary::id).contains("nuevo");
        assertThat(datasets.deleteDataset("nuevo")).isTrue();
        assertThat(datasets.deleteDataset("nuevo")).isFalse();
        assertThat(datasets.dataset("nuevo")).isEmpty();
        assertThatThrownBy(() -> datasets.putDataset("No Es Slug", "x", false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accentsEnyeQuotesAndAliasesArePlacedByName() {
        ImportReport report = importFixture("acentos", "acentos-utf8.csv", false);
        assertThat(report.status()).as(report.message() + " " + report.rejects()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.source()).contains("UTF-8").contains("BOM");
        assertThat(report.rowsRead()).isEqualTo(10);
        assertThat(report.inserted()).isEqualTo(10);
        assertThat(report.placements()).containsExactlyEntriesOf(Map.of(Placement.NAME, 10L));
        Map<String, Intervention> stored = stored("acentos");
        assertThat(stored).hasSize(10);
        Map<String, String> expected = Map.of("A-001", "05001", "A-002", "11001", "A-003", "13001", "A-004", "52835",
                "A-005", "13468", "A-006", "52254", "A-007", "52480", "A-008", "91540", "A-009", "54001", "A-010", "11001");
        expected.forEach((id, code) -> assertThat(stored.get(id).municipality().value()).as(id).isEqualTo(code));
        Intervention first = stored.get("A-001");
        assertThat(first.program()).isEqualTo("Fábricas de Productividad y Sostenibilidad, ciclo V");
        assertThat(first.axis()).isEqualTo(Axis.PRODUCTIVIDAD);
        assertThat(first.size()).isEqualTo(CompanySize.PEQUENA);
        assertThat(first.amountCop()).isEqualByComparingTo("45000000");
        assertThat(first.sourceLine()).isEqualTo(2);
        assertThat(stored.get("A-006").amountCop()).isEqualByComparingTo(new BigDecimal("1250000.50"));
        assertThat(stored.get("A-003").size()).isEqualTo(CompanySize.UNIDAD_PRODUCTIVA);
        DatasetSummary dataset = datasets.dataset("acentos").orElseThrow();
        assertThat(dataset.interventions()).isEqualTo(10);
        assertThat(dataset.beneficiaries()).isEqualTo(9);
        assertThat(dataset.municipalities()).isEqualTo(9);
        assertThat(dataset.lastFileName()).isEqualTo("acentos-utf8.csv");
        assertThat(dataset.lastImportAt()).isNotNull();
        assertThat(dataset.contentChecksum()).hasSize(64);
    }

    @Test
    void textThatTheLoadMustEscapeIsStoredAsWritten() throws IOException {
        // The characters COPY's text format would have to escape (backslash, tab, line ends, \N), and text beyond the
        // BMP, come back as written: through PostGIS's binary COPY and through H2GIS alike.
        Path file = temp.resolve("escapes.csv");
        Files.writeString(file, "id_registro,id_beneficiario,anio,instrumento,cod_municipio,estado,longitud,latitud\n"
                + "E-1,\"B\\N\",2023,\"Ruta\tTab \\ barra \\N\rretorno\",05001,\"línea\ncon salto 🌱\",,\n"
                + "E-2,-7,2023,Programa \\,,\"\",-75.5636,6.2518\n", StandardCharsets.UTF_8);
        ImportReport report = importer.importFile(file, ImportOptions.of("escapes", "escapes.csv"), ImportListener.NONE);
        assertThat(report.status()).as(report.message() + " " + report.rejects()).isEqualTo(ImportStatus.IMPORTED);
        Map<String, Intervention> stored = stored("escapes");
        assertThat(stored.get("E-1").beneficiaryId()).isEqualTo("B\\N");
        assertThat(stored.get("E-1").program()).isEqualTo("Ruta\tTab \\ barra \\N\rretorno");
        assertThat(stored.get("E-1").status()).isEqualTo("línea\ncon salto 🌱");
        assertThat(stored.get("E-1").longitude()).isNull();
        assertThat(stored.get("E-2").beneficiaryId()).isEqualTo("-7");
        assertThat(stored.get("E-2").program()).isEqualTo("Programa \\");
        assertThat(stored.get("E-2").longitude()).isEqualTo(-75.5636);
        assertThat(stored.get("E-2").latitude()).isEqualTo(6.2518);
        assertThat(stored.get("E-2").municipality().value()).isEqualTo("05001");
    }

    @Test
    void aNewDatasetThatReceivesNoRowStillHasItsFiguresAndChecksum() throws IOException {
        // acceptPartial with every row rejected: nothing stored, yet the dataset exists and is counted (0 of each)
        // with a checksum, on H2GIS (staged, nothing changed) as on PostGIS (loaded directly).
        Path file = temp.resolve("todo-rechazado.csv");
        Files.writeString(file, "id_registro,id_beneficiario,anio,instrumento,cod_municipio\nR-1,B-1,2023,Ruta,99999\n",
                StandardCharsets.UTF_8);
        ImportReport report = importer.importFile(file, ImportOptions.of("vacio", "todo-rechazado.csv").withAcceptPartial(true),
                ImportListener.NONE);
        assertThat(report.rowsAccepted()).as(report.message()).isZero();
        DatasetSummary dataset = datasets.dataset("vacio").orElseThrow();
        assertThat(dataset.interventions()).isZero();
        assertThat(dataset.contentChecksum()).as("the checksum of no rows, as a direct load on PostGIS records it").hasSize(64);
    }

    @Test
    void latin1SemicolonsDecimalCommaAndLostZeros() {
        ImportReport report = importFixture("latin1", "latin1-punto-y-coma.csv", false);
        assertThat(report.status()).as(report.message() + " " + report.rejects()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.source()).contains("windows-1252").contains("';'");
        Map<String, Intervention> stored = stored("latin1");
        assertThat(stored.get("L-1").municipality().value()).isEqualTo("05001");
        assertThat(stored.get("L-1").placement()).isEqualTo(Placement.CODE_REPAIRED);
        assertThat(stored.get("L-2").placement()).isEqualTo(Placement.NAME);
        assertThat(stored.get("L-2").municipality().value()).isEqualTo("41483");
        assertThat(stored.get("L-3").municipality().value()).isEqualTo("52399");
        assertThat(stored.get("L-4").placement()).isEqualTo(Placement.POINT);
        assertThat(stored.get("L-4").municipality().value()).isEqualTo("76001");
        assertThat(stored.get("L-4").longitude()).isEqualTo(-76.5320);
        assertThat(stored.get("L-5").municipality().value()).isEqualTo("08001");
        assertThat(stored.get("L-5").placement()).isEqualTo(Placement.CODE_REPAIRED);
        assertThat(stored.get("L-6").placement()).isEqualTo(Placement.CODE);
        assertThat(stored.get("L-6").program()).isEqualTo("Cannabis y cáñamo");
        assertThat(stored.get("L-2").program()).isEqualTo("Crecer Juntos");
    }

    @Test
    void coordinatesSwappedAtSeaAbroadAndMalformed() {
        ImportReport report = importFixture("coordenadas", "coordenadas.csv", true);
        assertThat(report.status()).isEqualTo(ImportStatus.IMPORTED);
        Map<String, Intervention> stored = stored("coordenadas");
        assertThat(stored.keySet()).containsExactly("P-01", "P-02", "P-06", "P-07", "P-08");
        assertThat(stored.get("P-01").placement()).isEqualTo(Placement.POINT);
        assertThat(stored.get("P-02").placement()).isEqualTo(Placement.POINT_SWAPPED);
        assertThat(stored.get("P-02").municipality().value()).isEqualTo("05001");
        assertThat(stored.get("P-02").longitude()).isEqualTo(-75.5636);
        assertThat(stored.get("P-02").latitude()).isEqualTo(6.2518);
        assertThat(stored.get("P-06").municipality().value()).isEqualTo("88001");
        assertThat(stored.get("P-07").municipality().value()).isEqualTo("27001");
        assertThat(stored.get("P-08").municipality().value()).isEqualTo("76001");
        assertThat(report.placements()).containsEntry(Placement.POINT, 3L).containsEntry(Placement.POINT_SWAPPED, 2L);
        assertThat(report.rejects()).extracting(Rejection::line).containsExactly(4L, 5L, 6L, 10L, 11L);
        assertThat(report.rejects()).extracting(Rejection::recordId).containsExactly("P-03", "P-04", "P-05", "P-09", "P-10");
        assertThat(report.rejects().get(0).reason()).contains("fuera de Colombia");
        assertThat(report.rejects().get(0).value()).isEqualTo("-78.0, 12.0");
        assertThat(report.rejects().get(3).reason()).contains("fuera de rango");
        assertThat(report.rejects().get(4).field()).isEqualTo("lat");
        assertThat(report.ignoredColumns()).containsExactly("nota");
    }

    @Test
    void pointsArePagedCountedAndFilteredWithoutTheBeneficiary() {
        importFixture("puntos", "coordenadas.csv", true);
        importFixture("sin-puntos", "acentos-utf8.csv", true);
        assertThat(points.countPoints("puntos", PointFilter.ALL)).isEqualTo(5);
        assertThat(points.points("puntos", PointFilter.ALL, 0, 3)).extracting(InterventionPoint::recordId)
                .containsExactly("P-01", "P-02", "P-06");
        assertThat(points.points("puntos", PointFilter.ALL, 3, 3)).extracting(InterventionPoint::recordId)
                .containsExactly("P-07", "P-08");
        assertThat(points.points("puntos", PointFilter.ALL, 5, 3)).isEmpty();

        // The swapped point is stored and served the right way round.
        InterventionPoint swapped = points.point("puntos", "P-02").orElseThrow();
        assertThat(swapped.longitude()).isEqualTo(-75.5636);
        assertThat(swapped.latitude()).isEqualTo(6.2518);
        assertThat(swapped.placement()).isEqualTo(Placement.POINT_SWAPPED);
        assertThat(swapped.municipality().value()).isEqualTo("05001");
        assertThat(swapped.axis()).isEqualTo(Axis.SOFISTICACION);
        assertThat(swapped.size()).isEqualTo(CompanySize.PEQUENA);
        assertThat(swapped.year()).isEqualTo(2023);
        assertThat(swapped.program()).isEqualTo("SENAInnova");

        // The box is inclusive: San Andrés island only; a box around the exact point of Quibdó keeps it.
        PointFilter sanAndres = PointFilter.ALL.withBox(-82, 12, -81, 14);
        assertThat(points.points("puntos", sanAndres, 0, 10)).extracting(InterventionPoint::recordId).containsExactly("P-06");
        assertThat(points.countPoints("puntos", sanAndres)).isEqualTo(1);
        assertThat(points.countPoints("puntos", PointFilter.ALL.withBox(-76.6583, 5.6947, -76.6583, 5.6947))).isEqualTo(1);

        PointFilter antioquia = new PointFilter(null, null, null, null, 2023, "SENAInnova", Axis.SOFISTICACION,
                CompanySize.PEQUENA, null, new co.presencia.territory.DepartmentCode("05"), null);
        assertThat(points.points("puntos", antioquia, 0, 10)).extracting(InterventionPoint::recordId)
                .containsExactly("P-01", "P-02");
        PointFilter medellinPoints = new PointFilter(null, null, null, null, null, null, null, null,
                new DivipolaCode("05001"), null, Placement.POINT);
        assertThat(points.points("puntos", medellinPoints, 0, 10)).extracting(InterventionPoint::recordId).containsExactly("P-01");
        PointFilter otherYear = new PointFilter(null, null, null, null, 2022, null, null, null, null, null, null);
        assertThat(points.countPoints("puntos", otherYear)).isZero();
        PointFilter otherAxis = new PointFilter(null, null, null, null, null, null, Axis.CALIDAD, null, null, null, null);
        assertThat(points.countPoints("puntos", otherAxis)).isZero();

        // Records placed by code or name have no point; unknown datasets and records have none either.
        assertThat(datasets.dataset("sin-puntos").orElseThrow().interventions()).isPositive();
        assertThat(points.countPoints("sin-puntos", PointFilter.ALL)).isZero();
        assertThat(points.points("sin-puntos", PointFilter.ALL, 0, 10)).isEmpty();
        assertThat(points.countPoints("no-existe", PointFilter.ALL)).isZero();
        assertThat(points.point("puntos", "P-03")).isEmpty();
        assertThat(points.point("sin-puntos", stored("sin-puntos").keySet().iterator().next())).isEmpty();
    }

    @Test
    void anyRejectMeansNothingImportedUnlessPartialIsAccepted() {
        ImportReport atomic = importFixture("invalidas", "filas-invalidas.csv", false);
        assertThat(atomic.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(atomic.rowsRead()).isEqualTo(11);
        assertThat(atomic.rowsRejected()).isEqualTo(9);
        assertThat(atomic.rowsAccepted()).isZero();
        assertThat(datasets.dataset("invalidas")).isEmpty();
        assertThat(atomic.rejects()).extracting(Rejection::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 12L);
        assertThat(atomic.rejects()).extracting(Rejection::recordId)
                .containsExactly("V-2", "V-3", "V-4", "V-5", "V-6", "V-7", "V-8", "V-9", null);
        assertThat(atomic.rejects()).extracting(Rejection::field).containsExactly("id_beneficiario", "anio",
                "tamano_empresa", "eje", "cod_municipio", "municipio", "municipio", "cod_municipio", "id_registro");
        assertThat(atomic.rejects().get(5).reason()).contains("ambiguo").contains("05483").contains("25483").contains("52480");
        List<Rejection> streamed = new ArrayList<>();
        assertThat(jobs.forEachReject(atomic.jobId(), streamed::add)).isEqualTo(9);
        assertThat(streamed).isEqualTo(atomic.rejects());
        assertThat(jobs.job(atomic.jobId()).orElseThrow().status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(jobs.jobs("invalidas")).extracting(ImportReport::jobId).containsExactly(atomic.jobId());

        ImportReport partial = importFixture("invalidas", "filas-invalidas.csv", true);
        assertThat(partial.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(partial.rowsAccepted()).isEqualTo(2);
        assertThat(partial.rejectsTotal()).isEqualTo(9);
        Map<String, Intervention> stored = stored("invalidas");
        assertThat(stored.keySet()).containsExactly("V-1", "V-10");
        // 94663 (Mapiripana) is not in force in 2023: its successor Barrancominas holds the record.
        assertThat(stored.get("V-10").municipality()).isEqualTo(new DivipolaCode("94343"));
    }

    @Test
    void duplicateIdsInTheFileAreAllRejected() {
        ImportReport atomic = importFixture("duplicados", "duplicados.csv", false);
        assertThat(atomic.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(atomic.rejects()).extracting(Rejection::line).containsExactly(2L, 4L, 6L);
        assertThat(atomic.rejects()).allSatisfy(r -> assertThat(r.reason()).contains("repetido").contains("2, 4, 6"));
        ImportReport partial = importFixture("duplicados", "duplicados.csv", true);
        assertThat(partial.rowsAccepted()).isEqualTo(2);
        assertThat(partial.rowsRejected()).isEqualTo(3);
        assertThat(partial.placements()).containsExactlyEntriesOf(Map.of(Placement.CODE, 2L));
        assertThat(stored("duplicados").keySet()).containsExactly("D-2", "D-3");
    }

    @Test
    void emptyFileAndWrongHeadersAreInvalidFiles() {
        ImportReport empty = importFixture("vacio", "vacio.csv", true);
        assertThat(empty.status()).isEqualTo(ImportStatus.INVALID_FILE);
        assertThat(empty.message()).contains("vacío");
        assertThat(empty.rejectsTotal()).isEqualTo(1);
        ImportReport wrong = importFixture("encabezados", "encabezados-erroneos.csv", true);
        assertThat(wrong.status()).isEqualTo(ImportStatus.INVALID_FILE);
        assertThat(wrong.rejects()).extracting(Rejection::line).containsOnly(1L);
        assertThat(wrong.rejects()).extracting(Rejection::reason).anySatisfy(r -> assertThat(r).contains("record_id"))
                .anySatisfy(r -> assertThat(r).contains("ubicación"));
        assertThat(datasets.dataset("vacio")).isEmpty();
        assertThat(datasets.dataset("encabezados")).isEmpty();
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangedRowUpdatesInPlace() throws IOException {
        importFixture("reimport", "acentos-utf8.csv", false);
        DatasetSummary before = datasets.dataset("reimport").orElseThrow();
        ImportReport again = importFixture("reimport", "acentos-utf8.csv", false);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(10);
        assertThat(again.changedNothing()).isTrue();
        DatasetSummary after = datasets.dataset("reimport").orElseThrow();
        assertThat(after.interventions()).isEqualTo(before.interventions());
        assertThat(after.contentChecksum()).isEqualTo(before.contentChecksum());

        String text = Files.readString(Fixtures.path("acentos-utf8.csv"), StandardCharsets.UTF_8)
                .replace("A-007,900123459,2023,SENAInnova,Sofisticación,Grande", "A-007,900123459,2023,SENAInnova,Sofisticación,Mediana");
        Path changed = temp.resolve("acentos-cambiado.csv");
        Files.writeString(changed, text, StandardCharsets.UTF_8);
        ImportReport update = importer.importFile(changed, ImportOptions.of("reimport", "acentos-cambiado.csv"), ImportListener.NONE);
        assertThat(update.updated()).isEqualTo(1);
        assertThat(update.inserted()).isZero();
        assertThat(update.unchanged()).isEqualTo(9);
        DatasetSummary updated = datasets.dataset("reimport").orElseThrow();
        assertThat(updated.interventions()).isEqualTo(10);
        assertThat(updated.contentChecksum()).isNotEqualTo(before.contentChecksum());
        assertThat(stored("reimport").get("A-007").size()).isEqualTo(CompanySize.MEDIANA);
    }

    @Test
    void aYearNoQueryCouldCountIsRejected() throws IOException {
        // One range of reporting years (ReportingYear, 2000–2100) for import and queries: a 1995 record would be stored
        // and never counted, so it is rejected with its line, from the year column and from a date alike.
        Path file = temp.resolve("anios.csv");
        Files.writeString(file, """
                id_registro,id_beneficiario,anio,fecha,Instrumento,Eje,Tamaño_Empresa,codigo_municipio
                Y-1,900000001,2023,,Productividad Verde,Productividad,Pequeña,05001
                Y-2,900000002,1995,,Productividad Verde,Productividad,Pequeña,05001
                Y-3,900000003,,15/03/1995,Productividad Verde,Productividad,Pequeña,05001
                Y-4,900000004,,15/03/2022,Productividad Verde,Productividad,Pequeña,05001
                """, StandardCharsets.UTF_8);
        ImportReport report = importer.importFile(file, ImportOptions.of("anios", "anios.csv").withAcceptPartial(true),
                ImportListener.NONE);
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.rejects()).extracting(Rejection::recordId).containsExactly("Y-2", "Y-3");
        assertThat(report.rejects()).extracting(Rejection::reason).allMatch(r -> r.contains("2000") && r.contains("2100"));
        assertThat(stored("anios")).containsOnlyKeys("Y-1", "Y-4");
    }

    @Test
    void aFailureMidwayLeavesThePreviousStateIntact() throws IOException {
        importFixture("falla", "acentos-utf8.csv", false);
        DatasetSummary before = datasets.dataset("falla").orElseThrow();
        Path big = temp.resolve("grande.csv");
        BulkFileGenerator.write(big, SharedJoiner.get().catalog(), 12_000, 7);
        ImportReport failed = importer.importFile(big, ImportOptions.of("falla", "grande.csv"), progress -> {
            if (progress.phase() == ImportProgress.Phase.READING && progress.rowsRead() >= 10_000) {
                throw new IllegalStateException("proceso detenido a mitad de la importación");
            }
        });
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        // The cause stays in the server log: a report never carries exception text (SQL, table names).
        assertThat(failed.message()).contains("no cambió nada").doesNotContain("proceso detenido");
        DatasetSummary after = datasets.dataset("falla").orElseThrow();
        assertThat(after).isEqualTo(before);
        assertThat(stored("falla")).hasSize(10);
    }

    @Test
    void theDatabaseGoingAwayMidwayLeavesThePreviousStateIntact() throws IOException {
        importFixture("caida", "acentos-utf8.csv", false);
        DatasetSummary before = datasets.dataset("caida").orElseThrow();
        Path big = temp.resolve("grande-caida.csv");
        BulkFileGenerator.write(big, SharedJoiner.get().catalog(), 12_000, 11);
        AtomicReference<Connection> last = new AtomicReference<>();
        DataSource real = database.dataSource();
        DataSource watching = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(real, args);
                    if (method.getName().equals("getConnection")) {
                        last.set((Connection) result);
                    }
                    return result;
                });
        InterventionImporter cut = new InterventionImporter(Database.of(watching, database.dialect()), SharedJoiner.get());
        ImportReport failed = cut.importFile(big, ImportOptions.of("caida", "grande-caida.csv"), progress -> {
            if (progress.rowsRead() == 10_000) {
                try {
                    // The import connection is the one opened last (the reject log's came before it).
                    last.get().close();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(datasets.dataset("caida").orElseThrow()).isEqualTo(before);
        assertThat(stored("caida")).hasSize(10);
    }

    @Test
    void xlsxIsReadAsItsFirstSheet() throws IOException {
        Path xlsx = temp.resolve("intervenciones.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(50)) {
            var sheet = workbook.createSheet("Hoja1");
            String[] header = {"ID Registro", "NIT", "Vigencia", "Instrumento", "Tamaño empresa", "DIVIPOLA", "Longitud", "Latitud"};
            var row = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                row.createCell(c).setCellValue(header[c]);
            }
            row = sheet.createRow(1);
            row.createCell(0).setCellValue("X-1");
            row.createCell(1).setCellValue(900123456);
            row.createCell(2).setCellValue(2023);
            row.createCell(3).setCellValue("Fábricas de Productividad y Sostenibilidad");
            row.createCell(4).setCellValue("Pequeña");
            row.createCell(5).setCellValue(5001);
            row = sheet.createRow(3); // a blank row 3 is skipped, row 4 keeps its number
            row.createCell(0).setCellValue("X-2");
            row.createCell(1).setCellValue("CC-77");
            row.createCell(2).setCellValue(2023);
            row.createCell(3).setCellValue("Crecer Juntos");
            row.createCell(4).setCellValue("Unidad productiva");
            row.createCell(6).setCellValue(-74.0817);
            row.createCell(7).setCellValue(4.6097);
            try (var out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
        ImportReport report = importer.importFile(xlsx, ImportOptions.of("xlsx", "intervenciones.xlsx"), ImportListener.NONE);
        assertThat(report.status()).as(report.message() + " " + report.rejects()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.source()).startsWith("XLSX");
        Map<String, Intervention> stored = stored("xlsx");
        assertThat(stored.get("X-1").municipality().value()).isEqualTo("05001");
        assertThat(stored.get("X-1").placement()).isEqualTo(Placement.CODE_REPAIRED);
        assertThat(stored.get("X-1").beneficiaryId()).isEqualTo("900123456");
        assertThat(stored.get("X-2").municipality().value()).isEqualTo("11001");
        assertThat(stored.get("X-2").sourceLine()).isEqualTo(4);
    }

    @Test
    void explicitMappingAndReplaceMode() throws IOException {
        Path file = temp.resolve("propio.csv");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("Consec,Empresa,Periodo reporte,Nombre del programa,Mpio DANE");
            out.println("M-1,E1,2023,EnCadena,05001");
            out.println("M-2,E2,2023,EnCadena,11001");
        }
        Map<SourceField, String> mapping = ColumnMapping.parseExplicit(
                "record_id=Consec,beneficiary_id=Empresa,year=Periodo reporte,program=Nombre del programa,municipality_code=Mpio DANE");
        ImportReport first = importer.importFile(file, ImportOptions.of("mapeo", "propio.csv").withMapping(mapping), ImportListener.NONE);
        assertThat(first.status()).as(first.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(first.columns()).containsEntry("municipality_code", "Mpio DANE");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("Consec,Empresa,Periodo reporte,Nombre del programa,Mpio DANE");
            out.println("M-2,E2,2023,EnCadena,11001");
        }
        ImportReport kept = importer.importFile(file, ImportOptions.of("mapeo", "propio.csv").withMapping(mapping), ImportListener.NONE);
        assertThat(kept.removed()).isZero();
        assertThat(stored("mapeo")).containsOnlyKeys("M-1", "M-2");
        ImportReport replaced = importer.importFile(file, ImportOptions.of("mapeo", "propio.csv").withMapping(mapping).withReplace(true),
                ImportListener.NONE);
        assertThat(replaced.removed()).isEqualTo(1);
        assertThat(stored("mapeo")).containsOnlyKeys("M-2");
        assertThat(datasets.dataset("mapeo").orElseThrow().interventions()).isEqualTo(1);
    }

    @Test
    void deletingADatasetRemovesItsRecordsAndJobs() {
        ImportReport report = importFixture("borrar", "acentos-utf8.csv", false);
        assertThat(jobs.job(report.jobId())).isPresent();
        assertThat(datasets.deleteDataset("borrar")).isTrue();
        assertThat(stored("borrar")).isEmpty();
        assertThat(jobs.job(report.jobId())).isEmpty();
    }
}
