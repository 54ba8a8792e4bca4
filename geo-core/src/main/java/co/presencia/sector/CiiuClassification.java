package co.presencia.sector;

import co.presencia.sector.InvalidCiiuCodeException.Reason;
import co.presencia.text.Csv;
import co.presencia.text.NameKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * CIIU Rev. 4 A.C. (DANE, 2022 update) in memory: every section, division, group and class with its Spanish title,
 * read once from the flat table {@code classification/ciiu_rev4ac/derived/ciiu_rev4ac_flat.csv}. Immutable.
 *
 * <p>{@link #parse} reads a code the way planners write it (ADR 0013): a class in 4 digits ({@code 0111}) or in 3
 * when a spreadsheet dropped its zero ({@code 111}); a group (3 digits), a division (2, or 1 without its zero), a
 * section letter; a section letter before a code ({@code C1011}); a level word before a code ({@code grupo 141}). The
 * five classes replaced in the 2020/2022 updates are read as their successor (6514 → 6496) or, when split, as the
 * group of their successors (1030 → 103). Anything else is rejected with the reason.
 */
public final class CiiuClassification {

    /** How the source names itself in every figure that uses it. */
    public static final String SOURCE = "DANE, Clasificación Industrial Internacional Uniforme Rev. 4 A.C. (actualización 2022)";

    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern LETTER_AND_DIGITS = Pattern.compile("([A-Za-z])\\s*[-.]?\\s*(\\d{2,4})");
    private static final Pattern WORDED = Pattern.compile("(seccion|section|division|grupo|group|clase|class)\\s+([a-z]|\\d{1,4})");

    private final Map<String, CiiuActivity> byCode;
    private final Map<CiiuLevel, List<CiiuActivity>> byLevel;
    private final Map<String, List<CiiuActivity>> classesUnder;
    private final Map<String, CiiuReplacement> replacements;
    private final Map<String, String> dianCodes;

    private CiiuClassification(List<CiiuActivity> activities) {
        Map<String, CiiuActivity> codes = new LinkedHashMap<>();
        Map<CiiuLevel, List<CiiuActivity>> levels = new EnumMap<>(CiiuLevel.class);
        for (CiiuActivity activity : activities) {
            if (codes.put(activity.code(), activity) != null) {
                throw new IllegalStateException("CIIU code " + activity.code() + " appears twice");
            }
            levels.computeIfAbsent(activity.level(), l -> new ArrayList<>()).add(activity);
        }
        Map<String, List<CiiuActivity>> under = new HashMap<>();
        for (CiiuActivity activity : activities) {
            for (CiiuLevel level : CiiuLevel.values()) {
                activity.codeAt(level).ifPresent(parent -> {
                    if (!codes.containsKey(parent)) {
                        throw new IllegalStateException("CIIU " + activity.code() + " lies under " + level.label() + " "
                                + parent + ", which the table does not have");
                    }
                    if (activity.level() == CiiuLevel.CLASS) {
                        under.computeIfAbsent(parent, p -> new ArrayList<>()).add(activity);
                    }
                });
            }
        }
        for (CiiuActivity activity : activities) {
            if (!under.containsKey(activity.code())) {
                throw new IllegalStateException("CIIU " + activity.level().label() + " " + activity.code() + " has no class");
            }
        }
        this.byCode = Collections.unmodifiableMap(codes);
        Map<CiiuLevel, List<CiiuActivity>> frozen = new EnumMap<>(CiiuLevel.class);
        for (CiiuLevel level : CiiuLevel.values()) {
            frozen.put(level, List.copyOf(levels.getOrDefault(level, List.of())));
        }
        this.byLevel = Collections.unmodifiableMap(frozen);
        Map<String, List<CiiuActivity>> frozenUnder = new HashMap<>();
        under.forEach((code, list) -> frozenUnder.put(code, List.copyOf(list)));
        this.classesUnder = Map.copyOf(frozenUnder);
        this.replacements = readReplacements(codes);
        this.dianCodes = readDianCodes();
    }

    /** Reads DANE's flat table (columns {@code nivel,codigo,titulo,seccion,division,grupo}); fails on a broken hierarchy. */
    public static CiiuClassification read(Path flatTable) {
        List<CiiuActivity> activities = new ArrayList<>();
        for (CSVRecord row : Csv.read(flatTable)) {
            CiiuLevel level = CiiuLevel.of(row.get("nivel")).orElseThrow(() -> new IllegalStateException(
                    flatTable + ", line " + (row.getRecordNumber() + 1) + ": unknown level '" + row.get("nivel") + "'"));
            activities.add(new CiiuActivity(level, row.get("codigo"), row.get("titulo"), row.get("seccion"),
                    blankToNull(row.get("division")), blankToNull(row.get("grupo"))));
        }
        if (activities.isEmpty()) {
            throw new IllegalStateException(flatTable + ": no CIIU entries");
        }
        return new CiiuClassification(activities);
    }

    /** The entries of one level, in DANE's order. */
    public List<CiiuActivity> activities(CiiuLevel level) {
        return byLevel.get(level);
    }

    /** The entry with exactly this code ({@code C}, {@code 10}, {@code 101}, {@code 1011}). */
    public Optional<CiiuActivity> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The classes an entry holds (itself for a class), in DANE's order. */
    public List<CiiuActivity> classesOf(CiiuActivity activity) {
        return classesUnder.getOrDefault(activity.code(), List.of());
    }

    /** The classes of the 2012 edition replaced in the 2020/2022 updates, and how each is read. */
    public Collection<CiiuReplacement> replacements() {
        return replacements.values();
    }

    /**
     * Reads a code as planners write it (see the class comment).
     *
     * @param parameter the parameter or field the text came from, named in the error
     * @throws InvalidCiiuCodeException with the reason when the text is no CIIU entry
     */
    public CiiuCode parse(String parameter, String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new InvalidCiiuCodeException(parameter, text, Reason.EMPTY);
        }
        String value = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        Matcher worded = WORDED.matcher(NameKey.of(value));
        if (worded.matches()) {
            return new CiiuCode(text, worded(parameter, text, CiiuLevel.of(worded.group(1)).orElseThrow(), worded.group(2)), null);
        }
        if (LETTER.matcher(value).matches()) {
            return new CiiuCode(text, known(parameter, text, CiiuLevel.SECTION, value.toUpperCase(Locale.ROOT)), null);
        }
        Matcher lettered = LETTER_AND_DIGITS.matcher(value);
        if (lettered.matches()) {
            return lettered(parameter, text, lettered.group(1).toUpperCase(Locale.ROOT), lettered.group(2));
        }
        if (DIGITS.matcher(value).matches()) {
            return digits(parameter, text, value);
        }
        throw new InvalidCiiuCodeException(parameter, text, Reason.FORMAT);
    }

    /** A section letter before a code ("C1011"); the letter also settles three digits that could be two things. */
    private CiiuCode lettered(String parameter, String text, String letter, String digits) {
        if (digits.length() == 3) {
            Optional<CiiuActivity> group = find(digits).filter(a -> a.level() == CiiuLevel.GROUP && a.section().equals(letter));
            if (group.isPresent()) {
                return new CiiuCode(text, group.get(), null);
            }
            Optional<CiiuCode> lostZero = classOrReplaced(parameter, text, "0" + digits)
                    .filter(c -> c.activity().section().equals(letter));
            if (lostZero.isPresent()) {
                return lostZero.get();
            }
        }
        CiiuCode code = digits(parameter, text, digits);
        if (!code.activity().section().equals(letter)) {
            throw new InvalidCiiuCodeException(parameter, text, Reason.SECTION_MISMATCH, code.activity().label(),
                    code.activity().section(), letter);
        }
        return code;
    }

    private CiiuCode digits(String parameter, String text, String digits) {
        return switch (digits.length()) {
            case 1 -> new CiiuCode(text, known(parameter, text, CiiuLevel.DIVISION, "0" + digits), null);
            case 2 -> new CiiuCode(text, known(parameter, text, CiiuLevel.DIVISION, digits), null);
            case 3 -> threeDigits(parameter, text, digits);
            default -> classOrReplaced(parameter, text, digits)
                    .orElseThrow(() -> unknown(parameter, text, CiiuLevel.CLASS, digits));
        };
    }

    /** Three digits: a group, or a class whose leading zero was lost; both at once is ambiguous. */
    private CiiuCode threeDigits(String parameter, String text, String digits) {
        Optional<CiiuActivity> group = find(digits).filter(a -> a.level() == CiiuLevel.GROUP);
        Optional<CiiuCode> lostZero = classOrReplaced(parameter, text, "0" + digits);
        if (group.isPresent() && lostZero.isPresent()) {
            CiiuActivity asClass = lostZero.get().activity();
            throw new InvalidCiiuCodeException(parameter, text, Reason.AMBIGUOUS, group.get().code(), group.get().title(),
                    asClass.code(), asClass.title());
        }
        if (group.isPresent()) {
            return new CiiuCode(text, group.get(), null);
        }
        return lostZero.orElseThrow(() -> unknown(parameter, text, CiiuLevel.GROUP, digits));
    }

    private Optional<CiiuCode> classOrReplaced(String parameter, String text, String fourDigits) {
        String dian = dianCodes.get(fourDigits);
        if (dian != null) {
            throw new InvalidCiiuCodeException(parameter, text, Reason.NOT_AN_ACTIVITY, dian);
        }
        CiiuReplacement replacement = replacements.get(fourDigits);
        if (replacement != null) {
            return Optional.of(new CiiuCode(text, replacement.readAs(), replacement));
        }
        return find(fourDigits).filter(a -> a.level() == CiiuLevel.CLASS).map(a -> new CiiuCode(text, a, null));
    }

    private CiiuActivity worded(String parameter, String text, CiiuLevel level, String code) {
        if (level == CiiuLevel.SECTION) {
            return known(parameter, text, level, code.toUpperCase(Locale.ROOT));
        }
        if (code.length() > level.codeLength() || !DIGITS.matcher(code).matches()) {
            throw unknown(parameter, text, level, code);
        }
        String padded = "0".repeat(level.codeLength() - code.length()) + code;
        if (level == CiiuLevel.CLASS) {
            return classOrReplaced(parameter, text, padded).map(CiiuCode::activity)
                    .orElseThrow(() -> unknown(parameter, text, level, padded));
        }
        return known(parameter, text, level, padded);
    }

    private CiiuActivity known(String parameter, String text, CiiuLevel level, String code) {
        return find(code).filter(a -> a.level() == level).orElseThrow(() -> unknown(parameter, text, level, code));
    }

    private static InvalidCiiuCodeException unknown(String parameter, String text, CiiuLevel level, String code) {
        return new InvalidCiiuCodeException(parameter, text, Reason.UNKNOWN, level.label(), code);
    }

    private static Map<String, CiiuReplacement> readReplacements(Map<String, CiiuActivity> codes) {
        Map<String, CiiuReplacement> result = new LinkedHashMap<>();
        for (CSVRecord row : Csv.readResource(CiiuClassification.class, "ciiu_replacements.csv")) {
            List<String> successors = Arrays.asList(row.get("successors").split("\\s+"));
            CiiuActivity readAs = codes.get(row.get("read_as"));
            if (readAs == null || successors.stream().anyMatch(s -> !codes.containsKey(s) || !codes.get(s).isWithin(readAs))) {
                throw new IllegalStateException("ciiu_replacements.csv: " + row.get("old_code") + " is read as "
                        + row.get("read_as") + ", which does not hold its successors " + successors);
            }
            if (codes.containsKey(row.get("old_code"))) {
                throw new IllegalStateException("ciiu_replacements.csv: " + row.get("old_code") + " is still in the classification");
            }
            result.put(row.get("old_code"), new CiiuReplacement(row.get("old_code"), row.get("old_title"), successors, readAs));
        }
        return Collections.unmodifiableMap(result);
    }

    private static Map<String, String> readDianCodes() {
        Map<String, String> result = new HashMap<>();
        for (CSVRecord row : Csv.readResource(CiiuClassification.class, "dian_codes.csv")) {
            result.put(row.get("code"), row.get("title"));
        }
        return Map.copyOf(result);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
