package co.presencia.intervention;

import co.presencia.text.NameKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a file holds which {@link SourceField}: the explicit mapping first (field → header as written,
 * matched as a {@link NameKey}), then the aliases. Built from the header; problems with the header as a whole
 * (a required field without a column, two columns for one field) are {@link #problems()}, each a sentence.
 */
public final class ColumnMapping {

    private final Map<SourceField, Integer> index;
    private final Map<SourceField, String> headers;
    private final List<String> ignored;
    private final List<String> problems;

    private ColumnMapping(Map<SourceField, Integer> index, Map<SourceField, String> headers, List<String> ignored,
                          List<String> problems) {
        this.index = index;
        this.headers = headers;
        this.ignored = ignored;
        this.problems = problems;
    }

    /**
     * Resolves {@code header}.
     *
     * @param explicit field → header name overrides (may be empty); a header named here is not matched by alias
     */
    public static ColumnMapping resolve(List<String> header, Map<SourceField, String> explicit) {
        Map<SourceField, Integer> index = new EnumMap<>(SourceField.class);
        Map<SourceField, String> names = new EnumMap<>(SourceField.class);
        List<String> ignored = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean[] taken = new boolean[header.size()];
        explicit.forEach((field, name) -> {
            String key = NameKey.of(name);
            int found = -1;
            for (int i = 0; i < header.size(); i++) {
                if (NameKey.of(header.get(i)).equals(key)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                problems.add("La columna '" + name + "' indicada para " + field.id() + " no está en el encabezado"
                        + " (mapped column not in the header)");
            } else {
                index.put(field, found);
                names.put(field, header.get(found));
                taken[found] = true;
            }
        });
        for (int i = 0; i < header.size(); i++) {
            if (taken[i]) {
                continue;
            }
            String name = header.get(i);
            Optional<SourceField> field = SourceField.ofHeader(name);
            if (field.isEmpty() || explicit.containsKey(field.get())) {
                if (name != null && !name.isBlank()) {
                    ignored.add(name);
                }
                continue;
            }
            if (index.containsKey(field.get())) {
                problems.add("Dos columnas para " + field.get().id() + ": '" + names.get(field.get()) + "' y '" + name
                        + "' (two columns for one field; map one explicitly)");
                continue;
            }
            index.put(field.get(), i);
            names.put(field.get(), name);
        }
        requireColumns(index, problems);
        return new ColumnMapping(index, names, List.copyOf(ignored), List.copyOf(problems));
    }

    /** The header must give the record, the beneficiary, the program, a year or date, and a location. */
    private static void requireColumns(Map<SourceField, Integer> index, List<String> problems) {
        requireOne(index, problems, SourceField.RECORD_ID);
        requireOne(index, problems, SourceField.BENEFICIARY_ID);
        requireOne(index, problems, SourceField.PROGRAM);
        if (!index.containsKey(SourceField.YEAR) && !index.containsKey(SourceField.DATE)) {
            problems.add("Falta la columna del año (anio, año, vigencia) o de la fecha (fecha) (missing year or date column)");
        }
        boolean code = index.containsKey(SourceField.MUNICIPALITY_CODE);
        boolean name = index.containsKey(SourceField.MUNICIPALITY_NAME);
        boolean lon = index.containsKey(SourceField.LONGITUDE);
        boolean lat = index.containsKey(SourceField.LATITUDE);
        if (lon != lat) {
            problems.add("Longitud y latitud van juntas: falta la columna " + (lon ? "latitud" : "longitud")
                    + " (longitude and latitude go together)");
        }
        if (!code && !name && !(lon && lat)) {
            problems.add("Falta la ubicación: ninguna columna de código DIVIPOLA (cod_municipio, codigo_dane, divipola), "
                    + "nombre de municipio (municipio) ni coordenadas (longitud, latitud) (no location column)");
        }
    }

    private static void requireOne(Map<SourceField, Integer> index, List<String> problems, SourceField field) {
        if (!index.containsKey(field)) {
            problems.add("Falta la columna " + field.id() + " (se acepta: " + String.join(", ", field.aliases().subList(0,
                    Math.min(4, field.aliases().size()))) + ") (missing required column)");
        }
    }

    /** The 0-based column of {@code field}, or -1. */
    public int column(SourceField field) {
        Integer i = index.get(field);
        return i == null ? -1 : i;
    }

    public boolean has(SourceField field) {
        return index.containsKey(field);
    }

    /** The header as written for {@code field}, or the field id when the file has no such column. */
    public String header(SourceField field) {
        return headers.getOrDefault(field, field.id());
    }

    /** Field id → header as written, in field order. */
    public Map<String, String> describe() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        headers.forEach((field, name) -> out.put(field.id(), name));
        return out;
    }

    /** Header cells that map to no field. */
    public List<String> ignored() {
        return ignored;
    }

    /** Problems with the header as a whole; empty when rows can be read. */
    public List<String> problems() {
        return problems;
    }

    /** Parses "field=Header,field2=Header 2" (the CLI's and the API's form). Unknown fields throw. */
    public static Map<SourceField, String> parseExplicit(String text) {
        Map<SourceField, String> out = new EnumMap<>(SourceField.class);
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Mapeo inválido '" + pair + "': use campo=Encabezado (field=Header)");
            }
            String fieldId = pair.substring(0, eq).strip();
            SourceField field = SourceField.ofId(fieldId).orElseThrow(() -> new IllegalArgumentException(
                    "Campo desconocido '" + fieldId + "' en el mapeo (unknown field); campos: "
                            + java.util.Arrays.stream(SourceField.values()).map(SourceField::id).toList()));
            out.put(field, pair.substring(eq + 1).strip());
        }
        return out;
    }
}
