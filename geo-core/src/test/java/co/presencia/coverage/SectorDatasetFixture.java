package co.presencia.coverage;

import co.presencia.sector.CiiuActivity;
import co.presencia.sector.CiiuClassification;
import co.presencia.sector.CiiuLevel;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.ReferenceCatalog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A dataset that is not the demo, for the agreement contracts of the sector and economic figures: 3,000 beneficiaries
 * with 1–4 records each in 2022 and 2023, spread over every unit in force (few units each, so many stay unreached),
 * coded at every CIIU level as planners write them: classes in four digits, with the section letter, without the
 * leading zero; groups ({@code grupo 141}), divisions, section letters; the five replaced classes; and no code at
 * all. Deterministic for its seed; written as CSV for the importer.
 */
final class SectorDatasetFixture {

    static final String DATASET = "sectores-acuerdo";
    private static final String[] REPLACED = {"1030", "3210", "6514", "7110", "8890"};

    private SectorDatasetFixture() {
    }

    static void write(Path file, ReferenceCatalog catalog, CiiuClassification ciiu, long seed) throws IOException {
        Random random = new Random(seed);
        List<DivipolaCode> units = catalog.vintage(2023).municipalities().stream()
                .filter(c -> catalog.municipality(c).orElseThrow().geometry() != null).toList();
        List<CiiuActivity> classes = ciiu.activities(CiiuLevel.CLASS);
        List<CiiuActivity> groups = ciiu.activities(CiiuLevel.GROUP);
        List<CiiuActivity> divisions = ciiu.activities(CiiuLevel.DIVISION);
        List<CiiuActivity> sections = ciiu.activities(CiiuLevel.SECTION);
        String[] programs = {"Programa Uno", "Programa Dos", "Programa Tres"};
        String[] axes = {"productividad", "calidad", "encadenamientos"};
        int record = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,beneficiario,anio,programa,eje,cod_municipio,ciiu\n");
            for (int b = 0; b < 3000; b++) {
                // A beneficiary works in one or two places of one department, mostly in one activity.
                DivipolaCode home = units.get((int) Math.floor(Math.pow(random.nextDouble(), 2.5) * units.size()));
                String code = code(random, classes, groups, divisions, sections);
                int records = 1 + random.nextInt(4);
                for (int r = 0; r < records; r++) {
                    DivipolaCode place = random.nextInt(6) == 0 ? units.get(random.nextInt(units.size())) : home;
                    if (random.nextInt(5) == 0) {
                        code = code(random, classes, groups, divisions, sections);
                    }
                    out.write(String.format(Locale.ROOT, "S%06d,B%05d,%d,%s,%s,%s,%s%n", ++record, b, 2022 + random.nextInt(2),
                            programs[random.nextInt(programs.length)], axes[random.nextInt(axes.length)], place.value(), code));
                }
            }
        }
    }

    private static String code(Random random, List<CiiuActivity> classes, List<CiiuActivity> groups, List<CiiuActivity> divisions,
                               List<CiiuActivity> sections) {
        int kind = random.nextInt(100);
        if (kind < 10) {
            return "";
        }
        if (kind < 14) {
            return REPLACED[random.nextInt(REPLACED.length)];
        }
        if (kind < 24) {
            return "grupo " + groups.get(random.nextInt(groups.size())).code();
        }
        if (kind < 30) {
            return divisions.get(random.nextInt(divisions.size())).code();
        }
        if (kind < 34) {
            return sections.get(random.nextInt(sections.size())).code();
        }
        CiiuActivity c = classes.get(random.nextInt(classes.size()));
        return kind < 45 ? c.section() + c.code() : c.code();
    }
}
