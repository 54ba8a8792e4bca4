package co.presencia.cli;

import co.presencia.application.StaticMaps;
import co.presencia.feature.CoverageFeatureCollections;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code presencia static-map --out MAP.png}: one call of {@link StaticMaps#render} on any polygon collection, the
 * coverage figures of a stored dataset ({@code municipal-coverage}, {@code department-coverage}) and the territory
 * ({@code municipalities}, {@code departments}, {@code pdet-subregions}) alike. The options become the map's query
 * as the HTTP endpoint {@code /api/v1/maps/{collection}.png} receives it; the core checks every name and value.
 */
@Command(name = "static-map",
        description = {"Dibuja un mapa de coropletas de una colección en PNG o SVG (según la extensión de --out).",
            "Draws a choropleth of a collection as PNG or SVG (by the extension of --out).",
            "Otros parámetros y propiedades filtrables de la colección: --NOMBRE VALOR (p. ej. --pdet true).",
            "Other parameters and queryable properties of the collection: --NAME VALUE (e.g. --pdet true)."})
final class StaticMapCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "MAPA.png|MAPA.svg",
            description = {"El archivo de salida.", "The output file."})
    Path out;

    @Option(names = "--collection", paramLabel = "COLECCIÓN",
            description = {"municipal-coverage (por defecto), department-coverage, municipalities, departments, pdet-subregions;",
                "también --level. Also --level; municipal-coverage is the default."})
    String collection;

    /** The name {@code scripts/static-map} used for the territory's collections. */
    @Option(names = "--level", paramLabel = "COLECCIÓN", hidden = true)
    String level;

    @Option(names = "--value", paramLabel = "PROPIEDAD",
            description = {"Propiedad numérica; por defecto beneficiaries (cobertura) o density_km2 (territorio).",
                "Numeric property; default beneficiaries (coverage) or density_km2 (territory)."})
    String value;

    @Option(names = "--method", paramLabel = "quantiles|jenks", description = {"Clasificación.", "Classification."})
    String method;

    @Option(names = "--classes", paramLabel = "5", description = {"Número de clases.", "Number of classes."})
    String classes;

    @Option(names = "--ramp", paramLabel = "viridis|ylgnbu|blues|puor", description = {"Rampa de color.", "Colour ramp."})
    String ramp;

    @Option(names = "--width", paramLabel = "1000", description = {"Ancho en píxeles.", "Width in pixels."})
    String width;

    @Option(names = "--title", paramLabel = "TEXTO", description = {"Título del mapa.", "Map title."})
    String title;

    @Option(names = "--dataset", paramLabel = "ID", description = {"Conjunto de datos (cobertura).", "Dataset (coverage)."})
    String dataset;

    @Option(names = "--year", paramLabel = "AÑO", description = {"Año de reporte.", "Reporting year."})
    String year;

    @Option(names = "--axis", paramLabel = "EJE", description = {"Eje o estrategia (cobertura).", "Axis or strategy (coverage)."})
    String axis;

    @Option(names = "--program", paramLabel = "P", description = {"Programa (cobertura).", "Program (coverage)."})
    String program;

    @Option(names = "--size", paramLabel = "T", description = {"Tamaño de empresa (cobertura).", "Company size (coverage)."})
    String size;

    @Option(names = "--department", paramLabel = "05", description = {"Departamentos (cobertura).", "Departments (coverage)."})
    String department;

    @Option(names = "--department-code", paramLabel = "05",
            description = {"Municipios de un departamento (territorio).", "Municipalities of one department (territory)."})
    String departmentCode;

    @Unmatched
    List<String> collectionParameters = new ArrayList<>();

    @Mixin
    StoreOptions store;

    StaticMapCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
        String id = collection();
        Path file = out.toAbsolutePath();
        StaticMaps.Format format = format(file);
        Map<String, String[]> query = query();
        try (Store opened = store.open(invocation)) {
            StaticMaps.Image image = opened.presencia().maps().render(id, query, format);
            Files.write(file, image.bytes());
            invocation.out().printf(Locale.ROOT, "static-map: %s (%d unidades)%n", file, image.units());
            return ExitCodes.OK;
        }
    }

    private StaticMaps.Format format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return StaticMaps.Format.PNG;
        }
        if (name.endsWith(".svg")) {
            return StaticMaps.Format.SVG;
        }
        throw new ParameterException(spec.commandLine(),
                "el archivo de salida termina en .png o .svg (the output file must end in .png or .svg): " + out);
    }

    /** The map's query: the options given, then {@code --NAME VALUE} pairs; a name given twice has two values. */
    Map<String, String[]> query() {
        Map<String, String[]> query = new LinkedHashMap<>();
        add(query, "value", value == null && isCoverage() ? "beneficiaries" : value);
        add(query, "method", method);
        add(query, "classes", classes);
        add(query, "ramp", ramp);
        add(query, "width", width);
        add(query, "title", title);
        add(query, "dataset", dataset);
        add(query, "year", year);
        add(query, "axis", axis);
        add(query, "program", program);
        add(query, "size", size);
        add(query, "department", department);
        add(query, "department_code", departmentCode);
        for (int i = 0; i < collectionParameters.size(); i++) {
            String argument = collectionParameters.get(i);
            if (!argument.startsWith("--") || argument.length() == 2) {
                throw new ParameterException(spec.commandLine(), "argumento inesperado '" + argument + "' (unexpected argument)");
            }
            int equals = argument.indexOf('=');
            if (equals > 0) {
                add(query, argument.substring(2, equals), argument.substring(equals + 1));
            } else if (i + 1 < collectionParameters.size()) {
                add(query, argument.substring(2), collectionParameters.get(++i));
            } else {
                throw new ParameterException(spec.commandLine(), "falta el valor de " + argument + " (missing value)");
            }
        }
        return query;
    }

    /** The collection named by {@code --collection} or {@code --level}, {@code municipal-coverage} by default. */
    String collection() {
        if (collection != null && level != null) {
            throw new ParameterException(spec.commandLine(), "--collection y --level son la misma opción: use una "
                    + "(the same option: give one)");
        }
        return collection != null ? collection : level != null ? level : CoverageFeatureCollections.MUNICIPAL_COVERAGE;
    }

    private boolean isCoverage() {
        String id = collection();
        return id.equals(CoverageFeatureCollections.MUNICIPAL_COVERAGE) || id.equals(CoverageFeatureCollections.DEPARTMENT_COVERAGE);
    }

    private static void add(Map<String, String[]> query, String name, String text) {
        if (text != null) {
            query.merge(name, new String[] {text}, (a, b) -> Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new));
        }
    }
}
