package org.dwdiary.report.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.dwdiary.io.SafeFiles;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

/**
 * A report as A4 pages of flowing content: headings (which become PDF bookmarks), wrapped paragraphs,
 * label–value facts, tables whose header repeats on each page, and vector charts. Every page carries
 * the report's title, its page number ("Page 2 of 7") and the generation date. The text stays
 * selectable, in embedded fonts. {@link #save} writes it to a temporary file and renames it.
 */
public final class ReportPages implements Closeable {
    public static final PDRectangle A4 = PDRectangle.A4;
    public static final float MARGIN = 48;
    private static final float TOP = A4.getHeight() - 54;
    private static final float BOTTOM = 54;
    public static final float BODY = 9.5f;
    public static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    public static final Color MUTED = new Color(0x5b, 0x63, 0x6b);
    public static final Color RULE = new Color(0xc8, 0xcd, 0xd2);
    public static final Color SHADE = new Color(0xf1, 0xf3, 0xf5);
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);

    public enum Align { LEFT, RIGHT }

    /** A table column: its header, its share of the width, and whether its figures line up on the right. */
    public record Column(String header, float weight, Align align) {
        public static Column left(String header, float weight) {
            return new Column(header, weight, Align.LEFT);
        }

        public static Column right(String header, float weight) {
            return new Column(header, weight, Align.RIGHT);
        }
    }

    private final PDDocument document = new PDDocument();
    private final PdfFonts fonts;
    private final String title;
    private final String generated;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private PDPage page;
    private PDPageContentStream stream;
    private PdfCanvas canvas;
    private float y;

    /**
     * @param title     printed at the top of every page and stored as the PDF's title
     * @param generated when the report was made, printed at the foot of every page
     */
    public ReportPages(String title, ZonedDateTime generated) throws IOException {
        this.title = title;
        this.generated = GENERATED.format(generated);
        this.fonts = new PdfFonts(document);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Direct Work Diary");
        info.setProducer("Direct Work Diary (Apache PDFBox)");
        info.setCreationDate(GregorianCalendar.from(generated));
        document.getDocumentCatalog().setDocumentOutline(outline);
        newPage();
    }

    /** The width between the margins, in points. */
    public float width() {
        return A4.getWidth() - 2 * MARGIN;
    }

    /** The room left on this page, in points. */
    public float room() {
        return y - BOTTOM;
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** The number of the page being filled, from 1 (for a contents list). */
    public int pageNumber() {
        return document.getNumberOfPages();
    }

    /** Where the next content starts on this page: its top edge, in points from the bottom. */
    public float position() {
        return y;
    }

    /** Something drawn on a page that is already filled. */
    @FunctionalInterface
    public interface PageDrawing {
        void draw(PdfCanvas canvas) throws IOException;
    }

    /**
     * Draws on an earlier page, page {@code number} (from 1), over what is there: a contents list whose
     * page numbers are known only once the pages it names exist.
     */
    public void drawOn(int number, PageDrawing drawing) throws IOException {
        if (number < 1 || number >= pageNumber()) {
            throw new IllegalArgumentException("page " + number + " is not an earlier page (this is page " + pageNumber() + ")");
        }
        PDPage earlier = document.getPage(number - 1);
        try (PDPageContentStream extra = new PDPageContentStream(document, earlier, PDPageContentStream.AppendMode.APPEND, true, true)) {
            drawing.draw(new PdfCanvas(extra, fonts));
        }
    }

    public void newPage() throws IOException {
        closeStream();
        page = new PDPage(A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        canvas = new PdfCanvas(stream, fonts);
        y = TOP;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    public void keep(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    public void space(float points) {
        y -= points;
    }

    /** The report's big title, at the top of a page. */
    public void title(String text) throws IOException {
        paragraph(text, 20, true, INK);
        space(4);
    }

    /** A section heading, kept with the next few lines, and added to the PDF's bookmarks. */
    public void heading(String text) throws IOException {
        keep(70);
        if (y < TOP) {
            space(8);
        }
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(text);
        item.setDestination(page);
        outline.addLast(item);
        paragraph(text, 13, true, INK);
        canvas.line(MARGIN, y + 2, MARGIN + width(), y + 2, 0.6f, RULE, false);
        space(6);
    }

    public void subheading(String text) throws IOException {
        keep(40);
        space(2);
        paragraph(text, 10.5f, true, INK);
        space(2);
    }

    public void paragraph(String text) throws IOException {
        paragraph(text, BODY, false, INK);
        space(4);
    }

    /** Small grey text: methods, caveats, reminders. */
    public void note(String text) throws IOException {
        paragraph(text, 8, false, MUTED);
        space(3);
    }

    /** Text wrapped to the page width; a line break in the text starts a new line. */
    public void paragraph(String text, float size, boolean bold, Color colour) throws IOException {
        float leading = size * 1.35f;
        for (String line : wrap(text, width(), size, bold)) {
            keep(leading);
            y -= leading;
            canvas.text(line, MARGIN, y + size * 0.3f, size, bold, colour, PdfCanvas.Align.LEFT);
        }
    }

    /** Label–value rows in two columns, the values in bold: a report's headline figures. */
    public void facts(List<String[]> rows) throws IOException {
        facts(rows, 0.55f);
    }

    /** The same, the labels taking {@code labelShare} of the width (0.4 leaves more room for long values). */
    public void facts(List<String[]> rows, float labelShare) throws IOException {
        float labelWidth = width() * labelShare;
        for (String[] row : rows) {
            List<String> labels = wrap(row[0], labelWidth - 8, BODY, false);
            List<String> values = wrap(row[1], width() - labelWidth, BODY, true);
            float leading = BODY * 1.5f;
            float height = Math.max(labels.size(), values.size()) * leading;
            keep(height);
            for (int i = 0; i < Math.max(labels.size(), values.size()); i++) {
                float base = y - (i + 1) * leading + BODY * 0.35f;
                if (i < labels.size()) {
                    canvas.text(labels.get(i), MARGIN, base, BODY, false, MUTED, PdfCanvas.Align.LEFT);
                }
                if (i < values.size()) {
                    canvas.text(values.get(i), MARGIN + labelWidth, base, BODY, true, INK, PdfCanvas.Align.LEFT);
                }
            }
            y -= height;
            canvas.line(MARGIN, y, MARGIN + width(), y, 0.3f, RULE, false);
        }
        space(6);
    }

    /** A table that is filled row by row; its header repeats at the top of each page it runs onto. */
    public Table table(List<Column> columns, float size) throws IOException {
        return new Table(columns, size);
    }

    public final class Table {
        private final List<Column> columns;
        private final float size;
        private final float[] widths;
        private int rowsOnPage;

        private Table(List<Column> columns, float size) throws IOException {
            this.columns = List.copyOf(columns);
            this.size = size;
            float total = 0;
            for (Column column : columns) {
                total += column.weight();
            }
            widths = new float[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = width() * columns.get(i).weight() / total;
            }
            keep(size * 1.5f * 3);
            header();
        }

        public void row(String... cells) throws IOException {
            draw(cells, false, true);
        }

        /** A bold row with a rule above it: the total under a column of figures. */
        public void totalRow(String... cells) throws IOException {
            canvas.line(MARGIN, y, MARGIN + width(), y, 0.6f, INK, false);
            draw(cells, true, false);
        }

        /** A thin rule across the table before the next row: a break between groups of rows (days). */
        public void divider() throws IOException {
            canvas.line(MARGIN, y, MARGIN + width(), y, 0.5f, MUTED, false);
        }

        public void end() {
            space(8);
        }

        private void header() throws IOException {
            String[] headers = columns.stream().map(Column::header).toArray(String[]::new);
            draw(headers, true, false);
            canvas.line(MARGIN, y, MARGIN + width(), y, 0.6f, INK, false);
            rowsOnPage = 0;
        }

        private void draw(String[] cells, boolean bold, boolean body) throws IOException {
            List<List<String>> lines = new ArrayList<>();
            int count = 1;
            for (int i = 0; i < columns.size(); i++) {
                String cell = i < cells.length && cells[i] != null ? cells[i] : "";
                List<String> wrapped = wrap(cell, widths[i] - 6, size, bold);
                lines.add(wrapped);
                count = Math.max(count, wrapped.size());
            }
            float leading = size * 1.3f;
            float height = count * leading + size * 0.45f;
            if (y - height < BOTTOM && body) {
                newPage();
                header();
            }
            if (body && rowsOnPage % 2 == 1) {
                canvas.fillRect(MARGIN, y - height, width(), height, SHADE);
            }
            float x = MARGIN;
            for (int i = 0; i < columns.size(); i++) {
                for (int line = 0; line < lines.get(i).size(); line++) {
                    float base = y - size * 0.2f - (line + 1) * leading + size * 0.3f;
                    if (columns.get(i).align() == Align.RIGHT) {
                        canvas.text(lines.get(i).get(line), x + widths[i] - 3, base, size, bold, INK, PdfCanvas.Align.RIGHT);
                    } else {
                        canvas.text(lines.get(i).get(line), x + 3, base, size, bold, INK, PdfCanvas.Align.LEFT);
                    }
                }
                x += widths[i];
            }
            y -= height;
            if (body) {
                rowsOnPage++;
            }
        }
    }

    /** A chart across the page, {@code height} points tall (moved to a new page if it does not fit). */
    public void chart(PdfChart chart, float height) throws IOException {
        keep(height);
        chart.draw(canvas, MARGIN, y - height, width(), height);
        y -= height + 8;
    }

    /** Two charts side by side, each half the width. */
    public void chartPair(PdfChart left, PdfChart right, float height) throws IOException {
        keep(height);
        float gap = 14;
        float half = (width() - gap) / 2;
        left.draw(canvas, MARGIN, y - height, half, height);
        right.draw(canvas, MARGIN + half + gap, y - height, half, height);
        y -= height + 8;
    }

    /** Drawing of the caller's own in a box between the margins (headline tiles, a row of small charts). */
    @FunctionalInterface
    public interface Drawing {
        /** @param x the box's left, @param y its bottom, in points */
        void draw(PdfCanvas canvas, float x, float y, float width, float height) throws IOException;
    }

    /** A box {@code height} points tall across the page for {@code drawing} (moved to a new page if it does not fit). */
    public void draw(float height, Drawing drawing) throws IOException {
        keep(height);
        drawing.draw(canvas, MARGIN, y - height, width(), height);
        y -= height + 8;
    }

    /** Page furniture on every page, then the file, written under a temporary name and renamed. */
    public void save(Path target) throws IOException {
        finish();
        SafeFiles.writeBinary(target, document::save);
    }

    /** The finished PDF as bytes (for a preview). */
    public byte[] toBytes() throws IOException {
        finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private boolean finished;

    private void finish() throws IOException {
        closeStream();
        if (finished) {
            return;
        }
        finished = true;
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage each = document.getPage(i);
            try (PDPageContentStream furniture = new PDPageContentStream(document, each, PDPageContentStream.AppendMode.APPEND, true, true)) {
                PdfCanvas onPage = new PdfCanvas(furniture, fonts);
                float top = A4.getHeight() - 32;
                onPage.text(title, MARGIN, top, 8, false, MUTED, PdfCanvas.Align.LEFT);
                onPage.text("Direct Work Diary", MARGIN + width(), top, 8, false, MUTED, PdfCanvas.Align.RIGHT);
                onPage.line(MARGIN, top - 5, MARGIN + width(), top - 5, 0.4f, RULE, false);
                onPage.line(MARGIN, 40, MARGIN + width(), 40, 0.4f, RULE, false);
                onPage.text("Generated " + generated, MARGIN, 28, 8, false, MUTED, PdfCanvas.Align.LEFT);
                onPage.text("Page " + (i + 1) + " of " + total, MARGIN + width(), 28, 8, false, MUTED, PdfCanvas.Align.RIGHT);
            }
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    /** Lines of at most {@code width} points; words longer than a line are cut. */
    List<String> wrap(String text, float width, float size, boolean bold) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\r?\n", -1)) {
            if (fitsAsItIs(paragraph, width, size, bold)) {
                lines.add(paragraph);
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fonts.width(candidate, size, bold) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (fonts.width(word, size, bold) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && fonts.width(word.substring(0, cut), size, bold) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Most table cells: one line that fits, with no spaces to tidy. */
    private boolean fitsAsItIs(String paragraph, float width, float size, boolean bold) throws IOException {
        boolean tidy = paragraph.isEmpty() || (paragraph.charAt(0) != ' ' && paragraph.charAt(paragraph.length() - 1) != ' '
                && !paragraph.contains("  "));
        return tidy && fonts.width(paragraph, size, bold) <= width;
    }

    @Override
    public void close() throws IOException {
        try {
            closeStream();
        } finally {
            document.close();
        }
    }

}
