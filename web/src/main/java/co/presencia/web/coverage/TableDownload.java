package co.presencia.web.coverage;

import co.presencia.error.InvalidParameterException;
import co.presencia.feature.Feature;
import co.presencia.feature.FeatureCrs;
import co.presencia.feature.GeoJsonWriter;
import co.presencia.spatial.GeoJson.CoordinateFormat;
import co.presencia.table.Column;
import co.presencia.table.TableDefinition;
import co.presencia.text.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.locationtech.jts.geom.Geometry;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Answers a table of rows in the format asked for: the JSON body as it is, or a download whose columns come from
 * the table's {@link TableDefinition} — CSV through {@link CsvWriter} (comma and point, or the {@code csv-es}
 * variant with semicolon and decimal comma that Excel in es-CO opens directly), XLSX, or GeoJSON through
 * {@link GeoJsonWriter} with each row's geometry (6 decimals, ≈ 0.1 m) and the row's first column as the feature id.
 * With a {@link DownloadReading} ({@code lang=es|en}) the CSV and XLSX are written for people: titles in that language,
 * rounded decimals, and what the table is about (selection, denominator, source, date, synthetic notice) first.
 */
final class TableDownload {

    /** Decimals of the downloaded GeoJSON coordinates (≈ 0.1 m). */
    private static final int GEOJSON_DECIMALS = 6;

    enum Format {
        JSON, CSV, CSV_ES, XLSX, GEOJSON;

        static Format parse(String value) {
            if (value == null || value.isBlank()) {
                return JSON;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                case "csv-es", "csv-excel", "csv;" -> CSV_ES;
                case "xlsx", "excel" -> XLSX;
                case "geojson" -> GEOJSON;
                default -> throw new InvalidParameterException("format", "format.unknown", value, "json, csv, csv-es, xlsx, geojson");
            };
        }
    }

    private TableDownload() {
    }

    /**
     * @param reading    how the CSV and XLSX are written for people, or null for the form programs read
     * @param body       the JSON answer (its {@code filter} member goes into the GeoJSON as {@code metadata}; its
     *                   dataset, filter, denominator and source into a download written for people)
     * @param geometryOf each row's geometry, EPSG:4326; null for a table without geometry (GeoJSON is then refused)
     */
    static <R> ResponseEntity<?> respond(Format format, DownloadReading reading, String name, TableDefinition<R> table, List<R> rows,
                                         Map<String, Object> body, Function<R, Geometry> geometryOf) {
        List<List<String>> about = reading == null ? null : reading.about(name, body);
        return switch (format) {
            case JSON -> ResponseEntity.ok(body);
            case CSV -> file(csv(table, rows, CsvWriter.Dialect.COMMA, reading, about), name + ".csv", "text/csv;charset=UTF-8");
            case CSV_ES -> file(csv(table, rows, CsvWriter.Dialect.SEMICOLON_DECIMAL_COMMA, reading, about), name + ".csv",
                    "text/csv;charset=UTF-8");
            case XLSX -> file(xlsx(table, rows, name, reading, about), name + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            case GEOJSON -> {
                if (geometryOf == null) {
                    throw new InvalidParameterException("format", "format.noGeometry");
                }
                yield file(geojson(table, rows, body.get("filter"), geometryOf), name + ".geojson", "application/geo+json");
            }
        };
    }

    private static ResponseEntity<byte[]> file(byte[] body, String filename, String contentType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(contentType))
                .body(body);
    }

    static <R> byte[] csv(TableDefinition<R> table, List<R> rows, CsvWriter.Dialect dialect) {
        return csv(table, rows, dialect, null, null);
    }

    /**
     * With a reading: what the table is about as (label, value) rows and an empty row (as a spreadsheet shows them),
     * then the titles, then the rounded rows.
     */
    static <R> byte[] csv(TableDefinition<R> table, List<R> rows, CsvWriter.Dialect dialect, DownloadReading reading,
                          List<List<String>> about) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + rows.size() * 96);
        try (CsvWriter csv = CsvWriter.open(new OutputStreamWriter(out, StandardCharsets.UTF_8), dialect)) {
            if (about != null) {
                about.forEach(csv::row);
                csv.row(List.of());
            }
            if (!rows.isEmpty() || reading != null) {
                csv.row(reading == null ? table.names() : reading.titles(table.columns()));
                for (R row : rows) {
                    csv.row(flatValues(table, row, reading));
                }
            }
        }
        return out.toByteArray();
    }

    private static <R> List<Object> flatValues(TableDefinition<R> table, R row, DownloadReading reading) {
        List<Object> values = new ArrayList<>(table.columns().size());
        for (Column<R> c : table.columns()) {
            values.add(reading == null ? c.flatValueOf(row) : reading.forPeople(c, c.flatValueOf(row)));
        }
        return values;
    }

    private static <R> byte[] geojson(TableDefinition<R> table, List<R> rows, Object metadata, Function<R, Geometry> geometryOf) {
        List<Feature> features = new ArrayList<>(rows.size());
        Column<R> id = table.columns().get(0);
        for (R row : rows) {
            features.add(new Feature(String.valueOf(id.valueOf(row)), table.values(row), geometryOf.apply(row)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            GeoJsonWriter.writeCollection(out, metadata == null ? Map.of() : Map.of("metadata", metadata), features,
                    FeatureCrs.CRS84, CoordinateFormat.lonLat(GEOJSON_DECIMALS), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static <R> byte[] xlsx(TableDefinition<R> table, List<R> rows, String sheetName) {
        return xlsx(table, rows, sheetName, null, null);
    }

    /** With a reading: titles in its language, rounded decimals, and a second sheet saying what the table is about. */
    static <R> byte[] xlsx(TableDefinition<R> table, List<R> rows, String sheetName, DownloadReading reading, List<List<String>> about) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            if (about != null) {
                Sheet notes = workbook.createSheet(reading.say("Acerca de esta tabla", "About this table"));
                for (int r = 0; r < about.size(); r++) {
                    Row line = notes.createRow(r);
                    line.createCell(0).setCellValue(about.get(r).get(0));
                    line.getCell(0).setCellStyle(bold);
                    line.createCell(1).setCellValue(about.get(r).get(1));
                }
            }
            if (!rows.isEmpty() || reading != null) {
                List<String> headers = reading == null ? table.names() : reading.titles(table.columns());
                Row header = sheet.createRow(0);
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(headers.get(c));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (R values : rows) {
                    Row row = sheet.createRow(r++);
                    List<Object> cells = flatValues(table, values, reading);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value != null) {
                            write(row.createCell(c), value);
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A typed cell: numbers as numbers, booleans as booleans, anything else as text (never a formula). */
    private static void write(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
