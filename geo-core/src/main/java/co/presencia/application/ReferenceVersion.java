package co.presencia.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The version of the reference territory's answers, for entity tags: a hash of what decides them — the stored
 * reference fingerprint (the files and group settings it was loaded from), the default year and population band, and
 * the build ({@code release.properties}) — and of nothing that differs between processes. So every instance on one
 * store, of one build, gives the same answer the same tag (a balancer may send the revalidation to another instance),
 * and a new load of the files or a new build gives new tags. (The start time, used before, differed per instance.)
 */
final class ReferenceVersion {

    private static final String RELEASE = release();

    private ReferenceVersion() {
    }

    static String of(String storedFingerprint, PresenciaSettings settings) {
        String inputs = String.join("|", storedFingerprint, Integer.toString(settings.defaultYear()),
                Long.toString(settings.populationThreshold()), Integer.toString(settings.populationYear()), RELEASE);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inputs.getBytes(StandardCharsets.UTF_8));
            return "r" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The build named by {@code release.properties} (version and build time), or "unknown" outside a build. */
    static String release() {
        try (InputStream in = ReferenceVersion.class.getResourceAsStream("release.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "?") + "@" + properties.getProperty("build", "?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
