package co.presencia.intervention.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The file formats an import accepts. */
public enum SourceFormat {
    CSV,
    XLSX;

    /** By content: a ZIP signature ({@code PK\3\4}) is XLSX, anything else is read as CSV; the name breaks no tie. */
    public static SourceFormat detect(Path file, String fileName) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XLSX;
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls")) {
            throw new IOException("Los archivos .xls (Excel 97-2003) no se leen: guárdelo como .xlsx o .csv "
                    + "(legacy .xls is not supported: save as .xlsx or .csv)");
        }
        return CSV;
    }
}
