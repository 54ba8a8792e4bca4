package co.presencia.web.profile;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A top-to-bottom flow of text, tables and images on A4 pages with PDFBox: a new page starts when the next block does
 * not fit, and every page gets the same footer at the end. Text uses the standard Helvetica fonts (WinAnsi: every
 * Spanish letter; a character outside it is replaced), so the PDF's text can be extracted, searched and copied.
 */
final class PdfLayout implements AutoCloseable {

    static final float MARGIN = 46;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    static final Color INK = new Color(0x1f, 0x29, 0x33);
    static final Color MUTED = new Color(0x52, 0x60, 0x6d);
    static final Color NAVY = new Color(0x14, 0x21, 0x3d);
    private static final float FOOTER = 58;

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    PdfLayout(String title, String language) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Presencia");
        document.getDocumentCatalog().setLanguage(language);
        newPage();
    }

    /** A column of a table: its share of the width and whether its cells are numbers (right-aligned). */
    record Column(float share, boolean numeric) {
    }

    /** A heading, on a new page when fewer than three lines would follow it on this one. */
    void heading(String text, float size) {
        room(size * 1.85f + 48);
        space(size * 0.5f);
        paragraph(text, size, true, NAVY);
    }

    void paragraph(String text, float size, boolean strong, Color colour) {
        PDFont font = strong ? bold : regular;
        for (String line : wrap(safe(text), font, size, WIDTH)) {
            room(size * 1.35f);
            write(line, font, size, colour, MARGIN, y - size);
            y -= size * 1.35f;
        }
    }

    /** A shaded box around a paragraph: the synthetic-data notice. */
    void notice(String text, float size) {
        List<String> lines = wrap(safe(text), bold, size, WIDTH - 16);
        float height = lines.size() * size * 1.35f + 12;
        room(height + 6);
        fill(MARGIN, y - height, WIDTH, height, new Color(0xff, 0xf4, 0xce));
        float top = y - 6;
        for (String line : lines) {
            write(line, bold, size, new Color(0x5c, 0x44, 0x00), MARGIN + 8, top - size);
            top -= size * 1.35f;
        }
        y -= height + 6;
    }

    /** A table with a bold header row; rows that do not fit continue on the next page under the header again. */
    void table(List<Column> columns, List<String> header, List<List<String>> rows, float size) {
        room(3 * size * 1.5f);
        row(columns, header, size, true);
        for (List<String> cells : rows) {
            if (y - rowHeight(columns, cells, size) < MARGIN + FOOTER) {
                newPage();
                row(columns, header, size, true);
            }
            row(columns, cells, size, false);
        }
        space(size * 0.6f);
    }

    private float rowHeight(List<Column> columns, List<String> cells, float size) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, wrap(safe(cells.get(i)), regular, size, columns.get(i).share() * WIDTH - 6).size());
        }
        return lines * size * 1.3f + 4;
    }

    private void row(List<Column> columns, List<String> cells, float size, boolean header) {
        PDFont font = header ? bold : regular;
        float height = rowHeight(columns, cells, size);
        if (header) {
            fill(MARGIN, y - height, WIDTH, height, new Color(0xee, 0xf2, 0xf6));
        }
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            Column c = columns.get(i);
            float width = c.share() * WIDTH;
            float top = y - 2;
            for (String line : wrap(safe(cells.get(i)), font, size, width - 6)) {
                float left = c.numeric() ? x + width - 3 - textWidth(line, font, size) : x + 3;
                write(line, font, size, header ? NAVY : INK, left, top - size);
                top -= size * 1.3f;
            }
            x += width;
        }
        y -= height;
        line(MARGIN, y, MARGIN + WIDTH, y, new Color(0xd9, 0xde, 0xe4));
    }

    /** An image scaled to the width (and at most {@code maxHeight} points high), on a new page when it does not fit. */
    void image(byte[] png, float maxHeight) {
        try {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, png, "map.png");
            float scale = Math.min(WIDTH / image.getWidth(), maxHeight / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            room(h + 6);
            out.drawImage(image, MARGIN + (WIDTH - w) / 2, y - h, w, h);
            y -= h + 6;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void space(float points) {
        y -= points;
    }

    /** Points left above the footer on this page. */
    float remaining() {
        return y - MARGIN - FOOTER;
    }

    /** Closes the flow, writes {@code footer(page, pages)} (lines, small, muted) at the foot of every page, and the bytes. */
    byte[] finish(java.util.function.BiFunction<Integer, Integer, List<String>> footer) {
        try {
            out.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    float fy = MARGIN + FOOTER - 12;
                    for (String text : footer.apply(i + 1, pages)) {
                        for (String line : wrap(safe(text), regular, 7.5f, WIDTH)) {
                            writeOn(foot, line, regular, 7.5f, MUTED, MARGIN, fy);
                            fy -= 10;
                        }
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void room(float height) {
        if (y - height < MARGIN + FOOTER) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text, PDFont font, float size, Color colour, float x, float baseline) {
        writeOn(out, text, font, size, colour, x, baseline);
    }

    private static void writeOn(PDPageContentStream stream, String text, PDFont font, float size, Color colour, float x, float baseline) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(colour);
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drawing on the page's content stream; PDFBox's I/O errors are unchecked here. */
    private interface Drawing {
        void on(PDPageContentStream stream) throws IOException;
    }

    private void draw(Drawing drawing) {
        try {
            drawing.on(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(float x, float bottom, float width, float height, Color colour) {
        draw(s -> {
            s.setNonStrokingColor(colour);
            s.addRect(x, bottom, width, height);
            s.fill();
        });
    }

    private void line(float x1, float y1, float x2, float y2, Color colour) {
        draw(s -> {
            s.setStrokingColor(colour);
            s.setLineWidth(0.5f);
            s.moveTo(x1, y1);
            s.lineTo(x2, y2);
            s.stroke();
        });
    }

    private static float textWidth(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of at most {@code width} points, broken at spaces (a word longer than a line stands alone). */
    private static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && textWidth(candidate, font, size) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with every character the standard fonts cannot write replaced (a space for spaces, else '?'). */
    private String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean ok = encodable.computeIfAbsent(cp, c -> {
                try {
                    regular.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
            if (ok || cp == '\n') {
                out.appendCodePoint(cp);
            } else {
                out.append(Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : '?');
            }
        });
        return out.toString();
    }
}
