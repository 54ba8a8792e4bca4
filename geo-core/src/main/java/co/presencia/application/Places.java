package co.presencia.application;

import co.presencia.error.InvalidParameterException;
import co.presencia.intervention.MunicipalityJoiner;
import co.presencia.territory.DepartmentBoundary;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritorialVintage;
import co.presencia.text.Csv;
import co.presencia.text.NameKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Place search: departments and municipalities in force by name, as a person types them. Names are compared by
 * {@link NameKey} (accents, case and punctuation do not matter; "bogota dc" also finds "Bogotá, D.C."), over DANE's
 * official names and the common names of {@code place_aliases.csv} ("Tumaco", "Mompox", "Cali"), and over codes.
 *
 * <p>Ranking: how well the query matches (the whole name; the start of the name; the start of every query word in
 * the name's words; the same with the department's name as context, "la union narino"; a partial match of a common
 * name after the same match of an official name, so "san" does not rank "Santafé de Bogotá" first), then the bigger population
 * in the year, then a municipality before a department of the same size (Bogotá, D.C. the municipality before the
 * department it forms alone), then the code. Immutable; built once per catalog and year.
 */
public final class Places {

    /** The most places one search answers. */
    public static final int MAX_LIMIT = 50;
    public static final int DEFAULT_LIMIT = 10;
    private static final int MAX_QUERY = 100;

    /** What a place is. */
    public enum Kind {
        DEPARTMENT("department"), MUNICIPALITY("municipality");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * One place found: its code, official name, kind ({@code department} or {@code municipality}), its department's
     * name (null for a department), and the name the query matched when that is not the official one.
     */
    public record Place(String code, String name, String kind, String departmentName, String matched) {
    }

    /** A place as the index holds it: its matching keys (official and common names) and its population. */
    private record Entry(String code, String name, Kind kind, String departmentName, long population,
                         Map<String, String> keys, List<String> contextWords) {
    }

    private final ReferenceCatalog catalog;
    private final int defaultYear;
    private final Map<Integer, List<Entry>> entries = new java.util.concurrent.ConcurrentHashMap<>();

    Places(ReferenceCatalog catalog, int defaultYear) {
        this.catalog = catalog;
        this.defaultYear = defaultYear;
    }

    /** The places matching {@code query} among the units in force in {@code year} (null: the default year), best first. */
    public List<Place> search(String query, Integer year, Integer limit) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            throw new InvalidParameterException("q", "places.q.required");
        }
        if (text.length() > MAX_QUERY) {
            throw new InvalidParameterException("q", "places.q.tooLong", MAX_QUERY);
        }
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "parameter.oneOf", "limit", String.valueOf(max), "1–" + MAX_LIMIT);
        }
        String key = NameKey.of(text);
        if (key.isEmpty()) {
            return List.of();
        }
        int reportingYear = year == null ? defaultYear : co.presencia.territory.ReportingYear.of("year", year).value();
        List<Scored> found = new ArrayList<>();
        for (Entry entry : entries.computeIfAbsent(reportingYear, this::index)) {
            Scored scored = score(entry, key);
            if (scored != null) {
                found.add(scored);
            }
        }
        found.sort(Comparator.comparingInt(Scored::tier)
                .thenComparing(Comparator.comparingLong((Scored s) -> s.entry().population()).reversed())
                .thenComparing(s -> s.entry().kind() == Kind.MUNICIPALITY ? 0 : 1)
                .thenComparing(s -> s.entry().code()));
        return found.stream().limit(max).map(Scored::place).toList();
    }

    private record Scored(Entry entry, int tier, String matchedName) {
        Place place() {
            String matched = matchedName.equals(entry.name()) ? null : matchedName;
            return new Place(entry.code(), entry.name(), entry.kind().id(), entry.departmentName(), matched);
        }
    }

    /** The best tier at which any of the entry's keys matches {@code query}, or null when none does. */
    static Scored score(Entry entry, String query) {
        String compactQuery = query.replace(" ", "");
        String[] words = query.split(" ");
        Scored best = null;
        for (Map.Entry<String, String> k : entry.keys().entrySet()) {
            int tier = tier(k.getKey(), query, compactQuery, words, entry.contextWords());
            if (tier > 0) {
                // A partial match of a common name ranks below the same match of an official name.
                tier = 2 * tier + (k.getValue().equals(entry.name()) ? 0 : 1);
            }
            if (tier >= 0 && (best == null || tier < best.tier())) {
                best = new Scored(entry, tier, k.getValue());
            }
        }
        return best;
    }

    /** 0 the whole name (or code), 1 its start, 2 every query word starts a word of it, 3 the same with the department's words; -1 none. */
    private static int tier(String key, String query, String compactQuery, String[] words, List<String> context) {
        String compact = key.replace(" ", "");
        if (key.equals(query) || compact.equals(compactQuery)) {
            return 0;
        }
        if (key.startsWith(query) || compact.startsWith(compactQuery)) {
            return 1;
        }
        List<String> nameWords = List.of(key.split(" "));
        if (everyWordStarts(words, nameWords, List.of())) {
            return 2;
        }
        if (!context.isEmpty() && anyWordStarts(words, nameWords) && everyWordStarts(words, nameWords, context)) {
            return 3;
        }
        return -1;
    }

    private static boolean everyWordStarts(String[] query, List<String> words, List<String> context) {
        for (String q : query) {
            if (words.stream().noneMatch(w -> w.startsWith(q)) && context.stream().noneMatch(w -> w.startsWith(q))) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyWordStarts(String[] query, List<String> words) {
        for (String q : query) {
            if (words.stream().anyMatch(w -> w.startsWith(q))) {
                return true;
            }
        }
        return false;
    }

    private List<Entry> index(int year) {
        TerritorialVintage vintage = catalog.vintage(year);
        Map<String, Map<String, String>> aliases = aliases();
        Map<DepartmentCode, Long> departmentPopulation = new HashMap<>();
        List<Entry> all = new ArrayList<>();
        for (DivipolaCode code : vintage.municipalities()) {
            Municipality m = catalog.municipality(code).orElseThrow();
            long population = m.populationIn(year).orElse(0L);
            departmentPopulation.merge(m.department().code(), population, Long::sum);
            Map<String, String> keys = keys(code.value(), m.name(), aliases.get(code.value()));
            all.add(new Entry(code.value(), m.name(), Kind.MUNICIPALITY, m.department().name(), population, keys,
                    List.of(NameKey.of(m.department().name()).split(" "))));
        }
        for (DepartmentBoundary d : catalog.departments()) {
            String code = d.department().code().value();
            Map<String, String> keys = keys(code, d.department().name(), aliases.get(code));
            all.add(new Entry(code, d.department().name(), Kind.DEPARTMENT, null,
                    departmentPopulation.getOrDefault(d.department().code(), 0L), keys, List.of()));
        }
        return List.copyOf(all);
    }

    /** Matching key → the name it came from: the code, the official name (also without its notes) and the aliases. */
    private static Map<String, String> keys(String code, String name, Map<String, String> aliases) {
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        keys.put(code, name);
        for (String k : variants(name)) {
            keys.putIfAbsent(k, name);
        }
        if (aliases != null) {
            aliases.forEach(keys::putIfAbsent);
        }
        return keys;
    }

    /** A name's keys: as written, and without parenthesised notes or marks ("Mapiripana (ANM)", "Barrancominas*"). */
    private static Set<String> variants(String name) {
        Set<String> keys = new LinkedHashSet<>();
        for (String text : List.of(name, name.replaceAll("\\([^)]*\\)", " ").replace("*", " "))) {
            String key = NameKey.of(text);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Code → alias key → alias as written, from the joiner's {@code place_aliases.csv}. */
    private static Map<String, Map<String, String>> aliases() {
        Map<String, Map<String, String>> byCode = new HashMap<>();
        for (CSVRecord row : Csv.readResource(MunicipalityJoiner.class, "place_aliases.csv")) {
            String alias = row.get("alias");
            for (String key : variants(alias)) {
                byCode.computeIfAbsent(row.get("code"), c -> new java.util.LinkedHashMap<>()).putIfAbsent(key, alias);
            }
        }
        return byCode;
    }
}
