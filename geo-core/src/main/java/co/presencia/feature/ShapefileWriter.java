package co.presencia.feature;

import co.presencia.work.CallerScope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a feature collection as an ESRI Shapefile (.shp, .shx, .dbf, .prj, .cpg) zipped in one archive, written
 * here by hand from the ESRI whitepaper and the dBASE III format. Geometry is in the requested {@link FeatureCrs}
 * (EPSG:4326 by default), x = longitude or easting, with the CRS's ESRI WKT in the {@code .prj}; polygons
 * are shape type 5 with outer rings clockwise and holes counter-clockwise, as the format requires. The DBF uses the
 * properties' {@link PropertyDefinition#shortName() short names} (≤ 10 characters), text in UTF-8 truncated at a
 * character boundary to 254 bytes, and the {@code .cpg} declares {@code UTF-8} so GDAL, QGIS and ArcGIS read the
 * accents right.
 */
public final class ShapefileWriter {

    private static final int MAX_TEXT_BYTES = 254;

    private ShapefileWriter() {
    }

    /** The base name of the files in the archive: the collection id with {@code -} → {@code _}. */
    public static String baseName(CollectionMetadata metadata) {
        return metadata.id().replace('-', '_');
    }

    /** Writes the zip archive to {@code out} (not closed), in EPSG:4326. */
    public static void writeZip(OutputStream out, CollectionMetadata metadata, List<Feature> features) throws IOException {
        writeZip(out, metadata, features, FeatureCrs.CRS84);
    }

    /** Writes the zip archive to {@code out} (not closed), coordinates in {@code crs}. */
    public static void writeZip(OutputStream out, CollectionMetadata metadata, List<Feature> features, FeatureCrs crs)
            throws IOException {
        String base = baseName(metadata);
        byte[][] shpShx = shapes(metadata.geometry(), features.stream()
                .map(f -> f.geometry() == null ? null : crs.project(f.geometry())).toList());
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, base + ".shp", shpShx[0]);
        entry(zip, base + ".shx", shpShx[1]);
        entry(zip, base + ".dbf", dbf(metadata, features));
        entry(zip, base + ".prj", CrsWkt.esri(crs).getBytes(StandardCharsets.US_ASCII));
        entry(zip, base + ".cpg", "UTF-8".getBytes(StandardCharsets.US_ASCII));
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    // ---------------------------------------------------------------------------------------------------------
    // .shp and .shx

    static byte[][] shapes(GeometryKind kind, List<Geometry> geometries) {
        int shapeType = kind == GeometryKind.POINT ? 1 : 5;
        List<byte[]> records = new ArrayList<>(geometries.size());
        Envelope all = new Envelope();
        for (Geometry g : geometries) {
            CallerScope.checkpoint();
            if (g == null || g.isEmpty()) {
                records.add(le(4).putInt(0).array());
                continue;
            }
            all.expandToInclude(g.getEnvelopeInternal());
            records.add(shapeType == 1 ? point(g) : polygon(g));
        }
        int shpLength = 100;
        for (byte[] r : records) {
            shpLength += 8 + r.length;
        }
        ByteBuffer shp = ByteBuffer.allocate(shpLength);
        ByteBuffer shx = ByteBuffer.allocate(100 + 8 * records.size());
        header(shp, shpLength, shapeType, all);
        header(shx, 100 + 8 * records.size(), shapeType, all);
        int offset = 100;
        for (int i = 0; i < records.size(); i++) {
            byte[] r = records.get(i);
            shp.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(r.length / 2);
            shp.put(r);
            shx.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(r.length / 2);
            offset += 8 + r.length;
        }
        return new byte[][] {shp.array(), shx.array()};
    }

    private static void header(ByteBuffer b, int lengthBytes, int shapeType, Envelope e) {
        b.order(ByteOrder.BIG_ENDIAN).putInt(9994);
        for (int i = 0; i < 5; i++) {
            b.putInt(0);
        }
        b.putInt(lengthBytes / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(shapeType);
        boolean empty = e.isNull();
        b.putDouble(empty ? 0 : e.getMinX()).putDouble(empty ? 0 : e.getMinY())
                .putDouble(empty ? 0 : e.getMaxX()).putDouble(empty ? 0 : e.getMaxY());
        b.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
    }

    private static byte[] point(Geometry g) {
        Point p = g instanceof Point point ? point : (Point) g.getGeometryN(0);
        return le(20).putInt(1).putDouble(p.getX()).putDouble(p.getY()).array();
    }

    private static byte[] polygon(Geometry g) {
        List<Coordinate[]> rings = new ArrayList<>();
        List<Polygon> polygons = new ArrayList<>();
        if (g instanceof Polygon p) {
            polygons.add(p);
        } else if (g instanceof MultiPolygon mp) {
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                polygons.add((Polygon) mp.getGeometryN(i));
            }
        } else {
            throw new IllegalArgumentException("A polygon Shapefile cannot hold a " + g.getGeometryType());
        }
        for (Polygon p : polygons) {
            rings.add(oriented(p.getExteriorRing(), false));
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                rings.add(oriented(p.getInteriorRingN(i), true));
            }
        }
        int points = rings.stream().mapToInt(r -> r.length).sum();
        ByteBuffer b = le(4 + 32 + 8 + 4 * rings.size() + 16 * points);
        Envelope e = g.getEnvelopeInternal();
        b.putInt(5).putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putInt(rings.size()).putInt(points);
        int start = 0;
        for (Coordinate[] r : rings) {
            b.putInt(start);
            start += r.length;
        }
        for (Coordinate[] r : rings) {
            for (Coordinate c : r) {
                b.putDouble(c.x).putDouble(c.y);
            }
        }
        return b.array();
    }

    /** Outer rings clockwise, holes counter-clockwise (the Shapefile rule; the reverse of OGC's). */
    private static Coordinate[] oriented(LinearRing ring, boolean hole) {
        Coordinate[] coordinates = ring.getCoordinates();
        boolean ccw = Orientation.isCCW(coordinates);
        if (ccw != hole) {
            coordinates = coordinates.clone();
            CoordinateArrays.reverse(coordinates);
        }
        return coordinates;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    // ---------------------------------------------------------------------------------------------------------
    // .dbf (dBASE III)

    static byte[] dbf(CollectionMetadata metadata, List<Feature> features) {
        List<PropertyDefinition> fields = metadata.properties();
        int[] lengths = new int[fields.size()];
        int[] decimals = new int[fields.size()];
        char[] types = new char[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            PropertyDefinition d = fields.get(i);
            switch (d.type()) {
                case STRING -> {
                    types[i] = 'C';
                    int max = 1;
                    for (Feature f : features) {
                        Object v = f.property(d.name());
                        if (v != null) {
                            max = Math.max(max, truncated(v.toString()).length);
                        }
                    }
                    lengths[i] = max;
                }
                case INTEGER -> {
                    types[i] = 'N';
                    lengths[i] = 18;
                }
                case NUMBER -> {
                    types[i] = 'N';
                    lengths[i] = 20;
                    decimals[i] = 6;
                }
                case BOOLEAN -> {
                    types[i] = 'L';
                    lengths[i] = 1;
                }
            }
        }
        int recordLength = 1;
        for (int l : lengths) {
            recordLength += l;
        }
        int headerLength = 32 + 32 * fields.size() + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(headerLength + recordLength * features.size() + 1);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        ByteBuffer h = le(32);
        h.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue()).put((byte) today.getDayOfMonth());
        h.putInt(features.size()).putShort((short) headerLength).putShort((short) recordLength);
        out.writeBytes(h.array());
        for (int i = 0; i < fields.size(); i++) {
            ByteBuffer f = le(32);
            byte[] name = fields.get(i).shortName().getBytes(StandardCharsets.US_ASCII);
            f.put(name);
            f.position(11);
            f.put((byte) types[i]);
            f.position(16);
            f.put((byte) lengths[i]).put((byte) decimals[i]);
            out.writeBytes(f.array());
        }
        out.write(0x0D);
        for (Feature feature : features) {
            CallerScope.checkpoint();
            out.write(' ');
            for (int i = 0; i < fields.size(); i++) {
                out.writeBytes(cell(feature.property(fields.get(i).name()), types[i], lengths[i], decimals[i]));
            }
        }
        out.write(0x1A);
        return out.toByteArray();
    }

    private static byte[] cell(Object value, char type, int length, int decimals) {
        byte[] cell = new byte[length];
        java.util.Arrays.fill(cell, (byte) ' ');
        if (value == null) {
            if (type == 'L') {
                cell[0] = '?';
            }
            return cell;
        }
        switch (type) {
            case 'C' -> {
                byte[] text = truncated(value.toString());
                System.arraycopy(text, 0, cell, 0, text.length);
            }
            case 'L' -> cell[0] = (byte) (Boolean.TRUE.equals(value) ? 'T' : 'F');
            default -> {
                String text = decimals == 0 ? Long.toString(((Number) value).longValue())
                        : String.format(Locale.ROOT, "%." + decimals + "f", ((Number) value).doubleValue());
                byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
                if (bytes.length > length) {
                    java.util.Arrays.fill(cell, (byte) '*');
                } else {
                    System.arraycopy(bytes, 0, cell, length - bytes.length, bytes.length);
                }
            }
        }
        return cell;
    }

    /** UTF-8 bytes of {@code text}, cut to 254 bytes without splitting a character. */
    static byte[] truncated(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_TEXT_BYTES) {
            return bytes;
        }
        int end = MAX_TEXT_BYTES;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return java.util.Arrays.copyOf(bytes, end);
    }
}
