package co.presencia.intervention.demo;

import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * How many demo beneficiaries each municipality gets, calibrated to the 2023 report: the ten municipalities it names
 * fixed at their shares; each department's share spread over its reached municipalities by population; the reached
 * set drawn (weighted by population, PDET weighted to hit the PDET target) to hit the municipality target.
 */
final class DemoAllocation {

    /** Department shares of beneficiaries the report states (%). */
    private static final Map<String, Double> NAMED_DEPARTMENTS = Map.of(
            "05", 12.6, "52", 11.1, "11", 10.4, "27", 8.8, "76", 6.7, "19", 6.1);
    /** The ten municipalities the report names, with shares (%) adding up to its 39.5%. */
    static final Map<String, Double> TOP_TEN = topTen();

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

    private final long seed;

    DemoAllocation(long seed) {
        this.seed = seed;
    }

    /** Beneficiaries per reached municipality of {@code units}, at least one each, adding up to the target. */
    Map<DivipolaCode, Integer> allocate(List<Municipality> units, Set<DivipolaCode> pdet) {
        Map<String, List<Municipality>> byDepartment = new TreeMap<>();
        units.forEach(m -> byDepartment.computeIfAbsent(m.code().departmentCode(), d -> new ArrayList<>()).add(m));
        Map<String, Double> departmentShare = departmentShares(byDepartment);
        Set<DivipolaCode> reached = reached(byDepartment, departmentShare, pdet);
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
        return round(weight);
    }

    /** The reached set: weighted sampling without replacement, with a PDET factor found by bisection. */
    private Set<DivipolaCode> reached(Map<String, List<Municipality>> byDepartment, Map<String, Double> departmentShare,
                                      Set<DivipolaCode> pdet) {
        double low = 0.2;
        double high = 5;
        Set<DivipolaCode> reached = null;
        for (int iteration = 0; iteration < 30; iteration++) {
            double factor = (low + high) / 2;
            reached = drawReached(byDepartment, departmentShare, pdet, factor, new Random(seed + 17));
            long pdetCount = reached.stream().filter(pdet::contains).count();
            if (pdetCount == DemoDatasetGenerator.TARGET_PDET) {
                break;
            }
            if (pdetCount < DemoDatasetGenerator.TARGET_PDET) {
                low = factor;
            } else {
                high = factor;
            }
        }
        return reached;
    }

    /** Largest-remainder rounding of the weights to the target number of beneficiaries, at least one each. */
    private static Map<DivipolaCode, Integer> round(Map<DivipolaCode, Double> weight) {
        int target = DemoDatasetGenerator.TARGET_BENEFICIARIES;
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<DivipolaCode, Integer> counts = new TreeMap<>();
        List<Map.Entry<DivipolaCode, Double>> remainders = new ArrayList<>();
        int assigned = 0;
        for (Map.Entry<DivipolaCode, Double> e : weight.entrySet()) {
            double exact = target * e.getValue() / total;
            int n = Math.max(1, (int) Math.floor(exact));
            counts.put(e.getKey(), n);
            assigned += n;
            remainders.add(Map.entry(e.getKey(), exact - Math.floor(exact)));
        }
        remainders.sort(Map.Entry.<DivipolaCode, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; assigned < target && i < remainders.size(); i++, assigned++) {
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
        int target = DemoDatasetGenerator.TARGET_MUNICIPALITIES;
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
