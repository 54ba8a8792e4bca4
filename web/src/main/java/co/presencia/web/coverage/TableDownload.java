package co.presencia.web.coverage;

import co.presencia.spatial.GeoJson;
import co.presencia.web.system.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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
import tools.jackson.databind.util.RawValue;

/**
 * Writes a table of records (the rows of a coverage endpoint) as CSV (UTF-8 with BOM, comma and point, or the
 * {@code csv-es} variant with semicolon and decimal comma that Excel in es-CO opens directly), XLSX, or GeoJSON
 * with each row's geometry. Text cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) are
 * prefixed with an apostrophe.
 */
final class TableDownload {

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
                default -> throw ApiException.badRequest("Unknown format '" + value + "'; use json, csv, csv-es, xlsx or geojson");
            };
        }
    }

    private TableDownload() {
    }

    static Map<String, Object> toMap(Object record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                map.put(component.getName(), component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return map;
    }

    static ResponseEntity<?> respond(Format format, String name, List<?> records, Map<String, Object> metadata,
                                     Function<Object, Geometry> geometryOf) {
        List<Map<String, Object>> rows = records.stream().map(TableDownload::toMap).toList();
        return switch (format) {
            case JSON -> ResponseEntity.ok(metadata);
            case CSV -> file(csv(rows, ',', false), name + ".csv", "text/csv;charset=UTF-8");
            case CSV_ES -> file(csv(rows, ';', true), name + ".csv", "text/csv;charset=UTF-8");
            case XLSX -> file(xlsx(rows, name), name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            case GEOJSON -> {
                if (geometryOf == null) {
                    throw ApiException.badRequest("This table has no geometry; use csv or xlsx");
                }
                List<Map<String, Object>> features = new ArrayList<>();
                for (Object record : records) {
                    Map<String, Object> feature = new LinkedHashMap<>();
                    feature.put("type", "Feature");
                    Geometry geometry = geometryOf.apply(record);
                    feature.put("geometry", geometry == null ? null : new RawValue(GeoJson.text(geometry, 6)));
                    feature.put("properties", toMap(record));
                    features.add(feature);
                }
                Map<String, Object> collection = new LinkedHashMap<>();
                collection.put("type", "FeatureCollection");
                collection.put("metadata", metadata.get("filter"));
                collection.put("features", features);
                yield ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".geojson").build().toString())
                        .contentType(MediaType.parseMediaType("application/geo+json"))
                        .body(collection);
            }
        };
    }

    private static ResponseEntity<byte[]> file(byte[] body, String filename, String contentType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(contentType))
                .body(body);
    }

    static byte[] csv(List<Map<String, Object>> rows, char separator, boolean decimalComma) {
        StringBuilder out = new StringBuilder("\uFEFF");
        if (rows.isEmpty()) {
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
        List<String> headers = new ArrayList<>(rows.get(0).keySet());
        appendLine(out, headers.stream().map(h -> (Object) h).toList(), separator, decimalComma);
        for (Map<String, Object> row : rows) {
            appendLine(out, headers.stream().map(row::get).toList(), separator, decimalComma);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendLine(StringBuilder out, List<Object> values, char separator, boolean decimalComma) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(csvCell(values.get(i), separator, decimalComma));
        }
        out.append("\r\n");
    }

    static String csvCell(Object value, char separator, boolean decimalComma) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
            symbols.setDecimalSeparator(decimalComma ? ',' : '.');
            return new DecimalFormat("0.######", symbols).format(((Number) value).doubleValue());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value instanceof Collection<?> c ? String.join(" ", c.stream().map(String::valueOf).toList()) : value.toString();
        text = neutraliseFormula(text);
        if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** A text that starts like a formula is prefixed with an apostrophe, so spreadsheets show it as text (OWASP CSV injection). */
    static String neutraliseFormula(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    static byte[] xlsx(List<Map<String, Object>> rows, String sheetName) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            if (!rows.isEmpty()) {
                List<String> headers = new ArrayList<>(rows.get(0).keySet());
                Row header = sheet.createRow(0);
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(headers.get(c));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (Map<String, Object> values : rows) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < headers.size(); c++) {
                        Object value = values.get(headers.get(c));
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value instanceof Boolean flag) {
                            cell.setCellValue(flag);
                        } else if (value instanceof Collection<?> list) {
                            cell.setCellValue(String.join(" ", list.stream().map(String::valueOf).toList()));
                        } else {
                            cell.setCellValue(value.toString());
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
}
