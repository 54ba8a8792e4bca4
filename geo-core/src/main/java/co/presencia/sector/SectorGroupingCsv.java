package co.presencia.sector;

import co.presencia.text.NameKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a sector grouping from a CSV file, one grouping per file (file name = grouping id, as the user-defined
 * territory groups): each line maps a CIIU code of any level (a class, a group, a division or a section letter,
 * written as {@link CiiuClassification#parse} reads them) to a sector id and name.
 *
 * <pre>
 * sector,nombre_sector,ciiu
 * alimentos,Alimentos y bebidas,10
 * alimentos,Alimentos y bebidas,11
 * cafe,Café,0123
 * </pre>
 *
 * An optional column {@code agrupacion} names the grouping. Every line is checked: an unknown code, a sector id
 * given two names, or a class that two lines put in a sector (overlapping mappings, even into the same sector) fails
 * the whole file with its name, line and field.
 */
public final class SectorGroupingCsv {

    private static final List<String> SECTOR_COLUMNS = List.of("sector", "id_sector", "sector_id", "codigo_sector");
    private static final List<String> NAME_COLUMNS = List.of("nombre_sector", "sector_nombre", "sector_name", "nombre", "name");
    private static final List<String> CODE_COLUMNS = List.of("ciiu", "codigo_ciiu", "ciiu_rev4", "code", "codigo");
    private static final List<String> GROUPING_COLUMNS = List.of("agrupacion", "grouping");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreSurroundingSpaces(true).get();

    /** A record and the line of the file it ends on (comment lines counted, so errors name the line an editor shows). */
    private record Line(CSVRecord row, long number) {
    }

    private SectorGroupingCsv() {
    }

    /** Every {@code *.csv} in {@code folder}, in file-name order. */
    public static List<SectorGrouping> readAll(Path folder, CiiuClassification classification) {
        try (Stream<Path> files = Files.list(folder)) {
            List<SectorGrouping> groupings = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().toList()) {
                groupings.add(read(file, classification));
            }
            return groupings;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list sector groupings in " + folder, e);
        }
    }

    /** One grouping file, as configuration. */
    public static SectorGrouping read(Path file, CiiuClassification classification) {
        String id = idOf(file.getFileName().toString());
        List<Line> rows;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = lines(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(file.toString(), id, rows, SectorGroupingKind.CONFIGURED,
                "definida por el usuario: " + file.getFileName(), classification);
    }

    /** A grouping shipped as a resource beside this class (the example). */
    static SectorGrouping readResource(String resource, SectorGroupingKind kind, String source,
                                       CiiuClassification classification) {
        try (InputStream in = Objects.requireNonNull(SectorGroupingCsv.class.getResourceAsStream(resource), resource);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(resource, idOf(resource), lines(reader), kind, source, classification);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + resource, e);
        }
    }

    private static List<Line> lines(Reader input) throws IOException {
        BufferedReader reader = new BufferedReader(input);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord row : parser) {
                lines.add(new Line(row, parser.getCurrentLineNumber()));
            }
        }
        return lines;
    }

    private static String idOf(String fileName) {
        return fileName.replaceFirst("(?i)\\.csv$", "").strip().toLowerCase(Locale.ROOT);
    }

    private static SectorGrouping read(String origin, String id, List<Line> rows, SectorGroupingKind kind,
                                       String source, CiiuClassification classification) {
        if (!SectorGrouping.ID.matcher(id).matches()) {
            throw new InvalidSectorGroupingException(origin + ": the file name gives the grouping id '" + id
                    + "'; use lower-case letters, digits and '-', starting with a letter");
        }
        if (SectorGrouping.RESERVED_IDS.contains(id)) {
            throw new InvalidSectorGroupingException(origin + ": '" + id + "' is reserved (a CIIU level or an API path); name the file otherwise");
        }
        if (rows.isEmpty()) {
            throw new InvalidSectorGroupingException(origin + ": no sectors");
        }
        CSVRecord first = rows.get(0).row();
        String sectorColumn = column(origin, first, SECTOR_COLUMNS);
        String nameColumn = column(origin, first, NAME_COLUMNS);
        String codeColumn = column(origin, first, CODE_COLUMNS);
        String groupingColumn = optionalColumn(first, GROUPING_COLUMNS);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, TreeSet<String>> classes = new LinkedHashMap<>();
        Map<String, String> mappedBy = new HashMap<>();
        for (Line numbered : rows) {
            CSVRecord row = numbered.row();
            String line = origin + ", line " + numbered.number();
            String sector = value(row, sectorColumn);
            String name = value(row, nameColumn);
            String written = value(row, codeColumn);
            if (sector.isEmpty() || name.isEmpty()) {
                throw new InvalidSectorGroupingException(line + ": the sector id (" + sectorColumn + ") and name ("
                        + nameColumn + ") are required");
            }
            String known = names.putIfAbsent(sector, name);
            if (known != null && !known.equals(name)) {
                throw new InvalidSectorGroupingException(line + ", field " + nameColumn + ": sector '" + sector
                        + "' is named '" + known + "' on an earlier line and '" + name + "' here");
            }
            CiiuCode code;
            try {
                code = classification.parse(codeColumn, written);
            } catch (InvalidCiiuCodeException e) {
                throw new InvalidSectorGroupingException(line + ", field " + codeColumn + ": " + e.getMessage());
            }
            String here = line.substring(origin.length() + 2) + " (" + written + ")";
            TreeSet<String> set = classes.computeIfAbsent(sector, s -> new TreeSet<>());
            for (CiiuActivity c : classification.classesOf(code.activity())) {
                String earlier = mappedBy.putIfAbsent(c.code(), here + " → " + sector);
                if (earlier != null) {
                    throw new InvalidSectorGroupingException(line + ", field " + codeColumn + ": '" + written
                            + "' overlaps an earlier mapping: class " + c.code() + " is already mapped by " + earlier
                            + "; map each class once");
                }
                set.add(c.code());
            }
        }
        String groupingName = groupingColumn == null || value(first, groupingColumn).isEmpty() ? id : value(first, groupingColumn);
        List<Sector> sectors = names.entrySet().stream()
                .map(e -> new Sector(e.getKey(), e.getValue(), classes.get(e.getKey()))).toList();
        return new SectorGrouping(id, groupingName, kind, source, sectors, classification);
    }

    private static String value(CSVRecord row, String column) {
        return row.isSet(column) ? row.get(column).strip() : "";
    }

    private static String column(String origin, CSVRecord first, List<String> candidates) {
        String found = optionalColumn(first, candidates);
        if (found == null) {
            throw new InvalidSectorGroupingException(origin + ": expected a column among " + candidates + ", found "
                    + first.toMap().keySet());
        }
        return found;
    }

    private static String optionalColumn(CSVRecord first, List<String> candidates) {
        Set<String> headers = first.toMap().keySet();
        for (String candidate : candidates) {
            for (String header : headers) {
                if (NameKey.of(header).replace(' ', '_').equals(candidate)) {
                    return header;
                }
            }
        }
        return null;
    }
}
