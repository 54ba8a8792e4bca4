package co.presencia.web.ogcapi;

import co.presencia.application.CollectionRequest;
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
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
 * {@code /api/v1}.
 */
@RestController
public class DownloadController {

    private static final MediaType GPKG = MediaType.parseMediaType("application/geopackage+sqlite3");
    /** The query parameters a download takes besides the collection's own and its queryables. */
    static final List<String> OPTIONS = List.of(CrsParameter.NAME, BboxParameter.NAME, BboxCrsParameter.NAME);

    private final FeatureCollections collections;

    public DownloadController(FeatureCollections collections) {
        this.collections = collections;
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
        List<Feature> features = collection.items(new FeatureQuery(bbox == null ? null : bbox.lonLat(), Integer.MAX_VALUE, 0,
                parsed.filters(), parsed.parameters())).features();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MediaType type;
        try {
            switch (extension) {
                case "gpkg" -> {
                    out.writeBytes(GeoPackageWriter.toBytes(List.of(new GeoPackageWriter.Layer(metadata, features)), crs));
                    type = GPKG;
                }
                case "shp.zip" -> {
                    ShapefileWriter.writeZip(out, metadata, features, crs);
                    type = MediaType.parseMediaType("application/zip");
                }
                case "geojson" -> {
                    GeoJsonWriter.writeFile(out, features, crs);
                    type = MediaType.parseMediaType("application/geo+json");
                }
                default -> throw new NotFoundException("download.format.unknown", extension);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(
                        ShapefileWriter.baseName(metadata) + "." + extension).build().toString())
                .header("Content-Crs", "<" + crs.uri() + ">")
                .body(out.toByteArray());
    }
}
