package org.dwdiary.report.pdf;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.awt.Color;
import java.io.IOException;

/**
 * Drawing on one page in points, origin bottom left: text in the report's embedded fonts, lines,
 * rectangles and polygons, all as vector graphics. Charts and the page furniture draw through it.
 */
public final class PdfCanvas {
    public enum Align { LEFT, CENTRE, RIGHT }

    private final PDPageContentStream stream;
    private final PdfFonts fonts;

    PdfCanvas(PDPageContentStream stream, PdfFonts fonts) {
        this.stream = stream;
        this.fonts = fonts;
    }

    public float width(String text, float size, boolean bold) throws IOException {
        return fonts.width(text, size, bold);
    }

    /** One line of text with its baseline at {@code y}; {@code x} is its left, centre or right edge. */
    public void text(String text, float x, float y, float size, boolean bold, Color colour, Align align) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        float left = switch (align) {
            case LEFT -> x;
            case CENTRE -> x - width(text, size, bold) / 2;
            case RIGHT -> x - width(text, size, bold);
        };
        stream.beginText();
        stream.setNonStrokingColor(colour);
        stream.newLineAtOffset(left, y);
        for (PdfFonts.Run run : fonts.runs(text, bold)) {
            stream.setFont(run.font(), size);
            stream.showText(run.text());
        }
        stream.endText();
    }

    public void fillRect(float x, float y, float width, float height, Color colour) throws IOException {
        if (width <= 0 || height <= 0) {
            return;
        }
        stream.setNonStrokingColor(colour);
        stream.addRect(x, y, width, height);
        stream.fill();
    }

    public void strokeRect(float x, float y, float width, float height, float lineWidth, Color colour) throws IOException {
        stream.setStrokingColor(colour);
        stream.setLineWidth(lineWidth);
        stream.setLineDashPattern(new float[0], 0);
        stream.addRect(x, y, width, height);
        stream.stroke();
    }

    public void line(float x1, float y1, float x2, float y2, float lineWidth, Color colour, boolean dashed) throws IOException {
        polyline(new float[] {x1, x2}, new float[] {y1, y2}, lineWidth, colour, dashed);
    }

    public void polyline(float[] xs, float[] ys, float lineWidth, Color colour, boolean dashed) throws IOException {
        if (xs.length < 2) {
            return;
        }
        stream.setStrokingColor(colour);
        stream.setLineWidth(lineWidth);
        stream.setLineDashPattern(dashed ? new float[] {3, 2} : new float[0], 0);
        stream.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            stream.lineTo(xs[i], ys[i]);
        }
        stream.stroke();
        stream.setLineDashPattern(new float[0], 0);
    }

    /** A filled polygon (a triangle marker, a hatched band). */
    public void fillPolygon(float[] xs, float[] ys, Color colour) throws IOException {
        stream.setNonStrokingColor(colour);
        stream.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            stream.lineTo(xs[i], ys[i]);
        }
        stream.closePath();
        stream.fill();
    }

    /** A small filled circle, as a point on a line chart. */
    public void dot(float x, float y, float radius, Color colour) throws IOException {
        // Four Bézier quarter-arcs: 0.552 is the usual control-point factor for a circle.
        float k = 0.552f * radius;
        stream.setNonStrokingColor(colour);
        stream.moveTo(x + radius, y);
        stream.curveTo(x + radius, y + k, x + k, y + radius, x, y + radius);
        stream.curveTo(x - k, y + radius, x - radius, y + k, x - radius, y);
        stream.curveTo(x - radius, y - k, x - k, y - radius, x, y - radius);
        stream.curveTo(x + k, y - radius, x + radius, y - k, x + radius, y);
        stream.fill();
    }
}
