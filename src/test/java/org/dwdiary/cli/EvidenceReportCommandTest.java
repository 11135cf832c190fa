package org.dwdiary.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.report.pdf.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code report evidence}: the PDF's text read back and checked against {@code balance}, {@code check} and
 * {@code week} on the same diary and period. Today is Wednesday 4 March 2026 (2026-W10).
 */
class EvidenceReportCommandTest {
    @TempDir Path tempDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tempDir);
    }

    /**
     * 2026-W09, a hard week: Monday 08:00–16:30 without a break; Wednesday's annual leave; a visit with a note
     * on Thursday, and 19:00–22:30 again that evening (9:30 of rest before Friday 08:00); Saturday's catch-up:
     * 40:00 worked against 29:36 contracted. 2026-W10 so far: two ordinary days, 14:00.
     */
    private void hardWeek() {
        cli.add("2026-02-23T08:00", "2026-02-23T12:00", WorkKind.DIRECT, "Home visit", null);
        cli.add("2026-02-23T12:00", "2026-02-23T16:30", WorkKind.RECORDING, "Court statement", null);
        cli.add("2026-02-24T08:00", "2026-02-24T12:00", WorkKind.MEETINGS, "Strategy discussion", null);
        cli.add("2026-02-24T12:30", "2026-02-24T17:00", WorkKind.RECORDING, "Assessment write-up", null);
        assertEquals(0, cli.run("mark", "2026-02-25", "leave").code());
        cli.add("2026-02-26T09:00", "2026-02-26T10:00", WorkKind.TRAVEL, "Travel to visit", null);
        cli.add("2026-02-26T10:00", "2026-02-26T12:00", WorkKind.DIRECT, "Home visit", "Sibling contact went well");
        cli.add("2026-02-26T12:00", "2026-02-26T13:00", WorkKind.TRAVEL, "Travel back to office", null);
        cli.add("2026-02-26T13:30", "2026-02-26T17:30", WorkKind.RECORDING, "Case notes", null);
        cli.add("2026-02-26T19:00", "2026-02-26T22:30", WorkKind.RECORDING, "Case notes", null);
        cli.add("2026-02-27T08:00", "2026-02-27T12:30", WorkKind.RECORDING, "Emails", null);
        cli.add("2026-02-27T13:00", "2026-02-27T17:00", WorkKind.MEETINGS, "Team meeting", null);
        cli.add("2026-02-28T10:00", "2026-02-28T13:00", WorkKind.RECORDING, "Catch-up recording", null);
        cli.add("2026-03-02T09:00", "2026-03-02T12:30", WorkKind.DIRECT, "Direct work session", null);
        cli.add("2026-03-02T13:00", "2026-03-02T17:00", WorkKind.RECORDING, "Case notes", null);
        cli.add("2026-03-03T09:00", "2026-03-03T12:30", WorkKind.RECORDING, "Care plan", null);
        cli.add("2026-03-03T13:00", "2026-03-03T16:00", WorkKind.MEETINGS, "Supervision", null);
    }

    /** Runs {@code report evidence --out NAME args…}, keeps a copy of the PDF and returns its text, spaces tidied. */
    private String evidence(String name, String... args) throws IOException {
        Path out = tempDir.resolve(name);
        Result result = cli.run(Stream.concat(Stream.of("report", "evidence", "--out", out.toString()), Stream.of(args))
                .toArray(String[]::new));
        assertEquals(0, result.code(), result::toString);
        assertTrue(result.out().startsWith("Wrote " + out + ": "), result.out());
        Samples.keep(out);
        return text(out);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private Map<String, Object> json(String... args) throws IOException {
        Result result = cli.run(args);
        assertEquals(0, result.code(), result::toString);
        return JSON.std.mapFrom(result.out());
    }

    private List<Object> jsonList(String... args) throws IOException {
        Result result = cli.run(args);
        assertEquals(0, result.code(), result::toString);
        return JSON.std.listFrom(result.out());
    }

    private static String hours(Object minutes) {
        return DisplayFormats.hoursMinutes(((Number) minutes).longValue());
    }

    private static String signed(Object minutes) {
        long value = ((Number) minutes).longValue();
        return (value > 0 ? "+" : "") + DisplayFormats.hoursMinutes(value);
    }

    @Test
    void thePacksFiguresAreThoseOfBalanceCheckAndWeekForTheSamePeriod() throws IOException {
        hardWeek();

        String text = evidence("evidence-hard-week.pdf", "--from", "2026-02-23", "--to", "2026-03-08");

        Map<String, Object> balance = json("balance", "--from", "2026-02-23", "--to", "2026-03-08", "--json");
        assertEquals(40 * 60 + 14 * 60, ((Number) balance.get("workedMinutes")).intValue(), "the diary is as the test means");
        assertTrue(text.contains("Contracted hours " + hours(balance.get("contractMinutes"))), text);
        assertTrue(text.contains("Hours worked " + hours(balance.get("workedMinutes"))), text);
        assertTrue(text.contains("Overtime (counted week by week) " + hours(balance.get("overtimeMinutes"))), text);
        assertTrue(text.contains("Balance (worked − contracted) " + signed(balance.get("balanceMinutes"))), text);
        assertTrue(text.contains("Total 2 weeks " + hours(balance.get("contractMinutes")) + " " + hours(balance.get("workedMinutes"))
                + " " + hours(balance.get("overtimeMinutes")) + " " + signed(balance.get("balanceMinutes"))), text);

        List<?> balanceWeeks = (List<?>) balance.get("weeks");
        String[] dates = {"23 Feb–1 Mar", "2–8 Mar"};
        for (int i = 0; i < 2; i++) {
            Map<?, ?> balanceWeek = (Map<?, ?>) balanceWeeks.get(i);
            String id = (String) balanceWeek.get("week");
            Map<String, Object> week = json("week", id, "--json");
            String row = id + " " + dates[i] + " " + hours(week.get("contractMinutes")) + " " + hours(week.get("totalMinutes"))
                    + " " + hours(week.get("overtimeMinutes")) + " " + signed(balanceWeek.get("balanceMinutes")) + " "
                    + hours(week.get("outsideHoursMinutes")) + " " + Math.round(((Number) week.get("directShare")).doubleValue() * 100) + "%";
            assertTrue(text.contains(row), row + " in " + text);
        }
        assertTrue(text.contains("2026-W09 23 Feb–1 Mar 29:36 40:00 10:24 +10:24 6:30 15% Leave Wed 2"), text);

        List<Object> breaches = jsonList("check", "--from", "2026-02-23", "--to", "2026-03-08", "--json");
        assertEquals(2, breaches.size(), "a day without a break, a short rest");
        assertTrue(text.contains("2 possible breaches found in these weeks"), text);
        int number = 1;
        for (Object each : breaches) {
            Map<?, ?> breach = (Map<?, ?>) each;
            LocalDate from = LocalDate.parse((String) breach.get("from"));
            LocalDate to = LocalDate.parse((String) breach.get("to"));
            String days = from.equals(to) ? DisplayFormats.day(from) : DisplayFormats.day(from) + " to " + DisplayFormats.day(to);
            assertTrue(text.contains(number++ + " " + days + " "), days + " in " + text);
        }
        assertTrue(text.contains("1 Mon 23 Feb 2026 Rest break (reg. 12) no break, at least 20 min"), text);
        assertTrue(text.contains("2 Thu 26 Feb 2026 to Fri 27 Feb 2026 Daily rest (reg. 10) rest 9:30, at least 11:00"), text);
        assertTrue(text.contains("not legal advice"), text);
    }

    @Test
    void flexiHoursLostAtSettlementAreThoseOfBalance() throws IOException {
        for (int week = 0; week < 4; week++) { // four weeks of 41:00: +16:00 in the period, 6:00 above the 10:00 carried
            for (int day = 0; day < 5; day++) {
                String date = LocalDate.of(2026, 2, 9).plusWeeks(week).plusDays(day).toString();
                cli.add(date + "T08:00", date + "T12:00", WorkKind.RECORDING, "Case notes", null);
                cli.add(date + "T12:30", date + "T16:42", WorkKind.DIRECT, "Home visit", null);
            }
        }
        String text = evidence("evidence-flexi.pdf", "--from", "2026-02-09", "--to", "2026-03-08");

        Map<String, Object> balance = json("balance", "--from", "2026-02-09", "--to", "2026-03-08", "--json");
        assertEquals(360, ((Number) balance.get("lostMinutes")).intValue());
        assertTrue(text.contains("Flexi hours lost at settlement " + hours(balance.get("lostMinutes"))
                + " (at 1 of 1 settlement: worked above the +10:00 carry-over limit"), text);
        assertTrue(text.contains("Unpaid overtime " + hours(balance.get("lostMinutes"))), text);
        assertTrue(text.contains("9 Feb–8 Mar 2026 0:00 +16:00 +16:00 +10:00 6:00"), "the settlement row: " + text);
        assertTrue(text.contains("Lost at settlement 6:00"), text);
    }

    @Test
    void toilOwedOnAToilSchemeIsThatOfBalance() throws IOException {
        hardWeek();
        cli.run("settings", "set", "overtime-scheme", "toil");
        cli.run("mark", "2026-03-04", "toil", "--half");

        String text = evidence("evidence-toil-cli.pdf", "--from", "2026-02-23", "--to", "2026-03-08");

        Map<?, ?> toil = (Map<?, ?>) json("balance", "--from", "2026-02-23", "--to", "2026-03-08", "--json").get("toil");
        assertTrue(text.contains("TOIL owed (earned − taken) " + signed(toil.get("balanceMinutes")) + " (earned "
                + hours(toil.get("earnedMinutes")) + ", taken " + hours(toil.get("takenMinutes")) + ")"), text);
        assertTrue(text.contains("Time off in lieu: overtime is owed back as time off"), text);
    }

    @Test
    void notesArePrintedOnlyWithWithNotes() throws IOException {
        hardWeek();
        String without = evidence("evidence-no-notes.pdf");
        assertFalse(without.contains("Sibling contact"), without);
        assertTrue(without.contains("the worker's notes are left out"), without);

        String with = evidence("evidence-with-notes.pdf", "--with-notes");
        assertTrue(with.contains("Home visit Sibling contact went well"), with);
    }

    @Test
    void theWorkerAndEmployerArePrintedOnlyWhenGiven() throws IOException {
        hardWeek();
        String named = evidence("evidence-zoe.pdf", "--name", "Zoë Ó Briain", "--employer", "Łódź Council");
        assertTrue(named.contains("Worker Zoë Ó Briain Employer Łódź Council"), named);

        String anonymous = evidence("evidence-unnamed.pdf");
        assertFalse(anonymous.contains("Worker "), anonymous);
        assertFalse(anonymous.contains("Employer"), anonymous);
    }

    @Test
    void theFinalHashIsTheOneVerifyPrints() throws IOException {
        hardWeek();
        Result verify = cli.run("verify");
        String hash = verify.out().replaceAll("(?s).*final hash ([0-9a-f]{64}).*", "$1");
        assertEquals(64, hash.length(), verify::toString);

        String text = evidence("evidence-hash.pdf");

        assertTrue(text.contains("Final hash of the history " + hash), text);
        assertTrue(text.contains("Integrity check of the whole diary passed"), text);
        assertTrue(text.contains("Later edits to these weeks' blocks 0"), text);
    }

    @Test
    void aDiaryChangedOutsideTheAppSaysItsIntegrityCheckFailed() throws Exception {
        hardWeek();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + cli.dataDir.resolve("diary.db"));
             Statement sql = raw.createStatement()) {
            sql.execute("UPDATE block SET kind = 'recording' WHERE id = 1");
        }
        Path out = tempDir.resolve("evidence-tampered.pdf");

        Result result = cli.run("report", "evidence", "--out", out.toString());

        assertEquals(0, result.code(), result::toString);
        assertTrue(result.err().contains("NOT intact"), result.err());
        String text = text(out);
        Samples.keep(out);
        assertTrue(text.contains("Integrity of the diary's history CHECK FAILED"), text);
        assertTrue(text.contains("Integrity check of the whole diary FAILED: block 1 does not match its last history entry: "
                + "it was changed outside the app"), text);
    }

    @Test
    void thePeriodRunsFromTheBalanceStartOrTheFirstBlockToToday() throws IOException {
        hardWeek();
        Path out = tempDir.resolve("default.pdf");
        Result result = cli.run("report", "evidence", "--out", out.toString());
        assertTrue(result.out().matches("Wrote \\S+default\\.pdf: 2 weeks, 16 blocks, \\d+ pages\\.\\n"), result.out());
        assertTrue(text(out).contains("ISO weeks 2026-W09 to 2026-W10 (2 weeks)"));

        cli.run("settings", "set", "balance-from", "2026-03-02");
        cli.run("report", "evidence", "--out", out.toString());
        assertTrue(text(out).contains("Period ISO week 2026-W10 Dates Mon 2 Mar 2026 to Sun 8 Mar 2026"));
    }

    @Test
    void badDatesAndUnwritableFilesAreRefusedNamingThemAndNothingIsWritten() throws IOException {
        hardWeek();
        Path out = tempDir.resolve("refused.pdf");

        Result badDate = cli.run("report", "evidence", "--out", out.toString(), "--from", "2026-02-30");
        assertEquals(1, badDate.code(), badDate::toString);
        assertEquals("dwdiary report evidence: --from \"2026-02-30\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-02\n",
                badDate.err());

        Result backwards = cli.run("report", "evidence", "--out", out.toString(), "--from", "2026-03-08", "--to", "2026-02-23");
        assertEquals(1, backwards.code(), backwards::toString);
        assertEquals("dwdiary report evidence: --from 2026-03-08 is after --to 2026-02-23\n", backwards.err());

        Path nowhere = tempDir.resolve("no-such-folder").resolve("x.pdf");
        Result unwritable = cli.run("report", "evidence", "--out", nowhere.toString());
        assertEquals(1, unwritable.code(), unwritable::toString);
        assertEquals("dwdiary report evidence: cannot write " + nowhere + ": there is no folder " + nowhere.getParent() + "\n",
                unwritable.err());

        Result folder = cli.run("report", "evidence", "--out", tempDir.toString());
        assertEquals(1, folder.code(), folder::toString);
        assertTrue(folder.err().endsWith(": it is a folder\n"), folder.err());

        Result noOut = cli.run("report", "evidence");
        assertEquals(2, noOut.code(), noOut::toString);
        assertTrue(noOut.err().contains("--out"), noOut.err());

        try (Stream<Path> files = Files.list(tempDir)) {
            assertEquals(List.of("diary"), files.map(path -> path.getFileName().toString()).toList(), "nothing written");
        }
    }
}
