package co.presencia.feature;

import co.presencia.intervention.DatasetSummary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The version tag (for ETags) of collections computed from the intervention datasets: it changes when any dataset is
 * created, renamed, re-imported or deleted, whichever process did it (the API, or the command line on the shared
 * database), because it is taken from the stored state of every dataset, not from an in-process event.
 */
final class DatasetsVersion {

    private DatasetsVersion() {
    }

    /**
     * @param referenceVersion the version of the reference territory (the geometry and populations served)
     * @param datasets         every dataset, as stored now
     */
    static String of(String referenceVersion, List<DatasetSummary> datasets) {
        StringBuilder state = new StringBuilder(referenceVersion);
        for (DatasetSummary d : datasets) {
            state.append('|').append(d.id()).append(';').append(d.name()).append(';').append(d.synthetic()).append(';')
                    .append(d.lastImportAt()).append(';').append(d.contentChecksum());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.toString().getBytes(StandardCharsets.UTF_8));
            return referenceVersion + "-d" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
