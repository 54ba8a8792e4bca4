package co.presencia.intervention.demo;

import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritoryGroup;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the demo file: a synthetic year of interventions calibrated to what Colombia Productiva's 2023 management
 * report publishes (see {@code docs/interventions.md}):
 * <ul>
 *   <li>about 20,000 beneficiaries over the instruments and axes of DOMAIN.md, mostly Crecer Juntos units of the
 *       popular economy; companies are 96% mipyme;</li>
 *   <li>department shares of beneficiaries: Antioquia 12.6%, Nariño 11.1%, Bogotá 10.4%, Chocó 8.8%, Valle del
 *       Cauca 6.7%, Cauca 6.1%, the other 27 departments the remaining 44.3% (the report's own figures add up to
 *       100.9%: its "45.2%" is not reproduced), weighted by population;</li>
 *   <li>about 615 municipalities reached, about 114 of them PDET; the ten municipalities the report names hold
 *       39.5% of the beneficiaries;</li>
 *   <li>messy rows as planners send them: codes without their leading zero, names (with and without accents, in
 *       capitals, with aliases) instead of codes, coordinates, some swapped, and a few invalid rows (listed in
 *       {@link #INVALID_ROWS}) so the rejects report has something real to show.</li>
 * </ul>
 * Deterministic for a catalog and a seed.
 */
public final class DemoDatasetGenerator {

    public static final long DEFAULT_SEED = 2023;
    public static final int TARGET_BENEFICIARIES = 20_000;
    public static final int TARGET_MUNICIPALITIES = 615;
    public static final int TARGET_PDET = 114;
    /** Invalid rows appended to the file (each one rejected on import). */
    public static final int INVALID_ROWS = 12;

    static final String HEADER = "id_registro,id_beneficiario,anio,instrumento,eje,tamano_empresa,cod_municipio,"
            + "municipio,departamento,longitud,latitud,sector,monto_cop,enfoque,estado";

    /** Department shares of beneficiaries the report states (%). */
    private static final Map<String, Double> NAMED_DEPARTMENTS = Map.of(
            "05", 12.6, "52", 11.1, "11", 10.4, "27", 8.8, "76", 6.7, "19", 6.1);
    /** The ten municipalities the report names, with shares (%) adding up to its 39.5%. */
    private static final Map<String, Double> TOP_TEN = topTen();

    private static Map<String, Double> topTen() {
        Map<String, Double> top = new LinkedHashMap<>();
        top.put("11001", 10.4); // Bogotá, D.C. (the whole department)
        top.put("05001", 6.0);  // Medellín
        top.put("27250", 4.5);  // El Litoral del San Juan
        top.put("54001", 3.6);  // San José de Cúcuta
        top.put("13001", 3.3);  // Cartagena de Indias
        top.put("52079", 3.0);  // Barbacoas
        top.put("52835", 2.9);  // San Andrés de Tumaco
        top.put("52001", 2.3);  // Pasto
        top.put("76001", 2.0);  // Cali
        top.put("19001", 1.5);  // Popayán
        return top;
    }

    /** Instrument, axis, beneficiaries, whether beneficiaries are popular-economy units, differential focus. */
    private record Program(String name, String axis, int beneficiaries, boolean productiveUnits, String focus, long amountMillions) {
    }

    private static final List<Program> PROGRAMS = List.of(
            new Program("Mujeres más Productivas", "Economía popular", 5000, true, "mujeres", 3),
            new Program("Artesanos más Productivos", "Economía popular", 1900, true, "artesanos", 4),
            new Program("Minicadenas Agroindustriales", "Economía popular", 1200, true, "víctimas", 6),
            new Program("Crecer Juntos", "Economía popular", 6500, true, null, 2),
            new Program("Fábricas de Productividad y Sostenibilidad", "Productividad", 1415, false, null, 48),
            new Program("Productividad Verde", "Productividad", 330, false, null, 9),
            new Program("Apuestas Productivas Sostenibles", "Productividad", 50, false, null, 60),
            new Program("Productividad para la internacionalización de servicios", "Productividad", 100, false, null, 35),
            new Program("EnCadena", "Encadenamientos", 300, false, null, 24),
            new Program("Encadenamientos productivos de Servicios Basados en Conocimiento", "Encadenamientos", 40, false, null, 15),
            new Program("Extensionismo en calidad", "Calidad", 1505, false, null, 7),
            new Program("Calidad para la Internacionalización", "Calidad", 90, false, null, 130),
            new Program("SENAInnova", "Sofisticación", 400, false, null, 44),
            new Program("Territorios Clúster", "Aglomeraciones y clústeres", 320, false, null, 30),
            new Program("Apuestas Productivas", "Aglomeraciones y clústeres", 120, false, null, 50),
            new Program("Empretur", "Estrategias sectoriales", 600, false, null, 12),
            new Program("Cannabis y cáñamo", "Estrategias sectoriales", 100, false, null, 50),
            new Program("Alianza PROA", "Estrategias sectoriales", 13, false, null, 80));

    private static final String[] SECTORS = {"C1011", "C1410", "C2023", "C2511", "C3100", "G4711", "I5511", "J6201", "N8299", "A0112"};

    /** What was generated, for checking the calibration. */
    public record Summary(int rows, int validRows, int beneficiaries, int municipalities, int pdetMunicipalities,
                          double topTenShare, double mipymeShareOfCompanies, Map<String, Double> departmentShares) {
    }

    private final ReferenceCatalog catalog;
    private final long seed;

    public DemoDatasetGenerator(ReferenceCatalog catalog, long seed) {
        this.catalog = catalog;
        this.seed = seed;
    }

    /** Writes the demo CSV (UTF-8, comma-separated) to {@code file}. */
    public Summary write(Path file) throws IOException {
        Random random = new Random(seed);
        List<Municipality> units = catalog.municipalities().stream()
                .filter(m -> m.inForce(2023) && m.geometry() != null).toList();
        Set<DivipolaCode> pdet = catalog.group("pdet").map(TerritoryGroup::municipalities).orElse(new java.util.TreeSet<>());
        Map<DivipolaCode, Integer> perMunicipality = allocate(units, pdet, random);
        PointSampler points = new PointSampler(units, 4, seed);
        Map<DivipolaCode, Municipality> byCode = new HashMap<>();
        units.forEach(m -> byCode.put(m.code(), m));

        // One program per beneficiary, by municipality kind: company programs lean to the big cities.
        List<Program> companyPrograms = PROGRAMS.stream().filter(p -> !p.productiveUnits()).toList();
        List<Program> unitPrograms = PROGRAMS.stream().filter(Program::productiveUnits).toList();
        int companies = companyPrograms.stream().mapToInt(Program::beneficiaries).sum();
        int totalTarget = PROGRAMS.stream().mapToInt(Program::beneficiaries).sum();
        double companyShare = (double) companies / totalTarget;

        List<DivipolaCode> order = new ArrayList<>(perMunicipality.keySet());
        order.sort(Comparator.naturalOrder());
        int record = 0;
        int beneficiaries = 0;
        int companyCount = 0;
        int mipymes = 0;
        Set<DivipolaCode> reached = new HashSet<>();
        Map<String, Integer> byDepartment = new TreeMap<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (DivipolaCode code : order) {
                Municipality m = byCode.get(code);
                long population = m.populationIn(2023).orElse(10_000L);
                // Cities above 300,000 inhabitants get about twice the company share; small places less.
                double localCompanyShare = Math.min(0.9, companyShare * (population > 300_000 ? 2.2 : population > 80_000 ? 1.2 : 0.55));
                int n = perMunicipality.get(code);
                for (int k = 0; k < n; k++) {
                    boolean company = random.nextDouble() < localCompanyShare;
                    Program program = pick(company ? companyPrograms : unitPrograms, random);
                    beneficiaries++;
                    String beneficiary = company
                            ? String.valueOf(800_000_000L + random.nextInt(199_999_999))
                            : String.format(Locale.ROOT, "UP-%06d", beneficiaries);
                    String size = company ? companySize(random) : "Unidad productiva";
                    if (company) {
                        companyCount++;
                        if (!size.equals("Grande")) {
                            mipymes++;
                        }
                    }
                    record++;
                    writeRow(out, record, beneficiary, program, size, m, points, random);
                    reached.add(code);
                    byDepartment.merge(code.departmentCode(), 1, Integer::sum);
                    // About one company in twelve also took a second instrument (one beneficiary, two records).
                    if (company && random.nextInt(12) == 0) {
                        Program second = pick(companyPrograms, random);
                        if (second != program) {
                            record++;
                            writeRow(out, record, beneficiary, second, size, m, points, random);
                        }
                    }
                }
            }
            int valid = record;
            writeInvalidRows(out, record);
            int pdetReached = (int) reached.stream().filter(pdet::contains).count();
            int topTen = TOP_TEN.keySet().stream().mapToInt(c -> perMunicipality.getOrDefault(new DivipolaCode(c), 0)).sum();
            Map<String, Double> shares = new TreeMap<>();
            int total = beneficiaries;
            byDepartment.forEach((d, c) -> shares.put(d, 100.0 * c / total));
            return new Summary(valid + INVALID_ROWS, valid, beneficiaries, reached.size(), pdetReached,
                    100.0 * topTen / beneficiaries, companyCount == 0 ? 0 : 100.0 * mipymes / companyCount, shares);
        }
    }

    private static Program pick(List<Program> programs, Random random) {
        int total = programs.stream().mapToInt(Program::beneficiaries).sum();
        int r = random.nextInt(total);
        for (Program p : programs) {
            r -= p.beneficiaries();
            if (r < 0) {
                return p;
            }
        }
        return programs.get(programs.size() - 1);
    }

    private static String companySize(Random random) {
        double r = random.nextDouble();
        return r < 0.45 ? "Micro" : r < 0.78 ? "Pequeña" : r < 0.96 ? "Mediana" : "Grande";
    }

    private void writeRow(BufferedWriter out, int record, String beneficiary, Program program, String size,
                          Municipality m, PointSampler points, Random random) throws IOException {
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
                .append(SECTORS[random.nextInt(SECTORS.length)]).append(',').append(amount).append(',')
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

    /** The invalid rows: each breaks one rule the import enforces. */
    private static void writeInvalidRows(BufferedWriter out, int lastRecord) throws IOException {
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
            "%s,UP-900005,2023,Artesanos más Productivos,Economía popular,Unidad productiva,,,,,,C3100,4000000,artesanos,iniciada",
            // Municipality unknown in its department.
            "%s,UP-900006,2023,Crecer Juntos,Economía popular,Unidad productiva,,Villa Esperanza,Antioquia,,,G4711,2000000,,iniciada",
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

    /**
     * Beneficiaries per municipality: the top ten fixed; each department's share spread over its reached
     * municipalities by population; the reached set drawn (weighted by population, PDET weighted to hit the PDET
     * target) to hit the municipality target.
     */
    private Map<DivipolaCode, Integer> allocate(List<Municipality> units, Set<DivipolaCode> pdet, Random random) {
        Map<String, List<Municipality>> byDepartment = new TreeMap<>();
        units.forEach(m -> byDepartment.computeIfAbsent(m.code().departmentCode(), d -> new ArrayList<>()).add(m));
        Map<String, Double> departmentShare = departmentShares(byDepartment);

        // Choose the reached set: weighted sampling without replacement, with a PDET factor found by bisection.
        double low = 0.2;
        double high = 5;
        Set<DivipolaCode> reached = null;
        for (int iteration = 0; iteration < 30; iteration++) {
            double factor = (low + high) / 2;
            reached = drawReached(byDepartment, departmentShare, pdet, factor, new Random(seed + 17));
            long pdetCount = reached.stream().filter(pdet::contains).count();
            if (pdetCount == TARGET_PDET) {
                break;
            }
            if (pdetCount < TARGET_PDET) {
                low = factor;
            } else {
                high = factor;
            }
        }
        Map<DivipolaCode, Double> weight = new HashMap<>();
        for (Map.Entry<String, List<Municipality>> e : byDepartment.entrySet()) {
            double share = departmentShare.get(e.getKey());
            double fixed = 0;
            List<Municipality> others = new ArrayList<>();
            for (Municipality m : e.getValue()) {
                Double top = TOP_TEN.get(m.code().value());
                if (top != null) {
                    weight.put(m.code(), top);
                    fixed += top;
                } else if (reached.contains(m.code())) {
                    others.add(m);
                }
            }
            double rest = Math.max(0, share - fixed);
            double sum = others.stream().mapToDouble(m -> Math.pow(m.populationIn(2023).orElse(5_000L), 0.55)).sum();
            for (Municipality m : others) {
                // No municipality outside the named ten may outrank the tenth (Popayán, 1.5%).
                weight.put(m.code(), Math.min(1.2, rest * Math.pow(m.populationIn(2023).orElse(5_000L), 0.55) / sum));
            }
        }
        // Largest-remainder rounding to TARGET_BENEFICIARIES, at least one each.
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<DivipolaCode, Integer> counts = new TreeMap<>();
        List<Map.Entry<DivipolaCode, Double>> remainders = new ArrayList<>();
        int assigned = 0;
        for (Map.Entry<DivipolaCode, Double> e : weight.entrySet()) {
            double exact = TARGET_BENEFICIARIES * e.getValue() / total;
            int n = Math.max(1, (int) Math.floor(exact));
            counts.put(e.getKey(), n);
            assigned += n;
            remainders.add(Map.entry(e.getKey(), exact - Math.floor(exact)));
        }
        remainders.sort(Map.Entry.<DivipolaCode, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; assigned < TARGET_BENEFICIARIES && i < remainders.size(); i++, assigned++) {
            counts.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return counts;
    }

    private static Map<String, Double> departmentShares(Map<String, List<Municipality>> byDepartment) {
        Map<String, Double> shares = new TreeMap<>();
        double named = NAMED_DEPARTMENTS.values().stream().mapToDouble(Double::doubleValue).sum();
        double rest = 100 - named;
        Map<String, Double> restWeight = new TreeMap<>();
        for (Map.Entry<String, List<Municipality>> e : byDepartment.entrySet()) {
            if (NAMED_DEPARTMENTS.containsKey(e.getKey())) {
                shares.put(e.getKey(), NAMED_DEPARTMENTS.get(e.getKey()));
            } else {
                long population = e.getValue().stream().mapToLong(m -> m.populationIn(2023).orElse(0L)).sum();
                double w = Math.pow(Math.max(population, 50_000), 0.8);
                // Norte de Santander and Bolívar hold Cúcuta and Cartagena (3.6% and 3.3% on their own).
                if (e.getKey().equals("54")) {
                    w *= 2.4;
                } else if (e.getKey().equals("13")) {
                    w *= 1.8;
                }
                restWeight.put(e.getKey(), w);
            }
        }
        double sum = restWeight.values().stream().mapToDouble(Double::doubleValue).sum();
        restWeight.forEach((d, w) -> shares.put(d, rest * w / sum));
        return shares;
    }

    private static Set<DivipolaCode> drawReached(Map<String, List<Municipality>> byDepartment, Map<String, Double> share,
                                                 Set<DivipolaCode> pdet, double pdetFactor, Random random) {
        // Reached municipalities per department: proportional to share^0.5 × size, capped by its municipalities.
        Map<String, Double> want = new TreeMap<>();
        double sum = 0;
        for (Map.Entry<String, List<Municipality>> e : byDepartment.entrySet()) {
            double w = Math.sqrt(share.get(e.getKey())) * e.getValue().size();
            want.put(e.getKey(), w);
            sum += w;
        }
        Set<DivipolaCode> reached = new HashSet<>();
        List<String> departments = new ArrayList<>(want.keySet());
        int target = TARGET_MUNICIPALITIES;
        for (String d : departments) {
            List<Municipality> members = byDepartment.get(d);
            int k = (int) Math.max(1, Math.min(members.size(), Math.round(target * want.get(d) / sum)));
            // Efraimidis–Spirakis: key = u^(1/w), the k largest keys.
            List<Map.Entry<Municipality, Double>> keys = new ArrayList<>();
            for (Municipality m : members) {
                double w = Math.pow(m.populationIn(2023).orElse(5_000L), 0.5) * (pdet.contains(m.code()) ? pdetFactor : 1);
                if (TOP_TEN.containsKey(m.code().value())) {
                    w = Double.MAX_VALUE;
                }
                keys.add(Map.entry(m, Math.pow(random.nextDouble(), 1 / w)));
            }
            keys.sort(Map.Entry.<Municipality, Double>comparingByValue().reversed());
            for (int i = 0; i < k; i++) {
                reached.add(keys.get(i).getKey().code());
            }
        }
        return reached;
    }
}
