package co.presencia.testing;

import co.presencia.reference.ReferenceDataReader;
import co.presencia.sector.CiiuClassification;
import co.presencia.sector.SectorCatalog;
import co.presencia.territory.GroupSettings;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.ReferenceFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real reference data (DANE MGN 2018 boundaries and tables) installed by {@code scripts/setup-data} into
 * {@code shapefiles/}. Tests that use it fail, never skip, when it is missing. Loaded once per JVM.
 */
public final class ReferenceData {

    private static ReferenceCatalog catalog;
    private static CiiuClassification classification;

    private ReferenceData() {
    }

    public static Path shapefiles() {
        String configured = System.getProperty("presencia.shapefiles");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured) : findUpwards();
        if (!Files.isDirectory(root.resolve("boundaries"))) {
            throw new IllegalStateException("Reference data not found in " + root.toAbsolutePath()
                    + ": run scripts/setup-data (scripts/test does it for you)");
        }
        return root;
    }

    public static ReferenceFiles files() {
        return ReferenceFiles.standard(shapefiles());
    }

    public static synchronized ReferenceCatalog catalog() {
        if (catalog == null) {
            catalog = ReferenceDataReader.read(files(), GroupSettings.DEFAULT);
        }
        return catalog;
    }

    /** CIIU Rev. 4 A.C. from the installed reference data (what importers read a sector column with). */
    public static synchronized CiiuClassification classification() {
        if (classification == null) {
            classification = CiiuClassification.read(shapefiles().resolve(SectorCatalog.CLASSIFICATION_FILE));
        }
        return classification;
    }

    private static Path findUpwards() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("shapefiles"))) {
                return dir.resolve("shapefiles");
            }
            dir = dir.getParent();
        }
        return Path.of("shapefiles");
    }
}
