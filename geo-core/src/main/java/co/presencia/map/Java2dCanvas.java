package co.presencia.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws on an anti-aliased RGB raster with Java2D (headless) and encodes it as PNG. Fonts: DejaVu Sans / SansSerif. */
public final class Java2dCanvas implements MapCanvas {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final BufferedImage image;
    private final Graphics2D g;

    public Java2dCanvas(int width, int height, double scale) {
        System.setProperty("java.awt.headless", "true");
        this.image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale), BufferedImage.TYPE_INT_RGB);
        this.g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(scale, scale);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    @Override
    public void path(Path2D.Double path, Color fill, Color stroke, double strokeWidth) {
        path.setWindingRule(Path2D.WIND_EVEN_ODD);
        if (fill != null) {
            g.setColor(fill);
            g.fill(path);
        }
        if (stroke != null) {
            g.setColor(stroke);
            g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }
    }

    @Override
    public void rect(double x, double y, double width, double height, Color fill, Color stroke, double strokeWidth) {
        Rectangle2D.Double r = new Rectangle2D.Double(x, y, width, height);
        if (fill != null) {
            g.setColor(fill);
            g.fill(r);
        }
        if (stroke != null) {
            g.setColor(stroke);
            g.setStroke(new BasicStroke((float) strokeWidth));
            g.draw(r);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double strokeWidth) {
        g.setColor(stroke);
        g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Color color, Anchor anchor) {
        Font font = font(size, bold);
        g.setFont(font);
        g.setColor(color);
        double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
        double dx = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w;
        g.drawString(text, (float) (x + dx), (float) y);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return g.getFontMetrics(font(size, bold)).getStringBounds(text, g).getWidth();
    }

    static Font font(double size, boolean bold) {
        return new Font(FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    public byte[] png() {
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
