package co.presencia.application;

import co.presencia.intervention.ImportOwner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where uploaded files wait for their import: one folder per {@link co.presencia.intervention.ImportOwner} under the
 * upload root ({@code $PRESENCIA_HOME/uploads} for the server; the system temp folder otherwise), one file per job,
 * deleted when the job ends. The folders of owners that are gone are deleted whole, so a {@code kill -9} leaks
 * nothing past the next start.
 */
final class ImportUploads {

    private static final Logger LOG = LoggerFactory.getLogger(ImportUploads.class);
    private final String ownerId;
    private Path root;

    ImportUploads(String ownerId) {
        this.ownerId = ownerId;
    }

    synchronized void root(Path folder) {
        root = folder.toAbsolutePath();
    }

    private synchronized Path root() {
        if (root == null) {
            root = Path.of(System.getProperty("java.io.tmpdir"), "presencia-uploads").toAbsolutePath();
        }
        return root;
    }

    /** This owner's folder, created when missing, with its {@code parts} folder for multipart uploads. */
    Path folder() {
        Path folder = root().resolve(ownerId);
        try {
            Files.createDirectories(folder.resolve("parts"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the upload folder " + folder + ": " + e.getMessage(), e);
        }
        return folder;
    }

    Path fileFor(String jobId) {
        return folder().resolve(jobId + ".upload");
    }

    /**
     * Deletes the folders of owners not in {@code live}: never this owner's, nor one of a process still running on
     * this host (another service, maybe on another store, sharing the system temp folder).
     */
    void sweep(Set<String> live) {
        Path base = root();
        if (!Files.isDirectory(base)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(base, Files::isDirectory)) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                if (!name.equals(ownerId) && !live.contains(name) && !ImportOwner.runningOnThisHost(name)) {
                    LOG.info("Deleting the uploads left by import owner {} (gone): {}", name, folder);
                    deleteTree(folder);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not sweep the upload folder {}: {}", base, e.getMessage());
        }
    }

    /** Deletes this owner's folder (on a clean stop). */
    void removeOwn() {
        Path folder = root().resolve(ownerId);
        if (Files.isDirectory(folder)) {
            deleteTree(folder);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the uploaded file {}: {}", file, e.getMessage());
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(ImportUploads::delete);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", folder, e.getMessage());
        }
    }
}
