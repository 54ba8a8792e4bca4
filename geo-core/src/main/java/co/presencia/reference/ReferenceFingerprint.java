package co.presencia.reference;

import co.presencia.territory.GroupSettings;
import co.presencia.territory.ReferenceFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of everything the reference catalog is made from: the loader's version, the group settings, and the
 * bytes of every reference file (boundary sidecars and user group CSVs included). Equal fingerprints mean the
 * stored catalog is what the files would give.
 */
public final class ReferenceFingerprint {

    /** Bump when the way files become the catalog changes, so stores built by older code are rebuilt. */
    static final String LOADER_VERSION = "2";

    private ReferenceFingerprint() {
    }

    public static String of(ReferenceFiles files, GroupSettings settings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("loader=" + LOADER_VERSION + ";threshold=" + settings.populationThreshold()
                    + ";year=" + settings.populationYear() + ";").getBytes(StandardCharsets.UTF_8));
            for (Path input : inputs(files, settings)) {
                digest.update(input.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(input), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> inputs(ReferenceFiles files, GroupSettings settings) throws IOException {
        List<Path> inputs = new ArrayList<>(List.of(files.master(), files.population(), files.rurality(), files.divipola()));
        String base = files.municipalBoundaries().getFileName().toString().replaceFirst("\\.[^.]+$", "");
        for (String ext : List.of(".shp", ".dbf", ".prj", ".cpg", ".gpkg", ".geojson", ".json")) {
            Path p = files.municipalBoundaries().resolveSibling(base + ext);
            if (Files.isRegularFile(p)) {
                inputs.add(p);
            }
        }
        if (files.departmentBoundaries() != null) {
            inputs.add(files.departmentBoundaries());
        }
        if (settings.userGroupsDir() != null && Files.isDirectory(settings.userGroupsDir())) {
            try (Stream<Path> groups = Files.list(settings.userGroupsDir())) {
                groups.sorted().forEach(inputs::add);
            }
        }
        return inputs;
    }
}
