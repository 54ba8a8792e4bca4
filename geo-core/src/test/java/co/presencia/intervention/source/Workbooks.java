package co.presencia.intervention.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Workbooks for the import tests, written with POI: sheets of rows given as string arrays (a null array is a blank
 * row; a cell that parses as a number is written as one, as Excel keeps codes and years; a control character is
 * written as Excel writes it, {@code _x0000_}, where POI's streaming writer would put a '?'), and copies of a workbook
 * with one part changed (a DOCTYPE, a bad cell reference, a zip bomb).
 */
public final class Workbooks {

    /** One sheet: its name and its rows from row 1. */
    public record Sheet(String name, List<String[]> rows) {
    }

    /** Stands for a control character in a cell until the sheet XML is written: a private-use character, then 4 hex digits. */
    private static final char MARK = '\uE000';
    private static final java.util.regex.Pattern MARKED = java.util.regex.Pattern.compile(MARK + "([0-9A-F]{4})");

    private Workbooks() {
    }

    public static Path write(Path file, Sheet... sheets) throws IOException {
        boolean marked = false;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            for (Sheet sheet : sheets) {
                var target = workbook.createSheet(sheet.name());
                for (int r = 0; r < sheet.rows().size(); r++) {
                    String[] cells = sheet.rows().get(r);
                    if (cells == null) {
                        continue;
                    }
                    var row = target.createRow(r);
                    for (int c = 0; c < cells.length; c++) {
                        if (cells[c] == null) {
                            continue;
                        }
                        if (cells[c].matches("-?\\d{1,9}(\\.\\d+)?") && !cells[c].startsWith("0")) {
                            row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                        } else {
                            String value = marked(cells[c]);
                            marked |= !value.equals(cells[c]);
                            row.createCell(c).setCellValue(value);
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        if (marked) {
            Path unmarked = file.resolveSibling(file.getFileName() + ".tmp");
            rewrite(file, unmarked, name -> name.startsWith("xl/worksheets/"),
                    xml -> MARKED.matcher(xml).replaceAll("_x$1_"));
            Files.move(unmarked, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private static String marked(String text) {
        if (ControlCharacterScan.first(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (ControlCharacterScan.forbidden(c)) {
                out.append(MARK).append(String.format(java.util.Locale.ROOT, "%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A copy of {@code xlsx} with the text of part {@code entry} changed. */
    public static Path rewrite(Path xlsx, Path copy, String entry, UnaryOperator<String> change) throws IOException {
        return rewrite(xlsx, copy, entry::equals, change);
    }

    private static Path rewrite(Path xlsx, Path copy, java.util.function.Predicate<String> entries,
            UnaryOperator<String> change) throws IOException {
        try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (entries.test(e.getName())) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy;
    }

    /** A copy of {@code xlsx} whose first sheet is {@code megabytes} MB of XML that compresses about 1000 to 1. */
    public static Path zipBomb(Path xlsx, Path copy, int megabytes) throws IOException {
        try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    int at = text.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < megabytes; i++) {
                        out.write(spaces);
                    }
                    out.write(text.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        return copy;
    }

}
