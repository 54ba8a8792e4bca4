package co.presencia.intervention.demo;

import co.presencia.territory.Municipality;
import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the rows of the demo file as planners send them: the municipality as its code, its code without the leading
 * zero, its name and department (with and without accents, in capitals, as an alias) or a point in it (one in eight
 * swapped); and the invalid rows that each break one rule of the import.
 */
final class DemoRowWriter {

    static final String HEADER = "id_registro,id_beneficiario,anio,instrumento,eje,tamano_empresa,cod_municipio,"
            + "municipio,departamento,longitud,latitud,sector,monto_cop,enfoque,estado";
    /** The draw of the main generator that picks a record's activity: ten values, as when the demo had ten codes. */
    private static final int ACTIVITY_DRAW = 10;

    private final Writer out;
    private final PointSampler points;
    private final Random random;
    private final DemoActivities activities;

    DemoRowWriter(Writer out, PointSampler points, Random random, DemoActivities activities) {
        this.out = out;
        this.points = points;
        this.random = random;
        this.activities = activities;
    }

    void header() throws IOException {
        out.write(HEADER);
        out.write('\n');
    }

    /** One valid record of {@code program} for {@code beneficiary} in {@code m}. */
    void row(int record, String beneficiary, DemoProgram program, String size, Municipality m) throws IOException {
        String code = m.code().value();
        String codeCell = "";
        String nameCell = "";
        String departmentCell = "";
        String lon = "";
        String lat = "";
        double form = random.nextDouble();
        if (form < 0.62) {
            codeCell = code;
        } else if (form < 0.72) {
            // Excel ate the leading zero where there was one.
            codeCell = code.startsWith("0") ? code.substring(1) : code;
        } else if (form < 0.88) {
            nameCell = messyName(m.name(), random);
            departmentCell = messyName(m.department().name(), random);
        } else {
            double[] p = points.pick(m.code(), random);
            boolean swapped = random.nextInt(8) == 0;
            lon = String.valueOf(swapped ? p[1] : p[0]);
            lat = String.valueOf(swapped ? p[0] : p[1]);
        }
        String focus = program.focus() == null ? "" : program.focus();
        String status = random.nextInt(10) < 6 ? "finalizada" : "iniciada";
        long amount = Math.max(1, Math.round(program.amountMillions() * (0.6 + 0.8 * random.nextDouble()) * 1_000_000));
        StringBuilder line = new StringBuilder(200);
        line.append(String.format(Locale.ROOT, "CP23-%06d", record)).append(',')
                .append(beneficiary).append(",2023,").append(csv(program.name())).append(',')
                .append(csv(random.nextInt(5) == 0 ? program.axis().toLowerCase(Locale.ROOT) : program.axis())).append(',')
                .append(csv(size)).append(',').append(codeCell).append(',').append(csv(nameCell)).append(',')
                .append(csv(departmentCell)).append(',').append(lon).append(',').append(lat).append(',')
                .append(activities.cell(program, m, random.nextInt(ACTIVITY_DRAW))).append(',').append(amount).append(',')
                .append(csv(focus)).append(',').append(status).append('\n');
        out.append(line);
    }

    /** Names as people type them: DANE's spelling, capitals, no accents, or a known alias. */
    private static String messyName(String name, Random random) {
        String alias = switch (name) {
            case "Bogotá, D.C." -> "Bogotá D.C.";
            case "Cartagena de Indias" -> "Cartagena";
            case "San Andrés de Tumaco" -> "Tumaco";
            case "Mompós" -> "Santa Cruz de Mompox";
            case "San José de Cúcuta" -> "Cúcuta";
            default -> null;
        };
        int r = random.nextInt(4);
        if (alias != null && r == 0) {
            return alias;
        }
        if (r == 1) {
            return name.toUpperCase(Locale.ROOT);
        }
        if (r == 2) {
            return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        return name;
    }

    private static String csv(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** The invalid rows, numbered after {@code lastRecord}: each breaks one rule the import enforces. */
    void invalidRows(int lastRecord) throws IOException {
        int r = lastRecord;
        String[] rows = {
            // Missing beneficiary id.
            "%s,,2023,EnCadena,Encadenamientos,Micro,05001,,,,,C1011,24000000,,iniciada",
            // Year written with the letter O.
            "%s,900555001,2O23,SENAInnova,Sofisticación,Pequeña,11001,,,,,J6201,44000000,,finalizada",
            // Unknown company size.
            "%s,900555002,2023,Territorios Clúster,Aglomeraciones y clústeres,Gigante,76001,,,,,C1410,30000000,,finalizada",
            // Unknown axis.
            "%s,900555003,2023,Productividad Verde,Logística,Mediana,68001,,,,,C2023,9000000,,iniciada",
            // Code that is no municipality.
            "%s,UP-900001,2023,Crecer Juntos,Economía popular,Unidad productiva,99999,,,,,G4711,2000000,,iniciada",
            // Ambiguous name without department (La Unión exists in four departments).
            "%s,UP-900002,2023,Crecer Juntos,Economía popular,Unidad productiva,,La Unión,,,,G4711,2000000,,iniciada",
            // Point in the Caribbean Sea.
            "%s,UP-900003,2023,Mujeres más Productivas,Economía popular,Unidad productiva,,,,-78.2,12.1,G4711,3000000,mujeres,finalizada",
            // Point in the Pacific, also when swapped.
            "%s,UP-900004,2023,Mujeres más Productivas,Economía popular,Unidad productiva,,,,-79.6,2.4,G4711,3000000,mujeres,finalizada",
            // No location at all.
            "%s,UP-900005,2023,Artesanos más Productivos,Economía popular,Unidad productiva,,,,,,C3110,4000000,artesanos,iniciada",
            // Municipality unknown in its department.
            "%s,UP-900006,2023,Crecer Juntos,Economía popular,Unidad productiva,,Villa Esperanza,Antioquia,,,G4711,2000000,,iniciada",
            // A CIIU class that does not exist (division 19 has 1910, 1921, 1922).
            "%s,900555009,2023,EnCadena,Encadenamientos,Pequeña,05001,,,,,1999,24000000,,iniciada",
        };
        for (String row : rows) {
            r++;
            out.write(String.format(Locale.ROOT, row, String.format(Locale.ROOT, "CP23-%06d", r)));
            out.write('\n');
        }
        // The same record id twice: both rows are rejected.
        r++;
        String id = String.format(Locale.ROOT, "CP23-%06d", r);
        out.write(id + ",UP-900007,2023,Crecer Juntos,Economía popular,Unidad productiva,19001,,,,,G4711,2000000,,iniciada\n");
        out.write(id + ",UP-900008,2023,Crecer Juntos,Economía popular,Unidad productiva,19130,,,,,G4711,2000000,,iniciada\n");
    }
}
