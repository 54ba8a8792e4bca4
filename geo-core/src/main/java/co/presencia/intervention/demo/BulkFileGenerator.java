package co.presencia.intervention.demo;

import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A large, uniform, always-valid intervention file for load tests and the benchmark: even rows are placed by
 * DIVIPOLA code, odd rows by a longitude/latitude inside the municipality (so half the rows exercise point in
 * polygon). Record ids {@code R0000001…} sort in file order. Written streaming; deterministic for a seed.
 */
public final class BulkFileGenerator {

    static final String HEADER = "id_registro,id_beneficiario,anio,instrumento,eje,tamano_empresa,cod_municipio,longitud,latitud,sector,monto,estado";
    private static final String[][] PROGRAMS = {
        {"Fábricas de Productividad y Sostenibilidad", "productividad"},
        {"Extensionismo en calidad", "calidad"},
        {"EnCadena", "encadenamientos"},
        {"SENAInnova", "sofisticacion"},
        {"Mujeres más Productivas", "economia popular"},
        {"Territorios Clúster", "aglomeraciones"},
    };
    private static final String[] SIZES = {"micro", "pequena", "mediana", "grande", "unidad productiva"};
    /** CIIU classes as planners write them (with and without the section letter or the leading zero); all valid. */
    private static final String[] ACTIVITIES = {"1011", "C1410", "2023", "2511", "3110", "4711", "G4719", "5511", "5611",
        "6201", "8299", "0111", "111", "A0123", "4290", "9602"};

    private BulkFileGenerator() {
    }

    /** Writes {@code rows} rows (plus the header) to {@code file}. */
    public static void write(Path file, ReferenceCatalog catalog, int rows, long seed) throws IOException {
        List<Municipality> units = catalog.municipalities().stream()
                .filter(m -> m.inForce(2023) && m.geometry() != null).toList();
        PointSampler sampler = new PointSampler(units, 6, seed);
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(160);
            for (int i = 1; i <= rows; i++) {
                DivipolaCode code = units.get(random.nextInt(units.size())).code();
                String[] program = PROGRAMS[random.nextInt(PROGRAMS.length)];
                line.setLength(0);
                line.append('R').append(String.format(java.util.Locale.ROOT, "%07d", i)).append(',')
                        .append('B').append(String.format(java.util.Locale.ROOT, "%08d", random.nextInt(rows / 2 + 1))).append(',')
                        .append("2023,").append(program[0]).append(',').append(program[1]).append(',')
                        .append(SIZES[random.nextInt(SIZES.length)]).append(',');
                if (i % 2 == 0) {
                    line.append(code.value()).append(",,");
                } else {
                    double[] p = sampler.pick(code, random);
                    line.append(',').append(p[0]).append(',').append(p[1]);
                }
                line.append(',').append(ACTIVITIES[random.nextInt(ACTIVITIES.length)]).append(',')
                        .append(1_000_000L * (1 + random.nextInt(90))).append(',')
                        .append(random.nextBoolean() ? "finalizada" : "iniciada").append('\n');
                out.append(line);
            }
        }
    }
}
