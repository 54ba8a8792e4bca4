package co.presencia.map;

import java.awt.Color;
import java.awt.geom.PathIterator;
import java.awt.geom.Path2D;
import java.awt.font.FontRenderContext;
import java.util.Locale;

/**
 * Writes the drawing as a standalone SVG 1.1 document by hand: paths with even-odd fill and coordinates rounded to
 * 0.1 px, text in DejaVu Sans with sans-serif fallback. Text widths for layout come from the same font metrics
 * the PNG uses.
 */
public final class SvgCanvas implements MapCanvas {

    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

    private final StringBuilder out = new StringBuilder(1 << 20);
    private final int width;
    private final int height;

    public SvgCanvas(int width, int height, String title) {
        this.width = width;
        this.height = height;
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    }

    @Override
    public void path(Path2D.Double path, Color fill, Color stroke, double strokeWidth) {
        out.append("<path fill-rule=\"evenodd\" fill=\"").append(fill == null ? "none" : hex(fill)).append('"');
        stroke(stroke, strokeWidth);
        out.append(" d=\"");
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> out.append('M').append(num(c[0])).append(' ').append(num(c[1]));
                case PathIterator.SEG_LINETO -> out.append('L').append(num(c[0])).append(' ').append(num(c[1]));
                case PathIterator.SEG_CLOSE -> out.append('Z');
                default -> throw new IllegalStateException("Only straight segments are drawn");
            }
        }
        out.append("\"/>\n");
    }

    @Override
    public void rect(double x, double y, double w, double h, Color fill, Color stroke, double strokeWidth) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill == null ? "none" : hex(fill)).append('"');
        stroke(stroke, strokeWidth);
        out.append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double strokeWidth) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append('"');
        stroke(stroke, strokeWidth);
        out.append("/>\n");
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Color color, Anchor anchor) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(num(size))
                .append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        if (anchor != Anchor.START) {
            out.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        out.append(" fill=\"").append(hex(color)).append("\">").append(escape(text)).append("</text>\n");
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return Java2dCanvas.font(size, bold).getStringBounds(text, METRICS).getWidth();
    }

    public String svg() {
        return out + "</svg>\n";
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    private void stroke(Color stroke, double strokeWidth) {
        if (stroke != null) {
            out.append(" stroke=\"").append(hex(stroke)).append("\" stroke-width=\"").append(num(strokeWidth))
                    .append("\" stroke-linejoin=\"round\"");
        }
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
