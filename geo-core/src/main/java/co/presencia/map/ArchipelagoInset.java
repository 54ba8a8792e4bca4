package co.presencia.map;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The inset of San Andrés, Providencia and Santa Catalina at the top left of the plate, over the Caribbean, at a
 * larger scale than the main map (the factor is written in its corner). Clusters of islands more than 20 km apart
 * get a panel each, north first, so the sea between them does not shrink the islands.
 */
final class ArchipelagoInset {

    private static final double CLUSTER_DISTANCE_M = 20_000;

    private ArchipelagoInset() {
    }

    static void draw(ProjectedUnits units, PlateLayout p, UnitPainter painter, MapCanvas canvas) {
        double u = p.u();
        List<Envelope> panels = panels(units.inset());
        double boxX = p.mapX() + 2 * u;
        double boxY = p.mapY() + 2 * u;
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
        canvas.rect(boxX, boxY, boxW, boxH, java.awt.Color.WHITE, MapFurniture.FRAME, 1 * u);
        double top = boxY + gap;
        for (int k = 0; k < panels.size(); k++) {
            Envelope e = panels.get(k);
            double s = scale;
            double offX = boxX + (boxW - e.getWidth() * s) / 2;
            double offY = top;
            UnitPainter.Transform t = (x, y) -> new double[] {offX + (x - e.getMinX()) * s, offY + (e.getMaxY() - y) * s};
            Geometry[] inPanel = new Geometry[units.inset().length];
            for (int i = 0; i < inPanel.length; i++) {
                Geometry g = units.inset()[i];
                if (g != null && g.getEnvelopeInternal().intersects(e)) {
                    inPanel[i] = g;
                }
            }
            painter.draw(inPanel, t, canvas, 0.35 * u, 1.1 * u);
            top += e.getHeight() * s + gap;
            if (k < panels.size() - 1) {
                canvas.line(boxX + 10 * u, top - gap / 2, boxX + boxW - 10 * u, top - gap / 2, MapFurniture.FRAME, 0.6 * u);
            }
        }
        double middle = boxX + boxW / 2;
        canvas.text(middle, boxY + boxH - 24 * u, "Archipiélago de San Andrés,", 10 * u, false, MapFurniture.TEXT, MapCanvas.Anchor.MIDDLE);
        canvas.text(middle, boxY + boxH - 11 * u, "Providencia y Santa Catalina", 10 * u, false, MapFurniture.TEXT, MapCanvas.Anchor.MIDDLE);
        canvas.text(boxX + boxW - 5 * u, boxY + 14 * u, String.format(Locale.ROOT, "×%.0f", scale / p.scale()), 9.5 * u,
                false, MapFurniture.MUTED, MapCanvas.Anchor.END);
    }

    /** The inset's panels: clusters of inset polygons more than 20 km apart, each padded by 8 %, north first. */
    static List<Envelope> panels(Geometry[] inset) {
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
                    for (Iterator<Envelope> it = clusters.iterator(); it.hasNext(); ) {
                        Envelope c = it.next();
                        if (c.distance(part) < CLUSTER_DISTANCE_M) {
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
}
