package org.dwdiary.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.WallClockText;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;

/**
 * Writes blocks as CSV: {@code date,start,end,minutes,kind,activity,note}, UTF-8, local times in the
 * diary's zone, with the offset added where a local time happens twice (the night the clocks go back),
 * so the file re-imports to the same diary ({@link WallClockText}: the same text as {@code WallClock.isoLocal},
 * faster). Notes are left empty unless asked for.
 */
public final class CsvBlockWriter {
    public static final String[] HEADER = {"date", "start", "end", "minutes", "kind", "activity", "note"};

    private final CSVPrinter printer;
    private final WallClockText times;
    private final boolean withNotes;

    public CsvBlockWriter(Writer out, ZoneId zone, boolean withNotes) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        this.times = new WallClockText(zone);
        this.withNotes = withNotes;
    }

    public void write(Block block) throws IOException {
        printer.printRecord(
                times.date(block.start()),
                times.isoLocal(block.start()),
                times.isoLocal(block.end()),
                block.minutes(),
                block.kind().code(),
                SpreadsheetSafety.protect(block.activity()),
                withNotes ? SpreadsheetSafety.protect(block.note()) : null);
    }

    public void writeAll(Iterable<Block> blocks) throws IOException {
        for (Block block : blocks) {
            write(block);
        }
        printer.flush();
    }

    public void flush() throws IOException {
        printer.flush();
    }
}
