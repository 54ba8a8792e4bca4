package co.presencia.boundary;

import co.presencia.spatial.PrjCrs;
import co.presencia.spatial.Srid;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.h2gis.functions.factory.H2GISFunctions;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads a boundary layer from an ESRI Shapefile, a GeoJSON file or a GeoPackage into {@link SourceLayer}.
 *
 * <p>Shapefile and GeoJSON are read by H2GIS ({@code SHPREAD}, {@code GEOJSONREAD}) in a private in-memory
 * database; the {@code .cpg} encoding and the {@code .prj} CRS are read here, because H2GIS leaves the SRID at 0
 * for DANE's ESRI {@code .prj}. GeoPackage is read over SQLite, decoding the GeoPackage binary header.
 */
public final class BoundaryFileReader {

    private BoundaryFileReader() {
    }

    public static SourceLayer read(Path file, String gpkgLayer) {
        if (!Files.isRegularFile(file)) {
            throw new BoundaryFileException(file, "file not found");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".shp")) {
            return readShapefile(file);
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return readGeoJson(file);
        }
        if (name.endsWith(".gpkg")) {
            return GeoPackageReader.read(file, gpkgLayer);
        }
        throw new BoundaryFileException(file, "unsupported format; expected .shp, .gpkg, .geojson or .json");
    }

    private static SourceLayer readShapefile(Path shp) {
        String base = shp.getFileName().toString().replaceFirst("(?i)\\.shp$", "");
        Path cpg = shp.resolveSibling(base + ".cpg");
        Path prj = shp.resolveSibling(base + ".prj");
        String encoding = null;
        String crsNote;
        int srid;
        try {
            if (Files.isRegularFile(cpg)) {
                encoding = normaliseEncoding(Files.readString(cpg, StandardCharsets.US_ASCII).strip());
            }
            if (Files.isRegularFile(prj)) {
                String wkt = Files.readString(prj, StandardCharsets.ISO_8859_1);
                OptionalInt detected = PrjCrs.sridOf(wkt);
                if (detected.isEmpty()) {
                    throw new BoundaryFileException(prj, "unrecognised CRS in .prj: " + abbreviate(wkt));
                }
                srid = detected.getAsInt();
                crsNote = "EPSG:" + srid + " from " + prj.getFileName();
            } else {
                srid = Srid.MAGNA_SIRGAS;
                crsNote = "no .prj: assumed EPSG:4686 (MAGNA-SIRGAS), DANE's MGN CRS";
            }
        } catch (IOException e) {
            throw new BoundaryFileException(shp, "cannot read side files: " + e.getMessage(), e);
        }
        String table = "SRC";
        String call = encoding == null ? "CALL SHPREAD(?, '" + table + "')" : "CALL SHPREAD(?, '" + table + "', ?)";
        List<Object> args = encoding == null ? List.of(shp.toAbsolutePath().toString())
                : List.of(shp.toAbsolutePath().toString(), encoding);
        return readThroughH2gis(shp, call, args, table, srid, crsNote, encoding == null ? "DBF default" : encoding);
    }

    private static SourceLayer readGeoJson(Path file) {
        String table = "SRC";
        // RFC 7946: GeoJSON is WGS 84 lon/lat; DANE exports in MAGNA-SIRGAS are within a metre of it.
        return readThroughH2gis(file, "CALL GEOJSONREAD(?, '" + table + "')", List.of(file.toAbsolutePath().toString()),
                table, Srid.WGS84, "GeoJSON (RFC 7946): EPSG:4326", "UTF-8");
    }

    private static SourceLayer readThroughH2gis(Path file, String call, List<Object> args, String table, int srid,
                                                String crsNote, String encoding) {
        String url = "jdbc:h2:mem:boundary-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            H2GISFunctions.load(connection);
            try (PreparedStatement read = connection.prepareStatement(call)) {
                for (int i = 0; i < args.size(); i++) {
                    read.setObject(i + 1, args.get(i));
                }
                read.execute();
            }
            List<String> fields = new ArrayList<>();
            List<SourceFeature> features = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = rs.getMetaData();
                int geometryColumn = -1;
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    String type = meta.getColumnTypeName(c).toUpperCase(Locale.ROOT);
                    if (type.startsWith("GEOMETRY")) {
                        geometryColumn = c;
                    } else {
                        fields.add(meta.getColumnLabel(c).toUpperCase(Locale.ROOT));
                    }
                }
                if (geometryColumn < 0) {
                    throw new BoundaryFileException(file, "no geometry column");
                }
                int index = 0;
                while (rs.next()) {
                    Map<String, Object> attributes = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        if (c != geometryColumn) {
                            attributes.put(meta.getColumnLabel(c).toUpperCase(Locale.ROOT), rs.getObject(c));
                        }
                    }
                    Geometry geometry = (Geometry) rs.getObject(geometryColumn);
                    if (geometry != null) {
                        geometry.setSRID(srid);
                    }
                    features.add(new SourceFeature(index++, attributes, geometry));
                }
            }
            return new SourceLayer(file, table, srid, crsNote, encoding, List.copyOf(fields), List.copyOf(features));
        } catch (SQLException e) {
            throw new BoundaryFileException(file, "H2GIS could not read it: " + e.getMessage(), e);
        }
    }

    static String normaliseEncoding(String cpg) {
        String upper = cpg.toUpperCase(Locale.ROOT);
        if (upper.isEmpty()) {
            return null;
        }
        if (upper.equals("UTF-8") || upper.equals("UTF8") || upper.equals("65001")) {
            return "UTF-8";
        }
        if (upper.equals("1252") || upper.contains("1252")) {
            return "windows-1252";
        }
        if (upper.contains("8859-1") || upper.equals("LATIN1")) {
            return "ISO-8859-1";
        }
        return Charset.isSupported(cpg) ? Charset.forName(cpg).name() : null;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 120 ? oneLine.substring(0, 117) + "..." : oneLine;
    }

    /** GeoPackage (OGC 12-128r18) reader over SQLite. */
    static final class GeoPackageReader {
        private GeoPackageReader() {
        }

        static SourceLayer read(Path file, String requestedLayer) {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                String layer;
                String geometryColumn;
                int srid;
                try (PreparedStatement ps = connection.prepareStatement(
                        "SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns"
                                + (requestedLayer == null ? "" : " WHERE table_name = ?") + " ORDER BY table_name")) {
                    if (requestedLayer != null) {
                        ps.setString(1, requestedLayer);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new BoundaryFileException(file, requestedLayer == null ? "no feature layer"
                                    : "no layer named '" + requestedLayer + "'");
                        }
                        layer = rs.getString(1);
                        geometryColumn = rs.getString(2);
                        srid = rs.getInt(3);
                    }
                }
                if (!layer.matches("[A-Za-z0-9_]+") || !geometryColumn.matches("[A-Za-z0-9_]+")) {
                    throw new BoundaryFileException(file, "unsupported layer or column name '" + layer + "." + geometryColumn + "'");
                }
                List<String> fields = new ArrayList<>();
                List<SourceFeature> features = new ArrayList<>();
                WKBReader wkb = new WKBReader();
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT * FROM \"" + layer + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        if (!meta.getColumnLabel(c).equalsIgnoreCase(geometryColumn)) {
                            fields.add(meta.getColumnLabel(c).toUpperCase(Locale.ROOT));
                        }
                    }
                    int index = 0;
                    while (rs.next()) {
                        Map<String, Object> attributes = new LinkedHashMap<>();
                        Geometry geometry = null;
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            String label = meta.getColumnLabel(c);
                            if (label.equalsIgnoreCase(geometryColumn)) {
                                byte[] blob = rs.getBytes(c);
                                geometry = blob == null ? null : decode(blob, wkb, file);
                            } else {
                                attributes.put(label.toUpperCase(Locale.ROOT), rs.getObject(c));
                            }
                        }
                        if (geometry != null) {
                            geometry.setSRID(srid);
                        }
                        features.add(new SourceFeature(index++, attributes, geometry));
                    }
                }
                return new SourceLayer(file, layer, srid, "EPSG:" + srid + " from gpkg_geometry_columns", "UTF-8",
                        List.copyOf(fields), List.copyOf(features));
            } catch (SQLException e) {
                throw new BoundaryFileException(file, "cannot read GeoPackage: " + e.getMessage(), e);
            }
        }

        /** Strips the GeoPackage binary header (magic "GP", version, flags, optional envelope) and parses the WKB. */
        static Geometry decode(byte[] blob, WKBReader wkb, Path file) {
            if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
                throw new BoundaryFileException(file, "geometry blob is not GeoPackage binary");
            }
            int flags = blob[3];
            int envelopeIndicator = (flags >> 1) & 0x07;
            int envelopeBytes = switch (envelopeIndicator) {
                case 0 -> 0;
                case 1 -> 32;
                case 2, 3 -> 48;
                case 4 -> 64;
                default -> throw new BoundaryFileException(file, "invalid GeoPackage envelope indicator " + envelopeIndicator);
            };
            int offset = 8 + envelopeBytes;
            byte[] body = new byte[blob.length - offset];
            System.arraycopy(blob, offset, body, 0, body.length);
            try {
                return wkb.read(body);
            } catch (ParseException e) {
                throw new BoundaryFileException(file, "invalid WKB in GeoPackage geometry: " + e.getMessage(), e);
            }
        }
    }
}
