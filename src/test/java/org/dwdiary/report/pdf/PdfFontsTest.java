package org.dwdiary.report.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The embedded fonts lose only their glyph substitution table, which made every line of text slow to write. */
class PdfFontsTest {
    private static byte[] font(String name) throws IOException {
        try (InputStream in = PdfFontsTest.class.getResourceAsStream("/org/dwdiary/report/fonts/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFontWithoutGlyphSubstitutionKeepsEveryOtherTableAndGlyph() throws IOException {
        for (String name : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
            byte[] original = font(name);
            TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
            TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(PdfFonts.withoutGlyphSubstitution(original)));

            assertNotEquals(GsubData.NO_DATA_FOUND, before.getGsubData(), name + " has a GSUB table to take out");
            assertSame(GsubData.NO_DATA_FOUND, after.getGsubData(), name);
            assertEquals(before.getTables().size() - 1, after.getTables().size(), name);
            assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs(), name);
            assertEquals(before.getUnicodeCmapLookup().getGlyphId('Ł'), after.getUnicodeCmapLookup().getGlyphId('Ł'), name);
        }
    }
}
