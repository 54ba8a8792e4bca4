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

    public SectorCatalog(CiiuClassification classification, List<SectorGrouping> groupings) {
        this.classification = classification;
        Map<String, SectorGrouping> byId = new LinkedHashMap<>();
        for (SectorGrouping grouping : groupings) {
            if (byId.put(grouping.id(), grouping) != null) {
                throw new InvalidSectorGroupingException("Two sector groupings have the id '" + grouping.id() + "'");
            }
        }
        this.groupings = Collections.unmodifiableMap(byId);
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
}
