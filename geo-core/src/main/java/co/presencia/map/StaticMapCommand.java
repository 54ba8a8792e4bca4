package co.presencia.map;

import co.presencia.feature.FeatureCollection;
import co.presencia.feature.TerritoryFeatureCollections;
import co.presencia.reference.ReferenceDataReader;
import co.presencia.territory.GroupSettings;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.ReferenceFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The command line behind {@code scripts/static-map}: renders a choropleth of a territory collection to PNG or SVG
 * (chosen by the output file's extension) from the reference data folder, without starting the web application.
 *
 * <pre>
 * --level municipalities|departments|pdet-subregions   (default municipalities)
 * --value density_km2|population|area_km2|…            (default density_km2)
 * --year 2023 --classes 5 --method quantiles|jenks|equal --ramp viridis|ylgnbu|blues|purples|puor --width 1000
 * --department-code 05   (municipalities of one department) --title "…" --data shapefiles --out map.png
 * </pre>
 */
public final class StaticMapCommand {

    private StaticMapCommand() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(usage());
                return;
            }
            if (!arg.startsWith("--") || i + 1 >= args.length) {
                System.err.println("Unexpected argument '" + arg + "'\n" + usage());
                System.exit(2);
            }
            options.put(arg.substring(2), args[++i]);
        }
        Path out = Path.of(options.getOrDefault("out", "map.png"));
        String level = options.getOrDefault("level", TerritoryFeatureCollections.MUNICIPALITIES);
        Path data = Path.of(options.getOrDefault("data", "shapefiles"));
        long start = System.nanoTime();
        ReferenceCatalog catalog = ReferenceDataReader.read(ReferenceFiles.standard(data), GroupSettings.DEFAULT);
        TerritoryFeatureCollections territory = new TerritoryFeatureCollections(catalog,
                Integer.parseInt(options.getOrDefault("year", "2023")), null);
        FeatureCollection collection = territory.collections().stream().filter(c -> c.metadata().id().equals(level)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown level '" + level + "': use municipalities, departments or pdet-subregions"));
        Map<String, String> parameters = new HashMap<>();
        if (options.containsKey("year")) {
            parameters.put("year", options.get("year"));
        }
        Map<String, String> filters = new HashMap<>();
        if (options.containsKey("department-code")) {
            filters.put("department_code", options.get("department-code"));
        }
        ChoroplethMap map = CollectionChoropleth.of(collection, parameters, filters, options.getOrDefault("value", "density_km2"),
                ClassificationMethod.parse(options.getOrDefault("method", "quantiles")),
                Integer.parseInt(options.getOrDefault("classes", "5")),
                ColorRamp.parse(options.getOrDefault("ramp", "viridis")),
                Integer.parseInt(options.getOrDefault("width", "1000")), options.get("title"));
        new ChoroplethRenderer().write(map, out);
        System.out.printf(Locale.ROOT, "static-map: wrote %s (%d units, %d ms)%n", out.toAbsolutePath(), map.features().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    static String usage() {
        return "usage: static-map [--level municipalities|departments|pdet-subregions] [--value density_km2] [--year 2023]\n"
                + "                  [--classes 5] [--method quantiles|jenks|equal] [--ramp viridis|ylgnbu|blues|purples|puor]\n"
                + "                  [--width 1000] [--department-code 05] [--title TEXT] [--data shapefiles] --out map.png|map.svg";
    }
}
