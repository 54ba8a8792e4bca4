package co.presencia.map;

import java.awt.Color;
import java.awt.geom.Path2D;

/**
 * The drawing operations a map needs, in page pixels (origin top-left, y down). {@link Java2dCanvas} draws them on
 * a raster, {@link SvgCanvas} writes them as SVG, so both formats come from the same layout.
 */
public interface MapCanvas {

    /** Fills (when {@code fill} is not null) and strokes (when {@code stroke} is not null) a path, even-odd rule. */
    void path(Path2D.Double path, Color fill, Color stroke, double strokeWidth);

    void rect(double x, double y, double width, double height, Color fill, Color stroke, double strokeWidth);

    void line(double x1, double y1, double x2, double y2, Color stroke, double strokeWidth);

    /** Text with its baseline at y; {@code anchor} is where x is: start, middle or end. */
    void text(double x, double y, String text, double size, boolean bold, Color color, Anchor anchor);

    /** The width the text takes, for layout. */
    double textWidth(String text, double size, boolean bold);

    enum Anchor { START, MIDDLE, END }
}
