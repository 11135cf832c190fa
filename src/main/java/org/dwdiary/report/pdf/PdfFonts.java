package org.dwdiary.report.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts of one PDF: DejaVu Sans regular and bold, embedded as subsets, and Droid Sans Fallback for
 * the characters DejaVu lacks (Chinese, Japanese, Korean), loaded only when a text needs it. Text is cut
 * into runs by the font that has each character; a character no font has prints as "?" rather than
 * failing the report.
 */
final class PdfFonts {
    /** Read once per process. */
    private static final class Shared {
        static final byte[] REGULAR = withoutGlyphSubstitution(bytes("DejaVuSans.ttf"));
        static final byte[] BOLD = withoutGlyphSubstitution(bytes("DejaVuSans-Bold.ttf"));
    }

    private static final class Fallback {
        static final byte[] BYTES = bytes("DroidSansFallbackFull.ttf");
        static final CmapLookup CMAP = cmap(BYTES);
    }

    /** A piece of text in one font. */
    record Run(String text, PDFont font) {
    }

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    /** Which characters each font has: the embedded fonts' own tables, so each font is parsed once. */
    private final CmapLookup regularCmap;
    private final CmapLookup boldCmap;
    private PDFont fallback;

    PdfFonts(PDDocument document) throws IOException {
        this.document = document;
        this.regular = PDType0Font.load(document, new ByteArrayInputStream(Shared.REGULAR), true);
        this.bold = PDType0Font.load(document, new ByteArrayInputStream(Shared.BOLD), true);
        this.regularCmap = regular.getCmapLookup();
        this.boldCmap = bold.getCmapLookup();
    }

    /** The text cut into runs that each font can print; tabs become spaces, other control characters go. */
    List<Run> runs(String text, boolean strong) throws IOException {
        List<Run> runs = new ArrayList<>();
        PDFont main = strong ? bold : regular;
        CmapLookup mainCmap = strong ? boldCmap : regularCmap;
        StringBuilder current = new StringBuilder();
        PDFont currentFont = main;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
                codePoint = ' ';
            } else if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
                continue;
            }
            PDFont font;
            if (mainCmap.getGlyphId(codePoint) > 0) {
                font = main;
            } else if (Fallback.CMAP.getGlyphId(codePoint) > 0) {
                font = fallback();
            } else {
                font = main;
                codePoint = '?';
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(codePoint);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    float width(String text, float size, boolean strong) throws IOException {
        // Tables measure every cell, often several times while wrapping: the common characters' advances are
        // kept, rather than asking the font for each string.
        float[] advances = strong ? boldAdvances : regularAdvances;
        float units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= KEPT_ADVANCES) {
                return measured(text, size, strong);
            }
            float advance = advances[c];
            if (Float.isNaN(advance)) {
                advance = measured(String.valueOf(c), 1000, strong);
                advances[c] = advance;
            }
            units += advance;
        }
        return units / 1000f * size;
    }

    private float measured(String text, float size, boolean strong) throws IOException {
        float width = 0;
        for (Run run : runs(text, strong)) {
            width += run.font().getStringWidth(run.text()) / 1000f * size;
        }
        return width;
    }

    /** Latin, Greek, Cyrillic and common punctuation; other characters are measured each time. */
    private static final int KEPT_ADVANCES = 0x2100;
    private final float[] regularAdvances = unknownAdvances();
    private final float[] boldAdvances = unknownAdvances();

    private static float[] unknownAdvances() {
        float[] advances = new float[KEPT_ADVANCES];
        java.util.Arrays.fill(advances, Float.NaN);
        return advances;
    }

    private PDFont fallback() throws IOException {
        if (fallback == null) {
            fallback = PDType0Font.load(document, new ByteArrayInputStream(Fallback.BYTES), true);
        }
        return fallback;
    }

    private static byte[] bytes(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/org/dwdiary/report/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font without its glyph substitution table (GSUB). PDFBox applies a font's GSUB rules to Latin text
     * on every {@code showText}, compiling regular expressions each time, which made a 60-page report take
     * seconds; the rules only join letters into ligatures, and plain letters also read back more exactly.
     * The table's entry is taken out of the font's table directory; the table's bytes stay, unreferenced.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = in.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (in.getInt(record) == GSUB) {
                byte[] out = font.clone();
                int next = record + 16;
                int end = 12 + 16 * tables;
                System.arraycopy(font, next, out, record, end - next);
                java.util.Arrays.fill(out, end - 16, end, (byte) 0);
                ByteBuffer.wrap(out).putShort(4, (short) (tables - 1));
                return out;
            }
        }
        return font;
    }

    private static final int GSUB = ('G' << 24) | ('S' << 16) | ('U' << 8) | 'B';

    private static CmapLookup cmap(byte[] font) {
        try {
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
            return parsed.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
