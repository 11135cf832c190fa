package org.dwdiary.cli;

import org.dwdiary.cli.huge.MeasuredCli;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.fuzz.DiaryDump;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryFolder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Huge files through the command line as a user runs it, in a child JVM with a 256 MB heap (-Ddwdiary.huge.heap=64m
 * for less) that stops at the first
 * OutOfMemoryError (exit 3): a 100 MB CSV of 1.4 million rows (refused, too many rows), a 100 MB CSV of 17,000 rows
 * with the longest notes (imported, row by row), and a calendar of 100,000 events over 48 years (its last year
 * imported). Each ends with exit 0 or 1 and a message, and the diary afterwards opens, verifies and holds what the
 * message says. The files are made in a temporary folder and deleted after. Each run prints its time and peak
 * memory (no assertion on them: they are figures for docs/benchmarks.md).
 */
@Tag("huge")
class HugeImportTest {
    private static final long HUNDRED_MB = 100L * 1024 * 1024;
    /** The child's heap: 256m, or -Ddwdiary.huge.heap=64m to see how little is enough. */
    private static final String HEAP = System.getProperty("dwdiary.huge.heap", "256m");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @TempDir
    Path temp;

    record Run(int code, String out, String err, String memory) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    @Test
    void hundredMegabyteCsvOfTooManyRowsIsRefusedAndChangesNothing() throws Exception {
        Path diaryFolder = temp.resolve("diary");
        addOneBlock(diaryFolder);
        String before = DiaryDump.of(DiaryFolder.diaryFile(diaryFolder));
        Path csv = temp.resolve("everything.csv");
        long rows = writeCsv(csv, HUNDRED_MB, "ran over a little");

        Run run = cli(diaryFolder, "import", csv.toString());

        assertEquals(1, run.code(), run::toString);
        assertEquals("dwdiary import: Nothing was imported from everything.csv: it has more than 200,000 rows, more than "
                + "any diary needs (ten years at ten blocks a day is about 26,000). Check it is the right file, or import "
                + "it in parts of fewer rows.\n", run.err());
        assertEquals(before, DiaryDump.of(DiaryFolder.diaryFile(diaryFolder)), "the diary is exactly as it was");
        assertIntact(diaryFolder, 1);
        report("CSV, " + Files.size(csv) / 1024 / 1024 + " MB, " + rows + " rows, refused", run);
    }

    @Test
    void hundredMegabyteCsvOfLongNotesIsImportedRowByRow() throws Exception {
        Path diaryFolder = temp.resolve("diary");
        addOneBlock(diaryFolder);
        Path csv = temp.resolve("notes.csv");
        long rows = writeCsv(csv, HUNDRED_MB, "€".repeat(2_000)); // the longest note, 6,000 bytes in UTF-8

        Run run = cli(diaryFolder, "import", csv.toString());

        assertEquals(0, run.code(), run::toString);
        assertEquals("Imported " + rows + " blocks from " + csv + "\n", run.out());
        assertIntact(diaryFolder, rows + 1);
        report("CSV, " + Files.size(csv) / 1024 / 1024 + " MB, " + rows + " rows with 2,000-character notes, imported", run);
    }

    @Test
    void calendarOfAHundredThousandEventsImportsItsLastYear() throws Exception {
        Path diaryFolder = temp.resolve("diary");
        addOneBlock(diaryFolder);
        Path ics = temp.resolve("work calendar.ics");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        writeCalendar(ics, 100_000, today.minusDays(1));

        Run run = cli(diaryFolder, "import", ics.toString(), "--default-kind", "meetings");

        assertEquals(0, run.code(), run::toString);
        String imported = run.out().lines().filter(line -> line.startsWith("Imported ")).findFirst().orElseThrow();
        long events = Long.parseLong(imported.replaceAll("^Imported (\\d+) events.*", "$1"));
        assertTrue(events > 1_900 && events < 2_200, "about a year of 40 a week: " + run);
        assertTrue(run.out().contains("Only the year"), run::toString);
        assertIntact(diaryFolder, events + 1);
        report("calendar, " + Files.size(ics) / 1024 / 1024 + " MB, 100,000 events, " + events + " imported", run);
    }

    private static void addOneBlock(Path folder) {
        try (Diary diary = Diary.open(folder, Clock.systemDefaultZone())) {
            diary.setZone("Europe/London");
            diary.add(org.dwdiary.domain.Block.create(java.time.Instant.parse("1999-03-01T09:00:00Z"),
                    java.time.Instant.parse("1999-03-01T10:00:00Z"), ZoneId.of("Europe/London"), WorkKind.DIRECT,
                    "Home visit", null), RecordedVia.CLI);
        }
    }

    private static void assertIntact(Path folder, long blocks) {
        try (Diary diary = Diary.open(folder, Clock.systemDefaultZone())) {
            assertTrue(diary.verify().intact(), diary.verify().describe());
            assertEquals(blocks, diary.count());
        }
    }

    /** CSV rows 45 minutes apart (07:00 to midnight) from 1 January 1990, until the file has {@code bytes}; returns the rows. */
    private static long writeCsv(Path file, long bytes, String note) throws IOException {
        long rows = 0;
        long written = 0;
        LocalDateTime start = LocalDateTime.of(1990, 1, 1, 8, 0);
        String[] kinds = {"direct", "recording", "travel", "meetings"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("start,end,kind,activity,note\n");
            while (written < bytes) {
                String line = LOCAL.format(start) + "," + LOCAL.format(start.plusMinutes(30)) + "," + kinds[(int) (rows % 4)]
                        + ",Home visit," + note + "\n";
                out.write(line);
                written += line.getBytes(StandardCharsets.UTF_8).length;
                rows++;
                start = start.plusMinutes(45);
                if (start.getHour() < 7) {
                    start = start.withHour(7).withMinute(0); // no times the clocks skip or repeat at night
                }
            }
        }
        return rows;
    }

    /** {@code count} 45-minute meetings, eight a weekday (UTC), the last on {@code last}, going back from it. */
    private static void writeCalendar(Path file, int count, LocalDate last) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("BEGIN:VCALENDAR\r\nPRODID:-//Direct Work Diary tests//EN\r\nVERSION:2.0\r\n");
            LocalDate day = last;
            int written = 0;
            while (written < count) {
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    for (int hour = 9; hour < 17 && written < count; hour++, written++) {
                        LocalDateTime start = day.atTime(hour, 0);
                        out.write("BEGIN:VEVENT\r\nUID:event-" + written + "@example.org\r\nDTSTAMP:20260101T090000Z\r\n"
                                + "DTSTART:" + STAMP.format(start) + "Z\r\nDTEND:" + STAMP.format(start.plusMinutes(45))
                                + "Z\r\nSUMMARY:Team meeting " + (written % 50) + "\r\nDESCRIPTION:"
                                + "Agenda and actions\\, see the notes. ".repeat(6) + "\r\nLOCATION:Room 2\r\n"
                                + "BEGIN:VALARM\r\nTRIGGER:-PT15M\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT\r\n");
                    }
                }
                day = day.minusDays(1);
            }
            out.write("END:VCALENDAR\r\n");
        }
    }

    /** {@code dwdiary --data-dir FOLDER args…} in a child JVM with a 256 MB heap. */
    private Run cli(Path folder, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = temp.resolve("child.out");
        Path err = temp.resolve("child.err");
        Path memory = temp.resolve("child.memory");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Dorg.sqlite.tmpdir=" + temp,
                "-D" + MeasuredCli.REPORT + "=" + memory, "-cp", System.getProperty("java.class.path"),
                MeasuredCli.class.getName(), "--data-dir", folder.toString()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the child finished");
        Run run = new Run(child.exitValue(), Files.readString(out), Files.readString(err),
                Files.exists(memory) ? Files.readString(memory) : "");
        assertFalse(run.err().contains("OutOfMemoryError"), run::toString);
        assertTrue(run.code() == 0 || run.code() == 1, () -> "exit 0 or 1 (3 is an OutOfMemoryError): " + run);
        return run;
    }

    private static void report(String what, Run run) {
        String[] figures = run.memory().isBlank() ? new String[] {"-1", "-1", "-1"} : run.memory().split(" ");
        System.out.printf("Huge input: %s: exit %d in %.1f s, heap peak %d MB, RSS peak %d MB (-Xmx%s)%n", what,
                run.code(), Long.parseLong(figures[2]) / 1000.0, Long.parseLong(figures[0]) / 1024 / 1024,
                Long.parseLong(figures[1]) / 1024, HEAP);
    }
}
