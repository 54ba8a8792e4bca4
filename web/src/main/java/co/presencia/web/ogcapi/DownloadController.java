package co.presencia.web.ogcapi;

import co.presencia.application.CollectionRequest;
import co.presencia.application.WorkLimit;
import co.presencia.error.NotFoundException;
import co.presencia.feature.CollectionMetadata;
import co.presencia.feature.Feature;
import co.presencia.feature.FeatureCollection;
import co.presencia.feature.FeatureCollections;
import co.presencia.feature.FeatureCrs;
import co.presencia.feature.FeatureQuery;
import co.presencia.feature.GeoJsonWriter;
import co.presencia.feature.GeoPackageWriter;
import co.presencia.feature.ShapefileWriter;
import co.presencia.web.http.ConditionalRequest;
import co.presencia.web.system.ExpensiveWork;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whole collections as files GIS users open directly: {@code /api/v1/downloads/{collection}.gpkg} (GeoPackage with
 * its R-tree spatial index), {@code .shp.zip} (zipped Shapefile with {@code .cpg}) and {@code .geojson}. Any
 * registered collection can be downloaded, with its own parameters and queryable filters
 * ({@code ?year=2023&department_code=05}), a {@code bbox} (with {@code bbox-crs}, as on the OGC API) and a
 * {@code crs} for the file's coordinates (CRS84 by default; EPSG:4326, 4686 and 9377, x = longitude or easting
 * first, as files order them). An unknown parameter is a 400. Errors are RFC 9457 problems, as on the rest of
 * {@code /api/v1}. A file is written once its request has a turn of the {@code downloads} lane
 * ({@link ExpensiveWork}; 503 with {@code Retry-After} beyond it), and carries a strong ETag made of the data's
 * version and the request (the same on every instance): {@code If-None-Match} with it is answered 304 unwritten.
 */
@RestController
public class DownloadController {

    private static final MediaType GPKG = MediaType.parseMediaType("application/geopackage+sqlite3");
    /** The query parameters a download takes besides the collection's own and its queryables. */
    static final List<String> OPTIONS = List.of(CrsParameter.NAME, BboxParameter.NAME, BboxCrsParameter.NAME);

    private final FeatureCollections collections;
    private final WorkLimit turns;

    public DownloadController(FeatureCollections collections, ExpensiveWork work) {
        this.collections = collections;
        this.turns = work.downloads();
    }

    @GetMapping("/api/v1/downloads/{file:.+}")
    public ResponseEntity<byte[]> download(@PathVariable String file, HttpServletRequest request) {
        int dot = file.indexOf('.');
        if (dot < 1) {
            throw new NotFoundException("download.path");
        }
        String id = file.substring(0, dot);
        String extension = file.substring(dot + 1);
        FeatureCollection collection = collections.get(id)
                .orElseThrow(() -> new NotFoundException("collection.unknown", id));
        CollectionMetadata metadata = collection.metadata();
        CollectionRequest parsed = CollectionRequest.of(metadata, request.getParameterMap(), OPTIONS);
        FeatureCrs crs = CrsParameter.parse(parsed.options().get(CrsParameter.NAME)).crs();
        BboxParameter bbox = BboxParameter.parse(parsed.options().get(BboxParameter.NAME),
                BboxCrsParameter.parse(parsed.options().get(BboxCrsParameter.NAME)).crs());
        MediaType type = switch (extension) {
            case "gpkg" -> GPKG;
            case "shp.zip" -> MediaType.parseMediaType("application/zip");
            case "geojson" -> MediaType.parseMediaType("application/geo+json");
            default -> throw new NotFoundException("download.format.unknown", extension);
        };
        Optional<String> tag = collection.version().map(version -> parsed.tag(version, id, extension));
        Optional<ResponseEntity.BodyBuilder> current = tag.flatMap(t -> ConditionalRequest.notModified(request, t));
        if (current.isPresent()) {
            return current.get().cacheControl(CacheControl.noCache()).build();
        }
        byte[] bytes = turns.run(() -> write(collection, parsed, extension, crs, bbox));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(
                        ShapefileWriter.baseName(metadata) + "." + extension).build().toString())
                .header("Content-Crs", "<" + crs.uri() + ">");
        tag.ifPresent(ok::eTag);
        return ok.body(bytes);
    }

    /** The file's bytes: the whole selection is read and written once this request has its turn. */
    private static byte[] write(FeatureCollection collection, CollectionRequest parsed, String extension, FeatureCrs crs,
                                BboxParameter bbox) {
        CollectionMetadata metadata = collection.metadata();
        List<Feature> features = collection.items(new FeatureQuery(bbox == null ? null : bbox.lonLat(), Integer.MAX_VALUE, 0,
                parsed.filters(), parsed.parameters())).features();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            switch (extension) {
                case "gpkg" -> out.writeBytes(GeoPackageWriter.toBytes(List.of(new GeoPackageWriter.Layer(metadata, features)), crs));
                case "shp.zip" -> ShapefileWriter.writeZip(out, metadata, features, crs);
                default -> GeoJsonWriter.writeFile(out, features, crs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
