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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the demo file: a synthetic year of interventions calibrated to what Colombia Productiva's 2023 management
 * report publishes (see {@code docs/interventions.md}):
 * <ul>
 *   <li>about 20,000 beneficiaries over the instruments and axes of DOMAIN.md ({@link DemoProgram}), mostly Crecer
 *       Juntos units of the popular economy; companies are 96% mipyme;</li>
 *   <li>department shares of beneficiaries: Antioquia 12.6%, Nariño 11.1%, Bogotá 10.4%, Chocó 8.8%, Valle del
 *       Cauca 6.7%, Cauca 6.1%, the other 27 departments the remaining 44.3% (the report's own figures add up to
 *       100.9%: its "45.2%" is not reproduced), weighted by population;</li>
 *   <li>about 615 municipalities reached, about 114 of them PDET; the ten municipalities the report names hold
 *       39.5% of the beneficiaries ({@link DemoAllocation});</li>
 *   <li>a CIIU activity per record from the instrument's mix (manufacturing in Productividad and Calidad, farming in
 *       the rural municipalities of Encadenamientos, ...; {@link DemoActivities});</li>
 *   <li>messy rows as planners send them: codes without their leading zero, names (with and without accents, in
 *       capitals, with aliases) instead of codes, coordinates, some swapped, and a few invalid rows (listed in
 *       {@link #INVALID_ROWS}) so the rejects report has something real to show ({@link DemoRowWriter}).</li>
 * </ul>
 * Deterministic for a catalog and a seed.
 */
public final class DemoDatasetGenerator {

    public static final long DEFAULT_SEED = 2023;
    public static final int TARGET_BENEFICIARIES = 20_000;
    public static final int TARGET_MUNICIPALITIES = 615;
    public static final int TARGET_PDET = 114;
    /** Invalid rows appended to the file (each one rejected on import). */
    public static final int INVALID_ROWS = 13;

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
        Set<DivipolaCode> pdet = catalog.group("pdet").map(TerritoryGroup::municipalities).orElse(new TreeSet<>());
        Map<DivipolaCode, Integer> perMunicipality = new DemoAllocation(seed).allocate(units, pdet);
        PointSampler points = new PointSampler(units, 4, seed);
        Map<DivipolaCode, Municipality> byCode = new HashMap<>();
        units.forEach(m -> byCode.put(m.code(), m));
        List<DivipolaCode> order = new ArrayList<>(perMunicipality.keySet());
        order.sort(Comparator.naturalOrder());
        Tally tally = new Tally();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DemoRowWriter rows = new DemoRowWriter(out, points, random, new DemoActivities(seed));
            rows.header();
            Beneficiaries beneficiaries = new Beneficiaries(rows, random, tally);
            for (DivipolaCode code : order) {
                beneficiaries.write(byCode.get(code), perMunicipality.get(code));
            }
            int valid = tally.records;
            rows.invalidRows(tally.records);
            return tally.summary(valid, pdet, perMunicipality);
        }
    }

    /** The beneficiaries of one municipality: one program each, by municipality kind; some take a second one. */
    private static final class Beneficiaries {
        private final DemoRowWriter rows;
        private final Random random;
        private final Tally tally;
        private final List<DemoProgram> companyPrograms = DemoProgram.ALL.stream().filter(p -> !p.productiveUnits()).toList();
        private final List<DemoProgram> unitPrograms = DemoProgram.ALL.stream().filter(DemoProgram::productiveUnits).toList();
        private final double companyShare;

        Beneficiaries(DemoRowWriter rows, Random random, Tally tally) {
            this.rows = rows;
            this.random = random;
            this.tally = tally;
            int companies = companyPrograms.stream().mapToInt(DemoProgram::beneficiaries).sum();
            int totalTarget = DemoProgram.ALL.stream().mapToInt(DemoProgram::beneficiaries).sum();
            this.companyShare = (double) companies / totalTarget;
        }

        /** Writes the {@code n} beneficiaries of {@code m}; company programs lean to the big cities. */
        void write(Municipality m, int n) throws IOException {
            long population = m.populationIn(2023).orElse(10_000L);
            // Cities above 300,000 inhabitants get about twice the company share; small places less.
            double localCompanyShare = Math.min(0.9, companyShare * (population > 300_000 ? 2.2 : population > 80_000 ? 1.2 : 0.55));
            for (int k = 0; k < n; k++) {
                boolean company = random.nextDouble() < localCompanyShare;
                DemoProgram program = DemoProgram.pick(company ? companyPrograms : unitPrograms, random);
                int number = tally.beneficiary(m.code());
                String beneficiary = company
                        ? String.valueOf(800_000_000L + random.nextInt(199_999_999))
                        : String.format(Locale.ROOT, "UP-%06d", number);
                String size = company ? companySize(random) : "Unidad productiva";
                if (company) {
                    tally.company(size);
                }
                rows.row(tally.record(), beneficiary, program, size, m);
                // About one company in twelve also took a second instrument (one beneficiary, two records).
                if (company && random.nextInt(12) == 0) {
                    DemoProgram second = DemoProgram.pick(companyPrograms, random);
                    if (second != program) {
                        rows.row(tally.record(), beneficiary, second, size, m);
                    }
                }
            }
        }

        private static String companySize(Random random) {
            double r = random.nextDouble();
            return r < 0.45 ? "Micro" : r < 0.78 ? "Pequeña" : r < 0.96 ? "Mediana" : "Grande";
        }
    }

    /** What has been written: records, beneficiaries, companies and mipymes, municipalities and departments reached. */
    private static final class Tally {
        private int records;
        private int beneficiaries;
        private int companies;
        private int mipymes;
        private final Set<DivipolaCode> reached = new HashSet<>();
        private final Map<String, Integer> byDepartment = new TreeMap<>();

        /** Counts a beneficiary in {@code code}; returns its number. */
        int beneficiary(DivipolaCode code) {
            beneficiaries++;
            reached.add(code);
            byDepartment.merge(code.departmentCode(), 1, Integer::sum);
            return beneficiaries;
        }

        void company(String size) {
            companies++;
            if (!size.equals("Grande")) {
                mipymes++;
            }
        }

        /** Counts a record; returns its number. */
        int record() {
            return ++records;
        }

        Summary summary(int valid, Set<DivipolaCode> pdet, Map<DivipolaCode, Integer> perMunicipality) {
            int pdetReached = (int) reached.stream().filter(pdet::contains).count();
            int topTen = DemoAllocation.TOP_TEN.keySet().stream()
                    .mapToInt(c -> perMunicipality.getOrDefault(new DivipolaCode(c), 0)).sum();
            Map<String, Double> shares = new TreeMap<>();
            byDepartment.forEach((d, c) -> shares.put(d, 100.0 * c / beneficiaries));
            return new Summary(valid + INVALID_ROWS, valid, beneficiaries, reached.size(), pdetReached,
                    100.0 * topTen / beneficiaries, companies == 0 ? 0 : 100.0 * mipymes / companies, shares);
        }
    }
}
