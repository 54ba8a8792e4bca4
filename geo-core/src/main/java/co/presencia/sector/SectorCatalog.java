package co.presencia.sector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classification and every sector grouping, loaded once per process: the built-in CIIU sections and divisions,
 * the shipped example, and the groupings of the configured folder. Immutable.
 */
public final class SectorCatalog {

    /** Where the classification sits under the reference data folder ({@code shapefiles/}). */
    public static final String CLASSIFICATION_FILE = "classification/ciiu_rev4ac/derived/ciiu_rev4ac_flat.csv";
    /** The example grouping shipped as a resource. */
    static final String EXAMPLE = "ejemplo-ramas-dane.csv";

    private final CiiuClassification classification;
    private final Map<String, SectorGrouping> groupings;
    private final Map<CiiuLevel, SectorGrouping> levels;

    public SectorCatalog(CiiuClassification classification, List<SectorGrouping> groupings) {
        this.classification = classification;
        Map<String, SectorGrouping> byId = new LinkedHashMap<>();
        for (SectorGrouping grouping : groupings) {
            if (byId.put(grouping.id(), grouping) != null) {
                throw new InvalidSectorGroupingException("Two sector groupings have the id '" + grouping.id() + "'");
            }
        }
        this.groupings = Collections.unmodifiableMap(byId);
        Map<CiiuLevel, SectorGrouping> byLevel = new java.util.EnumMap<>(CiiuLevel.class);
        for (CiiuLevel level : CiiuLevel.values()) {
            byLevel.put(level, byId.values().stream().filter(g -> g.id().equals(level.id())).findFirst()
                    .orElseGet(() -> SectorGrouping.ofLevel(level, classification)));
        }
        this.levels = Collections.unmodifiableMap(byLevel);
    }

    /**
     * Reads the classification from {@code dataDir} and the groupings: sections, divisions, the example, and one per
     * CSV file of {@code groupingsDir} (null or absent: none).
     */
    public static SectorCatalog load(Path dataDir, Path groupingsDir) {
        Path file = dataDir.resolve(CLASSIFICATION_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Reference data missing: " + file + ". Run scripts/setup-data first.");
        }
        CiiuClassification classification = CiiuClassification.read(file);
        List<SectorGrouping> groupings = new ArrayList<>();
        groupings.add(SectorGrouping.sections(classification));
        groupings.add(SectorGrouping.divisions(classification));
        groupings.add(example(classification));
        if (groupingsDir != null && Files.isDirectory(groupingsDir)) {
            groupings.addAll(SectorGroupingCsv.readAll(groupingsDir, classification));
        }
        return new SectorCatalog(classification, groupings);
    }

    /** The example grouping: DANE's 12 branches of departmental GDP, labelled as an example. */
    public static SectorGrouping example(CiiuClassification classification) {
        return SectorGroupingCsv.readResource(EXAMPLE, SectorGroupingKind.EXAMPLE,
                "Ejemplo incluido en Presencia (no es la agrupación de MARO): ramas de actividad del DANE, "
                        + "cuentas nacionales departamentales", classification);
    }

    public CiiuClassification classification() {
        return classification;
    }

    /** Every grouping: sections, divisions, the example, then the configured ones in file-name order. */
    public Collection<SectorGrouping> groupings() {
        return groupings.values();
    }

    public Optional<SectorGrouping> grouping(String id) {
        return Optional.ofNullable(groupings.get(id));
    }

    /**
     * What figures can be broken down by: a CIIU level ({@code section}, {@code division}, {@code group},
     * {@code class}: every entry of the level is a sector) or a grouping's id.
     */
    public Optional<SectorGrouping> breakdown(String id) {
        return CiiuLevel.of(id).map(levels::get).or(() -> grouping(id));
    }

    /**
     * A sector as a {@code sector} filter names it: {@code grouping:id} (e.g. {@code ejemplo-ramas-dane:industria}),
     * or a CIIU code of any level as {@link CiiuClassification#parse} reads it ({@code C}, {@code 10}, {@code 1011}),
     * which stands for the classes it holds. Empty when the grouping or its sector does not exist.
     *
     * @throws InvalidCiiuCodeException when the text is neither
     */
    public Optional<Sector> sector(String parameter, String written) {
        String text = written == null ? "" : written.strip();
        int colon = text.indexOf(':');
        if (colon > 0) {
            return grouping(text.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT))
                    .flatMap(g -> g.sector(text.substring(colon + 1).strip()));
        }
        CiiuActivity activity = classification.parse(parameter, text).activity();
        return Optional.of(new Sector(activity.code(), activity.title(), SectorGrouping.codes(classification.classesOf(activity))));
    }
}
