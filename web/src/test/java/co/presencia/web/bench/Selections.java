package co.presencia.web.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Coverage requests for the load benchmarks, each a different selection: department (or none), axis or program (or
 * neither), company sizes (any subset of the five), years (2023, or 2022 and 2023) — 30,464 selections — each on one
 * of four coverage paths (headline, departments, municipalities, PDET subregions). In a fixed shuffled order, so the
 * first N requests never repeat a selection and no answer can come from a cache of an earlier request.
 */
final class Selections {

    static final String[] AXES = {"productividad", "encadenamientos", "calidad", "sofisticacion", "economia-popular",
            "aglomeraciones", "estrategias-sectoriales"};
    static final String[] PROGRAMS = {"Fábricas de Productividad y Sostenibilidad", "Extensionismo en calidad", "EnCadena",
            "SENAInnova", "Mujeres más Productivas", "Territorios Clúster"};
    static final String[] DEPARTMENTS = {"05", "08", "11", "13", "15", "17", "18", "19", "20", "23", "25", "27", "41", "44",
            "47", "50", "52", "54", "63", "66", "68", "70", "73", "76", "81", "85", "86", "88", "91", "94", "95", "97", "99"};
    static final String[] SIZE_NAMES = {"micro", "pequena", "mediana", "grande", "unidad-productiva"};
    static final String[] PATHS = {"/api/v1/coverage", "/api/v1/coverage/departments", "/api/v1/coverage/municipalities",
            "/api/v1/coverage/groups/pdet"};

    private Selections() {
    }

    /**
     * Every selection once, as paths with their query, shuffled with {@code seed}. The bulk dataset holds 2023 only:
     * the four year sets are four distinct selections over the same records (none is an empty, cheaper one), enough
     * for 20 s at 1,500 requests/s without asking any selection twice.
     */
    static List<String> unique(String dataset, long seed) {
        List<String> all = new ArrayList<>();
        int n = 0;
        for (String years : new String[] {"2023", "2022,2023", "2021,2022,2023", "2023,2024"}) {
            for (int d = -1; d < DEPARTMENTS.length; d++) {
                for (int which = -1; which < AXES.length + PROGRAMS.length; which++) {
                    for (int mask = 0; mask < 1 << SIZE_NAMES.length; mask++) {
                        String sizes = sizes(mask);
                        StringBuilder q = new StringBuilder(PATHS[n++ % PATHS.length]).append("?dataset=").append(dataset)
                                .append("&year=").append(years);
                        if (d >= 0) {
                            q.append("&department=").append(DEPARTMENTS[d]);
                        }
                        if (which >= 0 && which < AXES.length) {
                            q.append("&axis=").append(AXES[which]);
                        } else if (which >= AXES.length) {
                            q.append("&program=").append(java.net.URLEncoder.encode(PROGRAMS[which - AXES.length],
                                    java.nio.charset.StandardCharsets.UTF_8));
                        }
                        if (!sizes.isEmpty()) {
                            q.append("&size=").append(sizes);
                        }
                        all.add(q.toString());
                    }
                }
            }
        }
        Collections.shuffle(all, new Random(seed));
        return all;
    }

    /** The sizes of a bit mask, comma-separated; empty for none (every size). */
    private static String sizes(int mask) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < SIZE_NAMES.length; i++) {
            if ((mask & 1 << i) != 0) {
                out.append(out.length() == 0 ? "" : ",").append(SIZE_NAMES[i]);
            }
        }
        return out.toString();
    }
}
