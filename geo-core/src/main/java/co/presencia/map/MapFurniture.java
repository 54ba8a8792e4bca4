package co.presencia.map;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything on a plate that is not the units: title and subtitle (the title shrinks to fit the width), the legend
 * at the bottom left (over Ecuador and Peru, where Colombia has no land), the scale bar at the bottom right, the
 * north arrow at the top right, and the source and projection lines at the foot.
 */
final class MapFurniture {

    static final Color TEXT = new Color(0x1d, 0x2b, 0x36);
    static final Color MUTED = new Color(0x5b, 0x6b, 0x78);
    static final Color FRAME = new Color(0x9a, 0xa5, 0xad);

    private MapFurniture() {
    }

    static void heading(ChoroplethMap map, PlateLayout p, MapCanvas canvas) {
        double u = p.u();
        double titleSize = 26 * u;
        while (titleSize > 14 * u && canvas.textWidth(map.title(), titleSize, true) > map.width() - 2 * p.margin()) {
            titleSize -= 0.5 * u;
        }
        canvas.text(p.margin(), 38 * u, map.title(), titleSize, true, TEXT, MapCanvas.Anchor.START);
        if (!map.subtitle().isEmpty()) {
            canvas.text(p.margin(), 66 * u, map.subtitle(), 15 * u, false, MUTED, MapCanvas.Anchor.START);
        }
    }

    static void foot(ChoroplethMap map, PlateLayout p, MapCanvas canvas) {
        double u = p.u();
        canvas.text(p.margin(), p.height() - 32 * u, map.source(), 11.5 * u, false, MUTED, MapCanvas.Anchor.START);
        canvas.text(p.margin(), p.height() - 14 * u, "Proyección: MAGNA-SIRGAS / Origen-Nacional (EPSG:9377). Clasificación: "
                + map.method().label() + ". Elaboración: Presencia.", 11.5 * u, false, MUTED, MapCanvas.Anchor.START);
    }

    static void legend(Legend legend, PlateLayout p, MapCanvas canvas) {
        double u = p.u();
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
        double x = p.mapX() + 2 * u;
        double y = p.mapY() + p.mapH() - height - 2 * u;
        canvas.rect(x, y, width, height, Color.WHITE, FRAME, 1 * u);
        canvas.text(x + 12 * u, y + 24 * u, legend.title(), titleSize, true, TEXT, MapCanvas.Anchor.START);
        double rowY = y + 36 * u;
        for (Legend.Entry entry : entries) {
            canvas.rect(x + 12 * u, rowY, swatch, row - 6 * u, entry.color(), UnitPainter.GROUP_BORDER, 0.6 * u);
            canvas.text(x + 12 * u + swatch + 10 * u, rowY + row - 11 * u, label(entry), textSize, false, TEXT, MapCanvas.Anchor.START);
            rowY += row;
        }
    }

    private static String label(Legend.Entry entry) {
        return entry.label() + "  (" + entry.count() + ")";
    }

    /** A two-part bar of a round length near a fifth of the map's width (50 … 500 km). */
    static void scaleBar(PlateLayout p, MapCanvas canvas) {
        double u = p.u();
        double metresPerPixel = 1 / p.scale();
        double target = p.mapW() / 5 * metresPerPixel / 1000;
        double km = 50;
        for (double candidate : new double[] {50, 100, 200, 250, 300, 400, 500}) {
            if (candidate <= target) {
                km = candidate;
            }
        }
        double length = km * 1000 / metresPerPixel;
        double right = p.mapX() + p.mapW() - 10 * u;
        double left = right - length;
        double y = p.mapY() + p.mapH() - 26 * u;
        canvas.rect(left, y, length / 2, 6 * u, TEXT, TEXT, 0.8 * u);
        canvas.rect(left + length / 2, y, length / 2, 6 * u, Color.WHITE, TEXT, 0.8 * u);
        canvas.text(left, y - 6 * u, "0", 11 * u, false, TEXT, MapCanvas.Anchor.MIDDLE);
        canvas.text(left + length / 2, y - 6 * u, kilometres(km / 2), 11 * u, false, TEXT, MapCanvas.Anchor.MIDDLE);
        canvas.text(right, y - 6 * u, kilometres(km) + " km", 11 * u, false, TEXT, MapCanvas.Anchor.MIDDLE);
    }

    private static String kilometres(double km) {
        return km == Math.rint(km) ? Long.toString((long) km) : String.valueOf(km).replace('.', ',');
    }

    static void northArrow(PlateLayout p, MapCanvas canvas) {
        double u = p.u();
        double cx = p.mapX() + p.mapW() - 28 * u;
        double top = p.mapY() + 12 * u;
        Path2D.Double arrow = new Path2D.Double();
        arrow.moveTo(cx, top + 18 * u);
        arrow.lineTo(cx + 11 * u, top + 52 * u);
        arrow.lineTo(cx, top + 44 * u);
        arrow.lineTo(cx - 11 * u, top + 52 * u);
        arrow.closePath();
        canvas.path(arrow, TEXT, TEXT, 0.8 * u);
        canvas.text(cx, top + 14 * u, "N", 15 * u, true, TEXT, MapCanvas.Anchor.MIDDLE);
    }
}
