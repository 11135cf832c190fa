package org.dwdiary.ui.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages of a made PDF as pixels, drawn one at a time when first shown (a long pack is never drawn
 * whole) and a few kept for going back and forth. Runs on the background thread; its methods are
 * synchronized because PDFBox documents are not safe to share between threads.
 */
final class PdfPreview implements Closeable {
    /** About screen resolution: an A4 page is 794 × 1123 pixels. */
    static final float DPI = 96;
    /** Pages kept drawn (an A4 page at 96 dpi is about 3.5 MB of pixels). */
    private static final int KEPT = 4;

    /** One page's pixels, row by row, as int ARGB. */
    record Page(int index, int width, int height, int[] argb) {
    }

    private final PDDocument document;
    private final PDFRenderer renderer;
    private final Map<Integer, Page> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Page> eldest) {
            return size() > KEPT;
        }
    };
    private boolean closed;

    private PdfPreview(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    static PdfPreview of(byte[] pdf) throws IOException {
        return new PdfPreview(Loader.loadPDF(pdf));
    }

    synchronized int pageCount() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0), drawn at {@link #DPI}. */
    synchronized Page page(int index) throws IOException {
        if (closed) {
            throw new IOException("the preview is closed");
        }
        Page page = kept.get(index);
        if (page == null) {
            BufferedImage image = renderer.renderImageWithDPI(index, DPI, ImageType.RGB);
            int width = image.getWidth();
            int height = image.getHeight();
            page = new Page(index, width, height, image.getRGB(0, 0, width, height, null, 0, width));
            kept.put(index, page);
        }
        return page;
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            kept.clear();
            document.close();
        }
    }
}
