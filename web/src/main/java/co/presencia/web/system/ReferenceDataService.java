package co.presencia.web.system;

import co.presencia.territory.GroupSettings;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.ReferenceDataReader;
import co.presencia.territory.ReferenceFiles;
import co.presencia.territory.TerritoryGroup;
import co.presencia.territory.TerritoryRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Holds the reference territory. At start it compares the fingerprint of the reference files (their bytes and the
 * group settings) with the one stored: the first start, or changed files, load them into the store in one
 * transaction; later starts read the stored territory back. The catalog is immutable and kept in memory: it is
 * small (≈200,000 vertices) and read on every request.
 */
@Service
public class ReferenceDataService {

    /** Bump when the way files become the catalog changes, so stores built by older code are rebuilt. */
    static final String LOADER_VERSION = "1";
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataService.class);

    private final ReferenceCatalog catalog;

    public ReferenceDataService(TerritoryRepository repository, PresenciaProperties properties) {
        ReferenceFiles files = ReferenceFiles.standard(properties.dataDir());
        GroupSettings settings = new GroupSettings(properties.populationThreshold(), properties.populationYear(), properties.groupsDir());
        files.requirePresent();
        String fingerprint = fingerprint(files, settings);
        if (repository.storedFingerprint().filter(fingerprint::equals).isPresent()) {
            long start = System.nanoTime();
            this.catalog = repository.loadCatalog();
            LOG.info("Reference territory read from the store: {} municipalities, {} departments, {} groups in {} ms",
                    catalog.municipalities().size(), catalog.departments().size(), catalog.groups().size(),
                    (System.nanoTime() - start) / 1_000_000);
        } else {
            LOG.info("Loading the reference territory from {} into the store", files.root().toAbsolutePath());
            ReferenceCatalog fresh = ReferenceDataReader.read(files, settings);
            repository.replaceAll(fresh, fingerprint);
            this.catalog = fresh;
        }
    }

    public ReferenceCatalog catalog() {
        return catalog;
    }

    /** The territory group a request names, case-insensitively; 400 for a malformed id, 404 for an unknown one. */
    public TerritoryGroup group(String id) {
        String normalized = id.strip().toLowerCase(Locale.ROOT);
        if (!TerritoryGroup.isValidId(normalized)) {
            throw ApiException.badRequest("Invalid group id '" + id + "'");
        }
        return catalog.group(normalized)
                .orElseThrow(() -> ApiException.notFound("No territory group '" + id + "'; see /api/v1/territory-groups"));
    }

    static String fingerprint(ReferenceFiles files, GroupSettings settings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("loader=" + LOADER_VERSION + ";threshold=" + settings.populationThreshold()
                    + ";year=" + settings.populationYear() + ";").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            List<Path> inputs = new ArrayList<>(List.of(files.master(), files.population(), files.rurality()));
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
            for (Path input : inputs) {
                digest.update(input.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(input), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
