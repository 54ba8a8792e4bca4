package co.presencia.map;

import co.presencia.spatial.CrsTransform;
import co.presencia.spatial.Srid;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Lays out and draws a {@link ChoroplethMap}: title and subtitle on top; Colombia in EPSG:9377, north up, scaled to
 * the width; San Andrés, Providencia and Santa Catalina (every polygon west of 80°W) in an inset at the top left,
 * over the Caribbean, at a larger scale; the legend at the bottom left (over Ecuador and Peru, where Colombia has no
 * land); scale bar at the bottom right and north arrow at the top right; the source line at the foot.
 *
 * <p>Geometry is simplified for the output scale with {@link CoverageSimplifier} (tolerance about half a pixel),
 * which keeps shared borders shared; the simplified coverage is cached for the last few (geometry set, tolerance)
 * pairs, so repeated maps of the same units cost only the drawing. Group outlines (departments on a municipal map)
 * are the coverage union of the simplified units, so they fall exactly on the unit borders.
 */
public final class ChoroplethRenderer {

    static final Color TEXT = new Color(0x1d, 0x2b, 0x36);
    static final Color MUTED = new Color(0x5b, 0x6b, 0x78);
    static final Color UNIT_BORDER = new Color(0xff, 0xff, 0xff);
    static final Color GROUP_BORDER = new Color(0x3a, 0x3a, 0x3a);
    static final Color FRAME = new Color(0x9a, 0xa5, 0xad);
    /** Polygons west of this longitude are the San Andrés archipelago and go to the inset. */
    static final double INSET_WEST_OF = -80.0;

    private static final GeometryFactory ORIGEN_NACIONAL = new GeometryFactory(new PrecisionModel(), Srid.ORIGEN_NACIONAL);
    private static final Map<String, Simplified> CACHE = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Simplified> eldest) {
            return size() > 8;
        }
    });

    private ChoroplethRenderer() {
    }

    public static byte[] png(ChoroplethMap map) {
        Plate plate = plate(map, new SvgCanvas(1, 1, ""));
        Java2dCanvas canvas = new Java2dCanvas(map.width(), plate.height, 1.0);
        draw(map, plate, canvas);
        return canvas.png();
    }

    public static String svg(ChoroplethMap map) {
        Plate plate = plate(map, new SvgCanvas(1, 1, ""));
        SvgCanvas canvas = new SvgCanvas(map.width(), plate.height, map.title());
        draw(map, plate, canvas);
        return canvas.svg();
    }

    /** The classes, colours and counts the map's legend shows. */
    public static Legend legend(ChoroplethMap map) {
        return classify(map).legend;
    }

    // ---------------------------------------------------------------------------------------------------------

    private record Classified(ClassBreaks breaks, List<Color> colors, Legend legend) {
    }

    /**
     * Classes, colours and legend. A count with zeros (beneficiaries, interventions: every unit not reached is 0) gets
     * a class of its own for 0 ({@link ColorRamp#ZERO}) and the positive values are classified into the other classes,
     * so "not reached" never shares a colour with "reached a little".
     */
    static Classified classify(ChoroplethMap map) {
        double[] values = map.features().stream().filter(f -> f.value() != null).mapToDouble(MapFeature::value).toArray();
        boolean zeroClass = hasZerosAndPositivesOnly(values);
        ClassBreaks breaks;
        List<Color> colors;
        double positiveMinimum = 0;
        if (zeroClass) {
            double[] positives = java.util.stream.DoubleStream.of(values).filter(v -> v > 0).toArray();
            double[] positive = map.method().classify(positives, map.classes() - 1).bounds();
            double[] bounds = new double[positive.length + 1];
            System.arraycopy(positive, 1, bounds, 2, positive.length - 1);
            breaks = new ClassBreaks(bounds);
            colors = new ArrayList<>();
            colors.add(ColorRamp.ZERO);
            colors.addAll(map.ramp().colors(positive.length - 1));
            positiveMinimum = positive[0];
        } else {
            breaks = map.method().classify(values, map.classes());
            colors = map.ramp().colors(breaks.classes());
        }
        int[] counts = new int[breaks.classes()];
        int noData = 0;
        for (MapFeature f : map.features()) {
            if (f.value() == null) {
                noData++;
            } else {
                counts[breaks.classOf(f.value())]++;
            }
        }
        DecimalFormat format = numberFormat(breaks, values);
        List<Legend.Entry> entries = new ArrayList<>();
        for (int i = 0; i < breaks.classes(); i++) {
            String label;
            if (values.length == 0) {
                label = "—";
            } else if (zeroClass && i == 0) {
                label = "0";
            } else {
                double lower = zeroClass && i == 1 ? positiveMinimum : breaks.lower(i);
                label = format.format(lower) + " – " + format.format(breaks.upper(i));
            }
            entries.add(new Legend.Entry(label, colors.get(i), counts[i]));
        }
        Legend.Entry none = noData == 0 ? null : new Legend.Entry("Sin dato", ColorRamp.NO_DATA, noData);
        return new Classified(breaks, colors, new Legend(map.legendTitle(), entries, none));
    }

    /** Whether some values are 0, some positive, and none negative (a count or a share with units not reached). */
    static boolean hasZerosAndPositivesOnly(double[] values) {
        boolean zero = false;
        boolean positive = false;
        for (double v : values) {
            if (v < 0) {
                return false;
            }
            zero |= v == 0;
            positive |= v > 0;
        }
        return zero && positive;
    }

    /** Colombian Spanish numbers: 1.234.567 and 12,5; decimals suited to the range (none for whole numbers). */
    static DecimalFormat numberFormat(ClassBreaks breaks, double[] values) {
        boolean whole = true;
        for (double v : values) {
            if (v != Math.rint(v)) {
                whole = false;
                break;
            }
        }
        double max = Math.max(Math.abs(breaks.lower(0)), Math.abs(breaks.upper(breaks.classes() - 1)));
        int decimals = whole ? 0 : max < 10 ? 2 : max < 1000 ? 1 : 0;
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(java.util.Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setGroupingUsed(true);
        return format;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Geometry: projection, inset split, simplification.

    /** Per feature: main-map part and inset part in EPSG:9377 (either may be null), simplified. */
    private record Simplified(Geometry[] main, Geometry[] inset, Envelope mainExtent, Envelope insetExtent) {
    }

    private static Simplified simplified(List<MapFeature> features, int mapWidthPx) {
        long identity = 1;
        for (MapFeature f : features) {
            identity = identity * 31 + System.identityHashCode(f.geometry());
        }
        String key = features.size() + ":" + identity + ":" + mapWidthPx;
        Simplified cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        int n = features.size();
        Geometry[] main = new Geometry[n];
        Geometry[] inset = new Geometry[n];
        Envelope mainExtent = new Envelope();
        Envelope insetExtent = new Envelope();
        for (int i = 0; i < n; i++) {
            Geometry g = features.get(i).geometry();
            List<Polygon> mainParts = new ArrayList<>();
            List<Polygon> insetParts = new ArrayList<>();
            for (int p = 0; p < g.getNumGeometries(); p++) {
                if (!(g.getGeometryN(p) instanceof Polygon polygon) || polygon.isEmpty()) {
                    continue;
                }
                // Parts of a collection may not carry the collection's SRID (JTS keeps one per factory).
                Polygon part = (Polygon) polygon.copy();
                part.setSRID(g.getSRID());
                Polygon projected = (Polygon) CrsTransform.transform(part, Srid.ORIGEN_NACIONAL);
                (polygon.getCentroid().getX() < INSET_WEST_OF ? insetParts : mainParts).add(projected);
            }
            main[i] = mainParts.isEmpty() ? null : ORIGEN_NACIONAL.createMultiPolygon(mainParts.toArray(Polygon[]::new));
            inset[i] = insetParts.isEmpty() ? null : ORIGEN_NACIONAL.createMultiPolygon(insetParts.toArray(Polygon[]::new));
            if (main[i] != null) {
                mainExtent.expandToInclude(main[i].getEnvelopeInternal());
            }
            if (inset[i] != null) {
                insetExtent.expandToInclude(inset[i].getEnvelopeInternal());
            }
        }
        double metresPerPixel = mainExtent.getWidth() / mapWidthPx;
        Simplified result = new Simplified(simplify(main, metresPerPixel * 0.6), simplify(inset, metresPerPixel / 3 * 0.6),
                mainExtent, insetExtent);
        CACHE.put(key, result);
        return result;
    }

    private static Geometry[] simplify(Geometry[] geometries, double tolerance) {
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < geometries.length; i++) {
            if (geometries[i] != null) {
                present.add(i);
            }
        }
        Geometry[] input = present.stream().map(i -> geometries[i]).toArray(Geometry[]::new);
        Geometry[] output = input.length == 0 ? input : CoverageSimplifier.simplify(input, tolerance);
        Geometry[] result = new Geometry[geometries.length];
        for (int j = 0; j < present.size(); j++) {
            result[present.get(j)] = output[j];
        }
        return result;
    }

    /** The simplified main-map geometries (EPSG:9377) of {@code map} at its width: for tests. */
    static Geometry[] simplifiedMainForTest(ChoroplethMap map) {
        return plate(map, new SvgCanvas(1, 1, "")).geometry.main.clone();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Layout.

    private static final class Plate {
        double u;
        double margin;
        double header;
        double footer;
        double mapX;
        double mapY;
        double mapW;
        double mapH;
        double scale;
        int height;
        Simplified geometry;
        Classified classes;
    }

    private static Plate plate(ChoroplethMap map, MapCanvas measure) {
        Plate p = new Plate();
        p.u = map.width() / 1000.0;
        p.margin = 24 * p.u;
        p.header = (map.subtitle().isEmpty() ? 62 : 86) * p.u;
        p.footer = 56 * p.u;
        p.mapX = p.margin;
        p.mapY = p.header;
        p.mapW = map.width() - 2 * p.margin;
        p.geometry = simplified(map.features(), (int) Math.round(p.mapW));
        Envelope e = p.geometry.mainExtent.isNull() ? p.geometry.insetExtent : p.geometry.mainExtent;
        p.scale = p.mapW / e.getWidth();
        p.mapH = e.getHeight() * p.scale;
        p.height = (int) Math.ceil(p.header + p.mapH + p.footer);
        p.classes = classify(map);
        return p;
    }

    private static void draw(ChoroplethMap map, Plate p, MapCanvas canvas) {
        double u = p.u;
        double titleSize = 26 * u;
        while (titleSize > 14 * u && canvas.textWidth(map.title(), titleSize, true) > map.width() - 2 * p.margin) {
            titleSize -= 0.5 * u;
        }
        canvas.text(p.margin, 38 * u, map.title(), titleSize, true, TEXT, MapCanvas.Anchor.START);
        if (!map.subtitle().isEmpty()) {
            canvas.text(p.margin, 66 * u, map.subtitle(), 15 * u, false, MUTED, MapCanvas.Anchor.START);
        }
        Envelope e = p.geometry.mainExtent;
        double scale = p.scale;
        double originX = p.mapX;
        double originY = p.mapY;
        Transform main = (x, y) -> new double[] {originX + (x - e.getMinX()) * scale, originY + (e.getMaxY() - y) * scale};
        drawUnits(map, p, p.geometry.main, main, canvas, 0.35 * u, 1.1 * u);
        if (!p.geometry.insetExtent.isNull()) {
            drawInset(map, p, canvas);
        }
        drawLegend(p, canvas);
        drawScaleBar(p, canvas);
        drawNorthArrow(p, canvas);
        canvas.text(p.margin, p.height - 32 * u, map.source(), 11.5 * u, false, MUTED, MapCanvas.Anchor.START);
        canvas.text(p.margin, p.height - 14 * u, "Proyección: MAGNA-SIRGAS / Origen-Nacional (EPSG:9377). Clasificación: "
                + map.method().label() + ". Elaboración: Presencia.", 11.5 * u, false, MUTED, MapCanvas.Anchor.START);
    }

    @FunctionalInterface
    private interface Transform {
        double[] apply(double x, double y);
    }

    private static void drawUnits(ChoroplethMap map, Plate p, Geometry[] geometries, Transform t, MapCanvas canvas,
                                  double unitStroke, double groupStroke) {
        Map<String, List<Geometry>> groups = new TreeMap<>();
        for (int i = 0; i < geometries.length; i++) {
            Geometry g = geometries[i];
            if (g == null || g.isEmpty()) {
                continue;
            }
            MapFeature f = map.features().get(i);
            Color fill = f.value() == null ? ColorRamp.NO_DATA : p.classes.colors.get(p.classes.breaks.classOf(f.value()));
            canvas.path(path(g, t), fill, UNIT_BORDER, unitStroke);
            if (f.group() != null) {
                groups.computeIfAbsent(f.group(), k -> new ArrayList<>()).add(g);
            }
        }
        boolean oneUnitPerGroup = groups.values().stream().allMatch(list -> list.size() == 1);
        for (List<Geometry> members : groups.values()) {
            Geometry outline = oneUnitPerGroup ? members.get(0) : CoverageUnion.union(members.toArray(Geometry[]::new));
            canvas.path(path(outline, t), null, GROUP_BORDER, groupStroke);
        }
        if (oneUnitPerGroup && groups.isEmpty()) {
            for (Geometry g : geometries) {
                if (g != null && !g.isEmpty()) {
                    canvas.path(path(g, t), null, GROUP_BORDER, groupStroke * 0.6);
                }
            }
        }
    }

    private static void drawInset(ChoroplethMap map, Plate p, MapCanvas canvas) {
        double u = p.u;
        List<Envelope> panels = insetPanels(p.geometry.inset);
        double boxX = p.mapX + 2 * u;
        double boxY = p.mapY + 2 * u;
        double boxW = 142 * u;
        double captionH = 40 * u;
        double gap = 8 * u;
        double scale = Double.MAX_VALUE;
        double sumHeights = 0;
        for (Envelope e : panels) {
            scale = Math.min(scale, (boxW - 20 * u) / e.getWidth());
            sumHeights += e.getHeight();
        }
        double maxPanels = 250 * u - captionH - gap * (panels.size() + 1);
        scale = Math.min(scale, maxPanels / sumHeights);
        double boxH = captionH + gap * (panels.size() + 1) + sumHeights * scale;
        canvas.rect(boxX, boxY, boxW, boxH, Color.WHITE, FRAME, 1 * u);
        double top = boxY + gap;
        for (int k = 0; k < panels.size(); k++) {
            Envelope e = panels.get(k);
            double s = scale;
            double offX = boxX + (boxW - e.getWidth() * s) / 2;
            double offY = top;
            Transform t = (x, y) -> new double[] {offX + (x - e.getMinX()) * s, offY + (e.getMaxY() - y) * s};
            Geometry[] inPanel = new Geometry[p.geometry.inset.length];
            for (int i = 0; i < inPanel.length; i++) {
                Geometry g = p.geometry.inset[i];
                if (g != null && g.getEnvelopeInternal().intersects(e)) {
                    inPanel[i] = g;
                }
            }
            drawUnits(map, p, inPanel, t, canvas, 0.35 * u, 1.1 * u);
            top += e.getHeight() * s + gap;
            if (k < panels.size() - 1) {
                canvas.line(boxX + 10 * u, top - gap / 2, boxX + boxW - 10 * u, top - gap / 2, FRAME, 0.6 * u);
            }
        }
        canvas.text(boxX + boxW / 2, boxY + boxH - 24 * u, "Archipiélago de San Andrés,", 10 * u, false, TEXT, MapCanvas.Anchor.MIDDLE);
        canvas.text(boxX + boxW / 2, boxY + boxH - 11 * u, "Providencia y Santa Catalina", 10 * u, false, TEXT, MapCanvas.Anchor.MIDDLE);
        canvas.text(boxX + boxW - 5 * u, boxY + 14 * u, String.format(java.util.Locale.ROOT, "×%.0f", scale / p.scale), 9.5 * u,
                false, MUTED, MapCanvas.Anchor.END);
    }

    /**
     * The inset's panels: clusters of inset polygons more than 20 km apart get their own panel (San Andrés;
     * Providencia and Santa Catalina), north first, so the sea between them does not shrink the islands.
     */
    static List<Envelope> insetPanels(Geometry[] inset) {
        List<Envelope> clusters = new ArrayList<>();
        for (Geometry g : inset) {
            if (g == null) {
                continue;
            }
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Envelope part = new Envelope(g.getGeometryN(i).getEnvelopeInternal());
                boolean merged = true;
                while (merged) {
                    merged = false;
                    for (java.util.Iterator<Envelope> it = clusters.iterator(); it.hasNext(); ) {
                        Envelope c = it.next();
                        if (c.distance(part) < 20_000) {
                            part.expandToInclude(c);
                            it.remove();
                            merged = true;
                        }
                    }
                }
                clusters.add(part);
            }
        }
        for (Envelope c : clusters) {
            c.expandBy(Math.max(c.getWidth(), c.getHeight()) * 0.08);
        }
        clusters.sort((a, b) -> Double.compare(b.getMaxY(), a.getMaxY()));
        return clusters;
    }

    private static void drawLegend(Plate p, MapCanvas canvas) {
        double u = p.u;
        Legend legend = p.classes.legend;
        List<Legend.Entry> entries = new ArrayList<>(legend.entries());
        if (legend.noData() != null) {
            entries.add(legend.noData());
        }
        double row = 24 * u;
        double swatch = 26 * u;
        double titleSize = 14 * u;
        double textSize = 13 * u;
        double width = canvas.textWidth(legend.title(), titleSize, true);
        for (Legend.Entry entry : entries) {
            width = Math.max(width, swatch + 10 * u + canvas.textWidth(label(entry), textSize, false));
        }
        width += 24 * u;
        double height = 36 * u + entries.size() * row + 6 * u;
        double x = p.mapX + 2 * u;
        double y = p.mapY + p.mapH - height - 2 * u;
        canvas.rect(x, y, width, height, new Color(255, 255, 255), FRAME, 1 * u);
        canvas.text(x + 12 * u, y + 24 * u, legend.title(), titleSize, true, TEXT, MapCanvas.Anchor.START);
        double rowY = y + 36 * u;
        for (Legend.Entry entry : entries) {
            canvas.rect(x + 12 * u, rowY, swatch, row - 6 * u, entry.color(), GROUP_BORDER, 0.6 * u);
            canvas.text(x + 12 * u + swatch + 10 * u, rowY + row - 11 * u, label(entry), textSize, false, TEXT, MapCanvas.Anchor.START);
            rowY += row;
        }
    }

    private static String label(Legend.Entry entry) {
        return entry.label() + "  (" + entry.count() + ")";
    }

    private static void drawScaleBar(Plate p, MapCanvas canvas) {
        double u = p.u;
        double metresPerPixel = 1 / p.scale;
        double target = p.mapW / 5 * metresPerPixel / 1000;
        double km = 50;
        for (double candidate : new double[] {50, 100, 200, 250, 300, 400, 500}) {
            if (candidate <= target) {
                km = candidate;
            }
        }
        double length = km * 1000 / metresPerPixel;
        double right = p.mapX + p.mapW - 10 * u;
        double left = right - length;
        double y = p.mapY + p.mapH - 26 * u;
        canvas.rect(left, y, length / 2, 6 * u, TEXT, TEXT, 0.8 * u);
        canvas.rect(left + length / 2, y, length / 2, 6 * u, Color.WHITE, TEXT, 0.8 * u);
        canvas.text(left, y - 6 * u, "0", 11 * u, false, TEXT, MapCanvas.Anchor.MIDDLE);
        canvas.text(left + length / 2, y - 6 * u, format(km / 2), 11 * u, false, TEXT, MapCanvas.Anchor.MIDDLE);
        canvas.text(right, y - 6 * u, format(km) + " km", 11 * u, false, TEXT, MapCanvas.Anchor.MIDDLE);
    }

    private static String format(double km) {
        return km == Math.rint(km) ? Long.toString((long) km) : String.valueOf(km).replace('.', ',');
    }

    private static void drawNorthArrow(Plate p, MapCanvas canvas) {
        double u = p.u;
        double cx = p.mapX + p.mapW - 28 * u;
        double top = p.mapY + 12 * u;
        Path2D.Double arrow = new Path2D.Double();
        arrow.moveTo(cx, top + 18 * u);
        arrow.lineTo(cx + 11 * u, top + 52 * u);
        arrow.lineTo(cx, top + 44 * u);
        arrow.lineTo(cx - 11 * u, top + 52 * u);
        arrow.closePath();
        canvas.path(arrow, TEXT, TEXT, 0.8 * u);
        canvas.text(cx, top + 14 * u, "N", 15 * u, true, TEXT, MapCanvas.Anchor.MIDDLE);
    }

    private static Path2D.Double path(Geometry g, Transform t) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon polygon) {
                ring(path, polygon.getExteriorRing().getCoordinateSequence(), t);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(path, polygon.getInteriorRingN(h).getCoordinateSequence(), t);
                }
            }
        }
        return path;
    }

    private static void ring(Path2D.Double path, CoordinateSequence seq, Transform t) {
        if (seq.size() == 0) {
            return;
        }
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < seq.size(); i++) {
            double[] xy = t.apply(seq.getX(i), seq.getY(i));
            if (i == 0) {
                path.moveTo(xy[0], xy[1]);
            } else if (Math.abs(xy[0] - lastX) >= 0.05 || Math.abs(xy[1] - lastY) >= 0.05) {
                path.lineTo(xy[0], xy[1]);
            } else {
                continue;
            }
            lastX = xy[0];
            lastY = xy[1];
        }
        path.closePath();
    }

}
