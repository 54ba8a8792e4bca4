package co.presencia.intervention.source;

import java.util.Locale;

/**
 * Where an XLSX is being read (the part, the sheet, the row) and what a failure there means for people: a zip bomb,
 * a DOCTYPE (XML entities, refused), broken XML, or not a workbook at all. Library messages stay out of the reason;
 * the exception is kept as the cause for the server log.
 */
final class XlsxProblems {

    private String part = "el libro";
    private String sheet;
    private long row;

    void part(String name) {
        part = name;
        sheet = null;
        row = 0;
    }

    void sheet(String name) {
        part = null;
        sheet = name;
        row = 0;
    }

    void row(long number) {
        row = number;
    }

    String position() {
        if (sheet == null) {
            return part;
        }
        return "hoja '" + sheet + "'" + (row > 0 ? ", fila " + row : "");
    }

    MalformedFileException problem(String reason) {
        return new MalformedFileException(reason, position(), row);
    }

    /** The failure {@code e} as a reason for people, at the current position. */
    MalformedFileException explain(Throwable e) {
        String text = messages(e);
        String reason;
        if (text.contains("zip bomb")) {
            reason = "El XLSX se expande de forma anómala al descomprimirlo (posible bomba zip) y no se lee"
                    + " (the XLSX expands abnormally: possible zip bomb)";
        } else if (text.contains("doctype")) {
            reason = "El XLSX contiene una declaración DOCTYPE (entidades XML), que no se admite por seguridad"
                    + " (DOCTYPE not allowed in an XLSX)";
        } else if (text.contains("saxparseexception") && !text.contains("ooxml")) {
            reason = "El XLSX tiene XML dañado y no se puede leer (broken XML in the XLSX)";
        } else {
            reason = "El archivo no es un libro XLSX válido o está dañado; guárdelo de nuevo desde Excel o como CSV"
                    + " (not a valid XLSX workbook)";
        }
        return new MalformedFileException(reason, position(), row, e);
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getClass().getSimpleName()).append(' ').append(t.getMessage()).append(' ');
            if (t.getCause() == t) {
                break;
            }
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }
}
