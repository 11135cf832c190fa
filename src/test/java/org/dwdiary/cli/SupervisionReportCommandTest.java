package org.dwdiary.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.report.pdf.Samples;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Today is Wednesday 4 March 2026 (2026-W10). The diary, on a 10-hour contract: W07 with an evening, W08
 * with a Saturday, W09 empty, W10 so far with an early start; notes with caseloads for W07, W09 and W10.
 */
class SupervisionReportCommandTest {
    static final List<String> WEEKS = List.of("2026-W07", "2026-W08", "2026-W09", "2026-W10");

    @TempDir Path tempDir;
    private CliRunner cli;
    private Path pdf;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tempDir);
        pdf = tempDir.resolve("supervision.pdf");
        // A 10-hour contract, so that two of the weeks go over it.
        assertEquals(0, cli.run("settings", "set", "contract-hours", "10", "--from", "start").code());
        cli.add("2026-02-09T09:00", "2026-02-09T12:00", WorkKind.DIRECT, "Home visit", "Private detail 4417");
        cli.add("2026-02-09T12:30", "2026-02-09T17:30", WorkKind.RECORDING, "Case notes", null);
        cli.add("2026-02-10T18:00", "2026-02-10T20:30", WorkKind.RECORDING, "Case notes", null);
        cli.add("2026-02-16T08:00", "2026-02-16T16:00", WorkKind.RECORDING, "Assessment", null);
        cli.add("2026-02-18T09:00", "2026-02-18T11:00", WorkKind.TRAVEL, "Travel", null);
        cli.add("2026-02-18T11:00", "2026-02-18T13:00", WorkKind.DIRECT, "Home visit", null);
        cli.add("2026-02-21T10:00", "2026-02-21T13:00", WorkKind.RECORDING, "Court statement", null);
        cli.add("2026-03-02T09:00", "2026-03-02T10:30", WorkKind.DIRECT, "Family time", null);
        cli.add("2026-03-02T10:30", "2026-03-02T12:00", WorkKind.MEETINGS, "Team meeting", null);
        cli.add("2026-03-03T07:00", "2026-03-03T09:00", WorkKind.RECORDING, "Case notes", null);
        try (Diary diary = Diary.open(cli.dataDir, CliRunner.CLOCK)) {
            diary.saveWeekNote(new WeekNote(WeekId.parse("2026-W07"), 18, "Zoë's first session went well.", "A court deadline."));
            diary.saveWeekNote(new WeekNote(WeekId.parse("2026-W09"), 19, "", ""));
            diary.saveWeekNote(new WeekNote(WeekId.parse("2026-W10"), 21, "Good reflective supervision.",
                    "Three new allocations on Monday."));
        }
    }

    @Test
    void theFiguresAreThoseOfWeekTrendAndBalanceForTheSamePeriod() throws IOException {
        Result result = cli.run("report", "supervision", "--from", "2026-02-09", "--to", "2026-03-08", "--out", pdf.toString());

        assertEquals(0, result.code(), result::toString);
        assertEquals("Wrote " + pdf + ": supervision summary for 2026-W07 to 2026-W10 (1 page).\n", result.out());
        String text = text(pdf);
        List<String> direct = row(text, "Direct work", 5);
        List<String> recording = row(text, "Recording", 5);
        List<String> travel = row(text, "Travel", 5);
        List<String> meetings = row(text, "Meetings", 5);
        List<String> worked = row(text, "Worked", 5);
        List<String> contracted = row(text, "Contracted", 5);
        List<String> over = row(text, "Over contract", 5);
        List<String> share = row(text, "Direct-work share", 5);
        List<String> evenings = row(text, "Evenings", 5);
        List<String> weekends = row(text, "Weekends, days off", 5);
        for (int i = 0; i < WEEKS.size(); i++) {
            String week = cli.run("week", WEEKS.get(i), "--json").out();
            String where = WEEKS.get(i) + " in\n" + text;
            assertEquals(hours(week, "direct"), direct.get(i), where);
            assertEquals(hours(week, "recording"), recording.get(i), where);
            assertEquals(hours(week, "travel"), travel.get(i), where);
            assertEquals(hours(week, "meetings"), meetings.get(i), where);
            assertEquals(hours(week, "totalMinutes"), worked.get(i), where);
            assertEquals(hours(week, "contractMinutes"), contracted.get(i), where);
            assertEquals(hours(week, "overtimeMinutes"), over.get(i), where);
            assertEquals(DisplayFormats.percent(share(week)), share.get(i), where);
            assertEquals(number(week, "outsideHoursMinutes"), minutes(evenings.get(i)) + minutes(weekends.get(i)), where);
        }
        // The period's totals: trend's weeks added up, and balance's totals.
        String trend = cli.run("trend", "--from", "2026-02-09", "--to", "2026-03-08", "--json").out();
        assertEquals(4, trend.split("\"week\"").length - 1);
        assertEquals(hours(sum(trend, "direct")), direct.get(4));
        assertEquals(hours(sum(trend, "recording")), recording.get(4));
        assertEquals(hours(sum(trend, "travel")), travel.get(4));
        assertEquals(hours(sum(trend, "meetings")), meetings.get(4));
        assertEquals(DisplayFormats.percent((double) sum(trend, "direct") / sum(trend, "totalMinutes")), share.get(4));
        assertEquals(sum(trend, "outsideHoursMinutes"), minutes(evenings.get(4)) + minutes(weekends.get(4)));
        String balance = cli.run("balance", "--from", "2026-02-09", "--to", "2026-03-08", "--json").out();
        assertEquals(hours(balance, "workedMinutes"), worked.get(4));
        assertEquals(hours(balance, "contractMinutes"), contracted.get(4));
        assertEquals(hours(balance, "overtimeMinutes"), over.get(4));
        assertTrue(text.contains("HOURS WORKED\n" + hours(balance, "workedMinutes") + "\nContracted " + hours(balance, "contractMinutes")
                + "\nOver contract " + hours(balance, "overtimeMinutes") + ",\nin 2 of 4 weeks\n"), text);
        assertTrue(text.contains("EVENINGS, WEEKENDS\n" + hours(sum(trend, "outsideHoursMinutes")) + "\nEvenings 3:30\n"
                + "Weekends and days off 3:00\nIn 3 of 4 weeks\n"), text);
    }

    @Test
    void theCaseloadsAndTheWorkersWordsAppearButBlockNotesNever() throws IOException {
        assertEquals(0, cli.run("report", "supervision", "--out", pdf.toString()).code());

        String text = text(pdf);
        assertEquals(List.of("18", "–", "19", "21"), row(text, "Caseload", 4));
        assertTrue(text.contains("CASELOAD\n21\nIn 2026-W10\nUp 3 since 2026-W07 (18)\n"), text);
        assertTrue(text.contains("Zoë's first session went well."), text);
        assertTrue(text.contains("Three new allocations on Monday."), text);
        assertTrue(text.contains("No reflections written for W08 and W09."), text);
        assertFalse(text.contains("4417"), "block notes stay out");
        assertFalse(text.contains("Home visit"), "activities stay out");
    }

    @Test
    void byDefaultItIsTheFourWeeksUpToAndIncludingThisOne() throws IOException {
        Result result = cli.run("report", "supervision", "--out", pdf.toString());

        assertEquals(0, result.code(), result::toString);
        assertEquals("Wrote " + pdf + ": supervision summary for 2026-W07 to 2026-W10 (1 page).\n", result.out());
        assertTrue(text(pdf).contains("Weeks 2026-W07 to 2026-W10: Mon 9 Feb 2026 to Sun 8 Mar 2026 (4 weeks)"));
        Result ending = cli.run("report", "supervision", "--to", "2026-02-20", "--out", pdf.toString());
        assertTrue(ending.out().contains("for 2026-W05 to 2026-W08 (1 page)."), ending::toString);
    }

    @Test
    void weeksCanBeNamedInsteadOfDays() throws IOException {
        Result result = cli.run("report", "supervision", "--from", "2026-W08", "--to", "2026-W08", "--out", pdf.toString());

        assertEquals(0, result.code(), result::toString);
        assertEquals("Wrote " + pdf + ": supervision summary for 2026-W08 (1 page).\n", result.out());
        assertTrue(text(pdf).contains("Week 2026-W08: Mon 16 Feb 2026 to Sun 22 Feb 2026 (1 week)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--from|2026-02-30|--from \"2026-02-30\" is not a date",
            "--from|last month|--from \"last month\" is not a date",
            "--to|2026-W54|--to \"2026-W54\": week 54 does not exist in 2026",
            "--from|2026-03-05|--from 2026-03-05 is after --to 2026-03-04"})
    void badDatesAreRefusedNamingThemAndNothingIsWritten(String option, String value, String message) throws IOException {
        Result result = cli.run("report", "supervision", option, value, "--out", pdf.toString());

        assertEquals(1, result.code(), result::toString);
        assertTrue(result.err().startsWith("dwdiary report supervision: " + message), result.err());
        assertEquals("", result.out());
        assertNothingWritten();
    }

    @Test
    void anUnwritablePlaceIsRefusedNamingIt() throws IOException {
        Path file = tempDir.resolve("a-file.txt");
        Files.writeString(file, "not a folder");
        Result insideAFile = cli.run("report", "supervision", "--out", file.resolve("x.pdf").toString());
        assertEquals(1, insideAFile.code(), insideAFile::toString);
        assertTrue(insideAFile.err().contains("cannot write " + file.resolve("x.pdf")), insideAFile.err());

        Result folder = cli.run("report", "supervision", "--out", tempDir.toString());
        assertEquals(1, folder.code(), folder::toString);
        assertTrue(folder.err().contains("is a folder"), folder.err());

        Result missing = cli.run("report", "supervision", "--out", tempDir.resolve("no-such-folder/x.pdf").toString());
        assertEquals(1, missing.code(), missing::toString);
        assertTrue(missing.err().contains("there is no folder"), missing.err());
        assertNothingWritten();
    }

    @Test
    void theOutputFileIsRequired() {
        Result result = cli.run("report", "supervision");

        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().contains("Missing required option: '--out=FILE.pdf'"), result.err());
    }

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> files = Files.list(tempDir)) {
            List<String> names = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".pdf") || name.endsWith(".part")).toList();
            assertEquals(List.of(), names);
        }
    }

    private String text(Path file) throws IOException {
        Samples.keep(file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document).replace("\r\n", "\n");
        }
    }

    /** The cells of the table row {@code label}: a line of the label and {@code cells} figures. */
    static List<String> row(String text, String label, int cells) {
        for (String line : text.split("\n")) {
            if (!line.startsWith(label + " ")) {
                continue;
            }
            String[] tokens = line.substring(label.length() + 1).strip().split(" ");
            if (tokens.length == cells && Arrays.stream(tokens).allMatch(token -> token.matches("-?\\d+:\\d\\d|\\d+%|–|\\d+"))) {
                return List.of(tokens);
            }
        }
        fail("no row " + label + " with " + cells + " figures in\n" + text);
        return List.of();
    }

    static long number(String json, String key) {
        Matcher matcher = Pattern.compile("\"" + key + "\":(-?\\d+)").matcher(json);
        assertTrue(matcher.find(), key + " in " + json);
        return Long.parseLong(matcher.group(1));
    }

    static String hours(String json, String key) {
        return hours(number(json, key));
    }

    static String hours(long minutes) {
        return DisplayFormats.hoursMinutes(minutes);
    }

    static Double share(String json) {
        Matcher matcher = Pattern.compile("\"directShare\":(null|[0-9.]+)").matcher(json);
        assertTrue(matcher.find(), json);
        return matcher.group(1).equals("null") ? null : Double.valueOf(matcher.group(1));
    }

    /** A key added up over every week of a {@code trend --json} list. */
    static long sum(String json, String key) {
        Matcher matcher = Pattern.compile("\"" + key + "\":(-?\\d+)").matcher(json);
        List<Long> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(Long.parseLong(matcher.group(1)));
        }
        return values.stream().mapToLong(Long::longValue).sum();
    }

    static long minutes(String hours) {
        String[] parts = hours.split(":");
        return Long.parseLong(parts[0]) * 60 + Long.parseLong(parts[1]);
    }
}
