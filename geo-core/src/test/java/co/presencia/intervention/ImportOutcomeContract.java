package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.source.Workbooks;
import co.presencia.spatial.sql.Database;
import co.presencia.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §1: what an import reports is exactly what is stored, on both stores, whatever the file holds.
 * Subclasses run it on H2GIS ({@code *Test}) and PostGIS ({@code *IT}). Each test uses its own dataset id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportOutcomeContract {

    static final String HEADER = "id_registro,id_beneficiario,anio,instrumento,cod_municipio";

    Database database;
    DatasetRepository datasets;
    ImportJobRepository jobs;
    InterventionImporter importer;

    @TempDir
    Path temp;

    protected abstract Database newDatabase();

    @BeforeAll
    void setUp() {
        database = newDatabase();
        datasets = new DatasetRepository(database);
        jobs = new ImportJobRepository(database);
        importer = new InterventionImporter(database, SharedJoiner.get(), ReferenceData::classification);
    }

    Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    ImportReport importFile(Path file, String dataset, boolean acceptPartial) {
        return importer.importFile(file, ImportOptions.of(dataset, file.getFileName().toString())
                .withAcceptPartial(acceptPartial), ImportListener.NONE);
    }

    List<Rejection> storedRejects(String jobId) {
        List<Rejection> out = new ArrayList<>();
        jobs.forEachReject(jobId, out::add);
        return out;
    }

    @Test
    void aNulByteRejectsItsRowNamingLineAndFieldAndTheRestIsStored() throws IOException {
        Path file = write("nul.csv", HEADER + "\nN-1,B1,2023,EnCadena,05001\nN-2,B2,20\u000023,EnCadena,05001\n"
                + "N-3,B3,2023,EnCadena,11001\n");
        ImportReport report = importFile(file, "nul", true);
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.rowsAccepted()).isEqualTo(2);
        assertThat(report.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.field()).isEqualTo("anio");
            assertThat(r.recordId()).isEqualTo("N-2");
            assertThat(r.reason()).contains("control");
        });
        assertThat(datasets.dataset("nul").orElseThrow().interventions()).isEqualTo(2);
        ImportReport stored = jobs.job(report.jobId()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(stored.rowsRejected()).isEqualTo(1);
        assertThat(storedRejects(report.jobId())).isEqualTo(report.rejects());
    }

    // ------------------------------------------------------------------ control characters, both stores alike

    @Test
    void manyNulRowsWithAcceptPartialCommitWithEveryRejectStored() throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 2_600; i++) {
            text.append("M-").append(i).append(",B").append(i).append(i % 2 == 0 ? ",2023" : ",20\u000023")
                    .append(",EnCadena,05001\n");
        }
        ImportReport report = importFile(write("muchos-nul.csv", text.toString()), "muchos-nul", true);
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.rowsRejected()).isEqualTo(1_300);
        assertThat(datasets.dataset("muchos-nul").orElseThrow().interventions()).isEqualTo(1_300);
        ImportReport stored = jobs.job(report.jobId()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(stored.rowsRejected()).isEqualTo(1_300);
        assertThat(jobs.forEachReject(report.jobId(), r -> { })).isEqualTo(1_300);
    }

    @Test
    void controlCharactersAreRejectedNamingLineAndFieldAndShownVisibly() throws IOException {
        Path file = write("control.csv", HEADER + "\nC-1,B\u00011,2023,EnCadena,05001\nC-2,B2,2023,En\u007fCadena,05001\n"
                + "C-3,B3,2023,En\u0085Cadena,05001\nC-4,B4,2023,\"En\tCadena\nII\",05001\nC\u0000-5,B5,2023,EnCadena,05001\n");
        ImportReport report = importFile(file, "control", true);
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.rowsAccepted()).as("a tab and a line break inside a quoted cell are text").isEqualTo(1);
        assertThat(report.rejects()).extracting(Rejection::line).containsExactly(2L, 3L, 4L, 7L);
        assertThat(report.rejects()).extracting(Rejection::field)
                .containsExactly("id_beneficiario", "instrumento", "instrumento", "id_registro");
        assertThat(report.rejects()).extracting(Rejection::value).containsExactly("B\u24011", "En\u2421Cadena",
                "En<U+0085>Cadena", "C\u2400-5");
        assertThat(report.rejects().get(0).reason()).contains("U+0001").contains("posición 2");
        assertThat(report.rejects().get(0).recordId()).isEqualTo("C-1");
        assertThat(report.rejects().get(3).recordId()).as("a record id with a control character is not an id").isNull();
        assertThat(storedRejects(report.jobId())).isEqualTo(report.rejects());
    }

    /**
     * A control character at either end of a cell (where Commons CSV's trim used to drop it) rejects its row from a CSV
     * and from an XLSX alike, naming line and field; spaces and tabs around a value are still only white space.
     */
    @Test
    void controlCharactersAtTheEdgesOfACellAreRejectedFromACsvAndAnXlsxAlike() throws IOException {
        String[][] rows = {
            {"id_registro", "id_beneficiario", "anio", "instrumento", "cod_municipio"},
            {"E-1", "B1", "2023\u0000", "EnCadena", "05001"},
            {"E-2", "\u0001B2", "2023", "EnCadena", "05001"},
            {"E-3", "B3", "2023", "EnCadena\u001f", "05001"},
            {" E-4\t", "\tB4 ", " 2023 ", "EnCadena ", " 05001"},
        };
        StringBuilder csv = new StringBuilder();
        for (String[] row : rows) {
            csv.append(String.join(",", row)).append('\n');
        }
        ImportReport fromCsv = importFile(write("bordes.csv", csv.toString()), "bordes-csv", true);
        ImportReport fromXlsx = importFile(Workbooks.write(temp.resolve("bordes.xlsx"),
                new Workbooks.Sheet("Hoja1", List.of(rows))), "bordes-xlsx", true);
        for (ImportReport report : List.of(fromCsv, fromXlsx)) {
            assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
            assertThat(report.rowsAccepted()).as(report.source()).isEqualTo(1);
            assertThat(report.rejects()).extracting(Rejection::line).containsExactly(2L, 3L, 4L);
            assertThat(report.rejects()).extracting(Rejection::field)
                    .containsExactly("anio", "id_beneficiario", "instrumento");
            assertThat(report.rejects()).extracting(Rejection::value).containsExactly("2023\u2400", "\u2401B2",
                    "EnCadena\u241f");
            assertThat(report.rejects()).extracting(Rejection::reason).allSatisfy(r -> assertThat(r).contains("control"));
            assertThat(storedRejects(report.jobId())).isEqualTo(report.rejects());
        }
        assertThat(datasets.dataset("bordes-csv").orElseThrow().interventions()).isEqualTo(1);
        assertThat(datasets.dataset("bordes-xlsx").orElseThrow().interventions()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ every order of failure

    /** A file of 1,200 rows rejected (bad year) and 10 valid ones: the rejects cross one batch of the reject log. */
    private Path halfRejected(String name) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 1_210; i++) {
            text.append("F-").append(i).append(",B").append(i).append(i <= 10 ? ",2023" : ",dos mil").append(",EnCadena,05001\n");
        }
        return write(name, text.toString());
    }

    private void assertFailedAndNothingStored(ImportReport report, String dataset, DatasetSummary before) {
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.FAILED);
        assertThat(report.message()).contains("no cambió nada").doesNotContain("injected").doesNotContain("import_");
        assertThat(datasets.dataset(dataset)).isEqualTo(java.util.Optional.ofNullable(before));
        assertThat(jobs.job(report.jobId()).orElseThrow().status()).isEqualTo(ImportStatus.FAILED);
    }

    private ImportReport importThrough(FaultyDatabase faults, Path file, String dataset, boolean acceptPartial) {
        return new InterventionImporter(faults.database(), SharedJoiner.get(), ReferenceData::classification).importFile(file,
                ImportOptions.of(dataset, file.getFileName().toString()).withAcceptPartial(acceptPartial), ImportListener.NONE);
    }

    @Test
    void rejectsThatCannotBeWrittenMidFileFailTheImportAndNothingIsStored() throws IOException {
        ImportReport report = importThrough(new FaultyDatabase(database).fail("executeBatch", "import_reject", 1),
                halfRejected("rechazos-a-mitad.csv"), "falla-rechazos", true);
        assertFailedAndNothingStored(report, "falla-rechazos", null);
    }

    @Test
    void theLastRejectsThatCannotBeWrittenBeforeTheCommitFailTheImport() throws IOException {
        ImportReport report = importThrough(new FaultyDatabase(database).fail("executeBatch", "import_reject", 2),
                halfRejected("rechazos-al-final.csv"), "falla-ultimos", true);
        assertFailedAndNothingStored(report, "falla-ultimos", null);
    }

    @Test
    void anEndThatCannotBeRecordedInTheTransactionFailsTheImport() throws IOException {
        ImportReport report = importThrough(new FaultyDatabase(database).fail("executeUpdate", "rows_read = ?", 1),
                halfRejected("fin.csv"), "falla-fin", true);
        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(datasets.dataset("falla-fin")).isEmpty();
        assertThat(jobs.job(report.jobId()).orElseThrow().status()).as("recorded outside the rolled-back transaction")
                .isEqualTo(ImportStatus.FAILED);
    }

    @Test
    void aCommitThatFailsStoresNothingAndSaysSo() throws IOException {
        ImportReport report = importThrough(new FaultyDatabase(database).fail("commit", "rows_read = ?", 1),
                halfRejected("commit.csv"), "falla-commit", true);
        assertFailedAndNothingStored(report, "falla-commit", null);
    }

    @Test
    void aCommitReportedFailedThatWentThroughIsImported() throws IOException {
        ImportReport report = importThrough(new FaultyDatabase(database).failAfter("commit", "rows_read = ?", 1),
                halfRejected("commit-hecho.csv"), "commit-hecho", true);
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(datasets.dataset("commit-hecho").orElseThrow().interventions()).isEqualTo(10);
        ImportReport stored = jobs.job(report.jobId()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(stored.rowsRejected()).isEqualTo(1_200);
        assertThat(jobs.forEachReject(report.jobId(), r -> { })).isEqualTo(1_200);
    }

    @Test
    void anEndThatStoredNothingIsRecordedOnceTheStoreAnswersAgain() throws IOException {
        ImportReport report = importThrough(new FaultyDatabase(database).fail("executeUpdate", "rows_read = ?", 1)
                .fail("executeUpdate", "rows_read = ?", 2), halfRejected("reintento.csv"), "reintento", false);
        assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(jobs.job(report.jobId()).orElseThrow().status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(jobs.forEachReject(report.jobId(), r -> { })).isEqualTo(1_200);
    }

    /**
     * Issue 13 §1 review: an end the store refuses longer than the retries (a REJECTED end is recorded outside the
     * rolled-back import: 4 tries) is recorded by a later heartbeat, so the job does not stay RUNNING.
     */
    @Test
    void anEndThatCannotBeRecordedEvenAfterTheRetriesIsRecordedLater() throws IOException {
        FaultyDatabase faults = new FaultyDatabase(database);
        for (int occurrence = 1; occurrence <= 4; occurrence++) {
            faults.fail("executeUpdate", "rows_read = ?", occurrence);
        }
        InterventionImporter importer = new InterventionImporter(faults.database(), SharedJoiner.get(), ReferenceData::classification);
        Path file = halfRejected("sin-registro.csv");
        ImportReport report = importer.importFile(file, ImportOptions.of("sin-registro", "sin-registro.csv"), ImportListener.NONE);
        assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(jobs.job(report.jobId()).orElseThrow().status()).as("the store refused every try").isEqualTo(ImportStatus.RUNNING);

        assertThat(importer.recordPendingEnds()).isEqualTo(1);
        assertThat(jobs.job(report.jobId()).orElseThrow().status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(importer.recordPendingEnds()).as("nothing left to record").isZero();
    }

    @Test
    void anOutOfMemoryErrorInTheImportEndsItsJobAndStoresNothing() throws IOException {
        importFile(write("antes.csv", HEADER + "\nO-1,B1,2023,EnCadena,05001\n"), "memoria", false);
        DatasetSummary before = datasets.dataset("memoria").orElseThrow();
        Path big = temp.resolve("memoria.csv");
        co.presencia.intervention.demo.BulkFileGenerator.write(big, SharedJoiner.get().catalog(), 12_000, 3);
        ImportReport report = importer.importFile(big, ImportOptions.of("memoria", "memoria.csv"), progress -> {
            if (progress.phase() == ImportProgress.Phase.READING && progress.rowsRead() >= 10_000) {
                throw new OutOfMemoryError("simulated: Java heap space");
            }
        });
        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(report.message()).contains("sin memoria").doesNotContain("heap space");
        assertThat(datasets.dataset("memoria").orElseThrow()).isEqualTo(before);
        assertThat(jobs.job(report.jobId()).orElseThrow().status()).isEqualTo(ImportStatus.FAILED);
    }

    // ------------------------------------------------------------------ encoding, malformed files, spreadsheets

    @Test
    void oneLatin1RowInAUtf8FileIsRejectedAndTheOthersKeepTheirAccents() throws IOException {
        Path file = temp.resolve("mezcla.csv");
        String head = "id_registro,id_beneficiario,anio,instrumento,municipio,departamento\n";
        try (var out = Files.newOutputStream(file)) {
            out.write((head + "E-1,B1,2023,Fábricas,Medellín,Antioquia\nE-2,B2,2023,Fábricas,Bogotá,Bogotá\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write("E-3,B3,2023,Fábricas,Nariño,Antioquia\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
            out.write("E-4,B4,2023,Fábricas,Cúcuta,Norte de Santander\nE-5,B5,2023,Fábricas,Ibagué,Tolima\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        ImportReport report = importFile(file, "mezcla", true);
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.source()).contains("UTF-8");
        assertThat(report.rowsAccepted()).isEqualTo(4);
        assertThat(report.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).contains("La línea 4 no es UTF-8").contains("0xE1");
        });
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("UTF-8, por mayoría").contains("(4)"));
        List<String> programs = new ArrayList<>();
        new InterventionRepository(database).forEach("mezcla", i -> programs.add(i.program()));
        assertThat(programs).containsOnly("Fábricas");
        assertThat(jobs.job(report.jobId()).orElseThrow().notes()).isEqualTo(report.notes());
    }

    @Test
    void anUnbalancedQuoteIsAnInvalidFileNamingItsLine() throws IOException {
        ImportReport report = importFile(write("comilla.csv", HEADER + "\nQ-1,B1,2023,EnCadena,05001\nQ-2,B2,2023,\"En"
                + "Cadena,05001\nQ-3,B3,2023,EnCadena,05001\n"), "comilla", true);
        assertInvalid(report, "comilla", "comilla sin cerrar", 3);
    }

    @Test
    void brokenWorkbooksAreInvalidFilesNamingSheetAndRow() throws IOException {
        Path good = spreadsheet("bueno.xlsx");
        assertInvalid(importFile(Workbooks.rewrite(good, temp.resolve("doctype.xlsx"), "xl/worksheets/sheet2.xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")),
                "doctype", true), "doctype", "DOCTYPE", 0);
        assertInvalid(importFile(Workbooks.rewrite(good, temp.resolve("celda.xlsx"), "xl/worksheets/sheet2.xml",
                xml -> xml.replace("r=\"C6\"", "r=\"1C\"")), "celda", true), "celda", "Referencia de celda inválida", 6);
        assertInvalid(importFile(Workbooks.zipBomb(good, temp.resolve("bomba.xlsx"), 120), "bomba", true), "bomba",
                "bomba zip", 0);
    }

    private void assertInvalid(ImportReport report, String dataset, String reason, long line) {
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.INVALID_FILE);
        assertThat(report.message()).contains(reason);
        assertThat(report.rejects()).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains(reason);
            assertThat(r.line()).isEqualTo(line);
        });
        assertThat(datasets.dataset(dataset)).isEmpty();
        assertThat(jobs.job(report.jobId()).orElseThrow().status()).isEqualTo(ImportStatus.INVALID_FILE);
    }

    /** A workbook as governments make them: a notes sheet, then a title, a cut-off date and a blank row, totals below. */
    private Path spreadsheet(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Intervenciones Colombia Productiva 2023"});
        rows.add(new String[] {"Fecha de corte: 31/12/2023"});
        rows.add(null);
        rows.add(new String[] {"ID Registro", "NIT", "Vigencia", "Instrumento", "Código DANE"});
        rows.add(new String[] {"S-1", "900123456", "2023", "EnCadena", "05001"});
        rows.add(new String[] {"S-2", "900123457", "2023", "EnCadena", "11001"});
        rows.add(null);
        rows.add(new String[] {"S-3", "900123458", "2023", "EnCadena", "5001"});
        rows.add(new String[] {"TOTAL", null, null, "3"});
        rows.add(new String[] {"Fuente: Colombia Productiva, Informe de Gestión 2023."});
        return Workbooks.write(temp.resolve(name), new Workbooks.Sheet("Notas",
                List.of(new String[] {"Diccionario de datos"}, new String[] {"ID Registro: consecutivo de la intervención"})),
                new Workbooks.Sheet("Intervenciones", rows), new Workbooks.Sheet("Resumen",
                List.of(new String[] {"id_registro", "id_beneficiario", "anio", "instrumento", "cod_municipio"},
                        new String[] {"R-1", "B1", "2023", "EnCadena", "05001"})));
    }

    @Test
    void aGovernmentWorkbookIsReadFromTheSheetAndRowOfItsHeaderAndSaysSo() throws IOException {
        ImportReport report = importFile(spreadsheet("gobierno.xlsx"), "gobierno", false);
        assertThat(report.status()).as(report.message() + report.rejects()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.inserted()).isEqualTo(3);
        assertThat(report.source()).isEqualTo("XLSX, hoja 'Intervenciones' (2 de 3), encabezado en la fila 4");
        assertThat(report.notes()).hasSize(3);
        assertThat(report.notes().get(2)).contains("fila 9 «TOTAL»").contains("fila 10 «Fuente: Colombia Productiva");
        ImportReport stored = jobs.job(report.jobId()).orElseThrow();
        assertThat(stored.source()).isEqualTo(report.source());
        assertThat(stored.notes()).isEqualTo(report.notes());

        ImportReport chosen = importer.importFile(temp.resolve("gobierno.xlsx"), ImportOptions.of("resumen", "gobierno.xlsx")
                .withSheet("resumen"), ImportListener.NONE);
        assertThat(chosen.status()).as(chosen.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(chosen.source()).isEqualTo("XLSX, hoja 'Resumen' (3 de 3), encabezado en la fila 1");
        assertThat(chosen.inserted()).isEqualTo(1);

        ImportReport missing = importer.importFile(temp.resolve("gobierno.xlsx"), ImportOptions.of("sin-hoja", "gobierno.xlsx")
                .withSheet("Hoja1"), ImportListener.NONE);
        assertThat(missing.status()).isEqualTo(ImportStatus.INVALID_FILE);
        assertThat(missing.message()).contains("no tiene una hoja 'Hoja1'").contains("Notas, Intervenciones, Resumen");
    }

    /** On PostGIS a first import loads straight into the table; a repeated id sends it through staging again. */
    @Test
    void aRepeatedIdInAFirstImportIsRejectedOnceWithTheOtherRejects() throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 3_000; i++) {
            text.append("R-").append(i == 2_500 ? 7 : i).append(",B").append(i).append(i % 1000 == 0 ? ",dos mil" : ",2023")
                    .append(",EnCadena,05001\n");
        }
        ImportReport report = importFile(write("repetido.csv", text.toString()), "repetido", true);
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.rowsRead()).isEqualTo(3_000);
        assertThat(report.rowsRejected()).isEqualTo(3 + 2);
        assertThat(report.rowsAccepted()).isEqualTo(2_995);
        assertThat(report.rejects()).extracting(Rejection::line).containsExactly(8L, 1001L, 2001L, 2501L, 3001L);
        assertThat(jobs.forEachReject(report.jobId(), r -> { })).isEqualTo(5);
        assertThat(datasets.dataset("repetido").orElseThrow().interventions()).isEqualTo(2_995);
    }
}
