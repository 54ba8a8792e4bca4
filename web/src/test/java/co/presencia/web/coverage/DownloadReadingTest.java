package co.presencia.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.application.CoverageContext;
import co.presencia.coverage.CoverageFigures.Denominator;
import co.presencia.coverage.CoverageFigures.MunicipalityRow;
import co.presencia.coverage.FigureTables;
import co.presencia.error.InvalidParameterException;
import co.presencia.text.CsvWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Downloads written for people (lang=es|en): titles in the language, rounded decimals, and what the table is about first. */
class DownloadReadingTest {

    static final List<MunicipalityRow> ROWS = List.of(
            new MunicipalityRow("52835", "San Andrés de Tumaco", "52", "Nariño", 2, 2.0 / 7, 2, true, 265_599L, 2 * 10_000.0 / 265_599, 1));

    static Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataset", new CoverageContext.DatasetRef("demo", "Demo (sintético)", true, Instant.EPOCH));
        body.put("filter", new CoverageContext.FilterView(new TreeSet<>(Set.of(2023)), List.of("calidad"), Set.of(), List.of(),
                List.of("52"), 2023));
        body.put("denominator", new Denominator(1121, 2023, "1121 municipios y áreas no municipalizadas vigentes en 2023"));
        body.put("source", "Presencia; DANE");
        return body;
    }

    @Test
    void aCsvForPeopleSaysWhatItIsAboutThenUsesSpanishTitlesAndRoundedDecimals() {
        DownloadReading es = DownloadReading.parse("es");
        String csv = new String(TableDownload.csv(FigureTables.MUNICIPALITIES, ROWS, CsvWriter.Dialect.SEMICOLON_DECIMAL_COMMA, es,
                es.about("municipios-2023", body())), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFTabla;municipios-2023");
        assertThat(lines).contains("Conjunto de datos;Demo (sintético) (demo)", "Año de reporte;2023", "Eje;calidad", "Programa;todos",
                "Departamento;52", "Denominador;1121 municipios y áreas no municipalizadas vigentes en 2023", "Fuente;Presencia; DANE".replace("Presencia; DANE", "\"Presencia; DANE\""));
        assertThat(lines).anyMatch(l -> l.startsWith("Aviso;Datos sintéticos de demostración")).anyMatch(l -> l.startsWith("Generado;"));
        int blank = lines.indexOf("");
        assertThat(blank).as("an empty row between what the table is about and the table").isPositive();
        assertThat(lines.get(blank + 1)).startsWith("Código DIVIPOLA (5 dígitos);Nombre (DANE);");
        assertThat(lines.get(blank + 2)).contains(";0,2857;").contains(";Sí;").contains(";0,08;");
    }

    @Test
    void anXlsxForPeopleHasItsTitlesInEnglishAndASheetAboutIt() throws Exception {
        DownloadReading en = DownloadReading.parse("en");
        byte[] xlsx = TableDownload.xlsx(FigureTables.MUNICIPALITIES, ROWS, "municipios-2023", en, en.about("municipios-2023", body()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet data = workbook.getSheetAt(0);
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DIVIPOLA code (5 digits)");
            assertThat(data.getRow(1).getCell(5).getNumericCellValue()).as("share, 4 decimals").isEqualTo(0.2857);
            assertThat(data.getRow(1).getCell(9).getNumericCellValue()).as("per 10,000, 2 decimals").isEqualTo(0.08);
            Sheet about = workbook.getSheet("About this table");
            assertThat(about).isNotNull();
            assertThat(about.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Demo (sintético) (demo)");
            assertThat(about.getRow(2).getCell(1).getStringCellValue()).startsWith("Synthetic demonstration data");
        }
    }

    @Test
    void withoutLangDownloadsStayAsProgramsReadThem() {
        assertThat(DownloadReading.parse(null)).isNull();
        String csv = new String(TableDownload.csv(FigureTables.MUNICIPALITIES, ROWS, CsvWriter.Dialect.COMMA), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcode,name,departmentCode").contains(",0.285714,").contains(",0.075301,");
        assertThatThrownBy(() -> DownloadReading.parse("fr"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("lang"));
    }
}
