package co.presencia.bench;

import co.presencia.reference.ReferenceDataReader;
import co.presencia.spatial.MunicipalityLocator;
import co.presencia.spatial.sql.Database;
import co.presencia.spatial.sql.SchemaMigrator;
import co.presencia.spatial.sql.SqlDialect;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.GroupSettings;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.ReferenceFiles;
import co.presencia.territory.TerritoryRepository;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Benchmark, not a test (run by {@code scripts/bench-locate}): places 1,000,000 population-weighted random points
 * (fixed seed) with the in-memory {@link MunicipalityLocator} and with PostGIS {@code ST_Intersects} over a GiST
 * index, on the same points in the same run, and prints both throughputs; the last line is {@code ratio_vs_postgis=R}.
 *
 * <p>Arguments: shapefiles folder, PostGIS JDBC URL, number of points (default 1,000,000).
 */
public final class LocateBenchmark {

    private LocateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shapefiles = Path.of(args[0]);
        String postgisUrl = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;

        ReferenceCatalog catalog = ReferenceDataReader.read(ReferenceFiles.standard(shapefiles), GroupSettings.DEFAULT);
        double[][] points = populationWeightedPoints(catalog, count, 20231125L);
        System.out.printf(Locale.ROOT, "points=%d (population-weighted by DANE 2023 projections, seed 20231125)%n", count);

        Map<DivipolaCode, Geometry> polygons = new TreeMap<>();
        catalog.municipalitiesWithBoundary().forEach(m -> polygons.put(m.code(), m.geometry()));
        long buildStart = System.nanoTime();
        MunicipalityLocator<DivipolaCode> locator = MunicipalityLocator.build(polygons);
        System.out.printf(Locale.ROOT, "memory_index_build_ms=%d%n", (System.nanoTime() - buildStart) / 1_000_000);

        String[] memoryAnswer = new String[count];
        double bestMemory = Double.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            IntStream.range(0, count).parallel().forEach(i -> {
                DivipolaCode code = locator.locateOrNull(points[i][0], points[i][1]);
                memoryAnswer[i] = code == null ? null : code.value();
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            bestMemory = Math.min(bestMemory, seconds);
        }
        double memoryRate = count / bestMemory;
        System.out.printf(Locale.ROOT, "memory_seconds=%.3f memory_points_per_second=%.0f (best of 5, %d threads)%n",
                bestMemory, memoryRate, Runtime.getRuntime().availableProcessors());

        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        String schema = "bench_locate";
        try (Connection admin = DriverManager.getConnection(postgisUrl); Statement s = admin.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        dataSource.setURL(postgisUrl + (postgisUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
        Database database = Database.of(dataSource, SqlDialect.POSTGIS);
        SchemaMigrator.migrate(database);
        new TerritoryRepository(database).replaceAll(catalog, "bench");

        String[] postgisAnswer = new String[count];
        double postgisSeconds;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_point (id INTEGER PRIMARY KEY, geom geometry(Point, 4326) NOT NULL)");
            copyPoints(c, points);
            s.execute("ANALYZE bench_point");
            s.execute("ANALYZE municipality");
            long start = System.nanoTime();
            s.execute("""
                    CREATE TABLE bench_answer AS
                    SELECT p.id,
                           (SELECT m.code FROM municipality m
                            WHERE m.geom && p.geom AND ST_Intersects(m.geom, p.geom)
                            ORDER BY m.code LIMIT 1) AS code
                    FROM bench_point p""");
            postgisSeconds = (System.nanoTime() - start) / 1e9;
            try (ResultSet rs = s.executeQuery("SELECT id, code FROM bench_answer")) {
                while (rs.next()) {
                    postgisAnswer[rs.getInt(1)] = rs.getString(2);
                }
            }
        }
        double postgisRate = count / postgisSeconds;
        System.out.printf(Locale.ROOT, "postgis_seconds=%.3f postgis_points_per_second=%.0f (ST_Intersects + GiST, set-based)%n",
                postgisSeconds, postgisRate);

        int disagreements = 0;
        int unplaced = 0;
        for (int i = 0; i < count; i++) {
            if (memoryAnswer[i] == null) {
                unplaced++;
            }
            if (memoryAnswer[i] == null ? postgisAnswer[i] != null : !memoryAnswer[i].equals(postgisAnswer[i])) {
                disagreements++;
            }
        }
        System.out.printf(Locale.ROOT, "disagreements=%d unplaced=%d%n", disagreements, unplaced);
        try (Connection admin = DriverManager.getConnection(postgisUrl); Statement s = admin.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        System.out.printf(Locale.ROOT, "ratio_vs_postgis=%.1f%n", memoryRate / postgisRate);
    }

    static double[][] populationWeightedPoints(ReferenceCatalog catalog, int count, long seed) {
        List<Municipality> units = new ArrayList<>(catalog.vintage(2023).municipalities().stream()
                .map(code -> catalog.municipality(code).orElseThrow()).toList());
        double[] cumulative = new double[units.size()];
        double total = 0;
        for (int i = 0; i < units.size(); i++) {
            total += Math.max(1, units.get(i).populationIn(2023).orElse(1L));
            cumulative[i] = total;
        }
        IndexedPointInAreaLocator[] locators = new IndexedPointInAreaLocator[units.size()];
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = new double[count][];
        for (int n = 0; n < count; n++) {
            double pick = random.nextDouble() * total;
            int index = java.util.Arrays.binarySearch(cumulative, pick);
            index = index < 0 ? -index - 1 : index;
            Municipality m = units.get(index);
            if (locators[index] == null) {
                locators[index] = new IndexedPointInAreaLocator(m.geometry());
            }
            Envelope env = m.geometry().getEnvelopeInternal();
            while (true) {
                double x = env.getMinX() + random.nextDouble() * env.getWidth();
                double y = env.getMinY() + random.nextDouble() * env.getHeight();
                if (locators[index].locate(new Coordinate(x, y)) == Location.INTERIOR) {
                    points[n] = new double[] {x, y};
                    break;
                }
            }
        }
        return points;
    }

    private static void copyPoints(Connection c, double[][] points) throws SQLException, IOException {
        StringBuilder text = new StringBuilder(points.length * 48);
        for (int i = 0; i < points.length; i++) {
            text.append(i).append('\t').append("SRID=4326;POINT(")
                    .append(points[i][0]).append(' ').append(points[i][1]).append(")\n");
        }
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_point (id, geom) FROM STDIN",
                new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
