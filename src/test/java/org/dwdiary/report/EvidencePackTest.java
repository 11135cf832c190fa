package org.dwdiary.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.io.SafeFiles;
import org.dwdiary.report.pdf.EvidencePackPdf;
import org.dwdiary.report.pdf.Samples;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence pack's model and its PDF, read back as text: what it groups by week, how the appendix
 * writes blocks across midnight and the clock changes, the cover's optional name and employer, the page
 * furniture, and cancelling. (Its figures against the CLI's are in {@code EvidenceReportCommandTest}.)
 */
class EvidencePackTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-04T12:00:00Z"), LONDON);
    static final ZonedDateTime GENERATED = ZonedDateTime.of(2026, 11, 4, 12, 0, 0, 0, LONDON);

    @TempDir Path folder;

    static Instant at(String londonLocal) {
        return LocalDateTime.parse(londonLocal).atZone(LONDON).toInstant();
    }

    static Block add(Diary diary, String from, String to, WorkKind kind, String activity, String note) {
        return diary.add(Block.create(at(from), at(to), LONDON, kind, activity, note), RecordedVia.GUI);
    }

    /**
     * 2026-W09, a hard week: Monday 08:00–16:30 without a break; Wednesday's annual leave; a visit with a note
     * on Thursday, and 19:00–22:30 again that evening (9:30 of rest before Friday 08:00); Saturday's catch-up:
     * 40:00 worked against 29:36 contracted, 6:30 outside hours. 2026-W10: two ordinary days, 14:00.
     */
    static void hardWeek(Diary diary) {
        add(diary, "2026-02-23T08:00", "2026-02-23T12:00", WorkKind.DIRECT, "Home visit", null);
        add(diary, "2026-02-23T12:00", "2026-02-23T16:30", WorkKind.RECORDING, "Court statement", null);
        add(diary, "2026-02-24T08:00", "2026-02-24T12:00", WorkKind.MEETINGS, "Strategy discussion", null);
        add(diary, "2026-02-24T12:30", "2026-02-24T17:00", WorkKind.RECORDING, "Assessment write-up", null);
        diary.mark(new DayMark(LocalDate.of(2026, 2, 25), DayMark.Kind.LEAVE, false), RecordedVia.GUI);
        add(diary, "2026-02-26T09:00", "2026-02-26T10:00", WorkKind.TRAVEL, "Travel to visit", null);
        add(diary, "2026-02-26T10:00", "2026-02-26T12:00", WorkKind.DIRECT, "Home visit", "Sibling contact went well");
        add(diary, "2026-02-26T12:00", "2026-02-26T13:00", WorkKind.TRAVEL, "Travel back to office", null);
        add(diary, "2026-02-26T13:30", "2026-02-26T17:30", WorkKind.RECORDING, "Case notes", null);
        add(diary, "2026-02-26T19:00", "2026-02-26T22:30", WorkKind.RECORDING, "Case notes", null);
        add(diary, "2026-02-27T08:00", "2026-02-27T12:30", WorkKind.RECORDING, "Emails", null);
        add(diary, "2026-02-27T13:00", "2026-02-27T17:00", WorkKind.MEETINGS, "Team meeting", null);
        add(diary, "2026-02-28T10:00", "2026-02-28T13:00", WorkKind.RECORDING, "Catch-up recording", null);
        add(diary, "2026-03-02T09:00", "2026-03-02T12:30", WorkKind.DIRECT, "Direct work session", null);
        add(diary, "2026-03-02T13:00", "2026-03-02T17:00", WorkKind.RECORDING, "Case notes", null);
        add(diary, "2026-03-03T09:00", "2026-03-03T12:30", WorkKind.RECORDING, "Care plan", null);
        add(diary, "2026-03-03T13:00", "2026-03-03T16:00", WorkKind.MEETINGS, "Supervision", null);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private byte[] render(EvidencePack pack, String sample) throws IOException {
        byte[] pdf = EvidencePackPdf.render(pack, GENERATED, Progress.NONE);
        Path file = folder.resolve(sample);
        Files.write(file, pdf);
        Samples.keep(file);
        return pdf;
    }

    @Test
    void possibleBreachesAndDaysOffAreGroupedByTheWeekTheyBelongTo() {
        try (Diary diary = Diary.open(folder.resolve("diary"), CLOCK)) {
            hardWeek(diary);
            EvidencePack pack = EvidencePack.read(diary, LocalDate.of(2026, 2, 25), LocalDate.of(2026, 3, 4),
                    new EvidencePack.Options("  ", null, false));

            assertEquals(WeekId.parse("2026-W09"), pack.period().from(), "whole ISO weeks");
            assertEquals(WeekId.parse("2026-W10"), pack.period().to());
            assertEquals(null, pack.options().name(), "a blank name is no name");
            WeekFigures hard = pack.trend().weeks().get(0);
            assertEquals(40 * 60, hard.totalMinutes());
            assertEquals(6 * 60 + 30, hard.outsideHoursMinutes(), "Thursday evening and Saturday");
            assertEquals(37 * 60 - 444, hard.contractMinutes(), "37:00 less a day of 7:24");
            assertEquals(List.of(PossibleBreach.Rule.BREAK_20MIN, PossibleBreach.Rule.DAILY_REST_11H),
                    pack.breachesByWeek().get(WeekId.parse("2026-W09")).stream().map(PossibleBreach::rule).toList(), "by date");
            assertEquals(List.of(), pack.breachesByWeek().get(WeekId.parse("2026-W10")));
            assertEquals(1, pack.breachCounts().get(PossibleBreach.Rule.DAILY_REST_11H));
            assertEquals(List.of(new DayMark(LocalDate.of(2026, 2, 25), DayMark.Kind.LEAVE, false)),
                    pack.marksByWeek().get(WeekId.parse("2026-W09")));
            assertEquals(16, pack.period().blocks().size(), "12 blocks in 2026-W09, 4 in 2026-W10");
            assertTrue(pack.integrity().intact());
            assertEquals(diary.verify().finalHash(), pack.integrity().finalHash());
        }
    }

    @Test
    void theAppendixWritesBlocksAcrossMidnightAndTheClockChangesInLocalTime() throws IOException {
        try (Diary diary = Diary.open(folder.resolve("diary"), CLOCK)) {
            // The clocks go forward at 01:00 on Sunday 29 March 2026 (an hour is skipped) and back at 02:00 on
            // Sunday 25 October (01:00–02:00 happens twice).
            add(diary, "2026-03-28T22:00", "2026-03-29T03:00", WorkKind.RECORDING, "Court statement", null);
            diary.add(Block.create(Instant.parse("2026-10-24T22:00:00Z"), Instant.parse("2026-10-25T00:10:00Z"), LONDON,
                    WorkKind.RECORDING, "Assessment write-up", null), RecordedVia.GUI); // 23:00 to 01:10 BST, the first 01:10
            diary.add(Block.create(Instant.parse("2026-10-25T01:15:00Z"), Instant.parse("2026-10-25T01:45:00Z"), LONDON,
                    WorkKind.TRAVEL, "Drive home", null), RecordedVia.GUI); // 01:15–01:45 GMT, the second time round
            add(diary, "2026-10-26T22:00", "2026-10-27T01:30", WorkKind.RECORDING, "Case notes", null);
            EvidencePack pack = EvidencePack.read(diary, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 11, 1), EvidencePack.Options.NONE);

            String text = renderText(pack, "evidence-clock-changes.pdf");

            assertTrue(text.contains("Sat 28 Mar 2026 22:00 03:00 next day 4:00 Recording Court statement"), text);
            assertTrue(text.contains("Sat 24 Oct 2026 23:00 01:10 BST next day 2:10 Recording Assessment write-up"), text);
            assertTrue(text.contains("Sun 25 Oct 2026 01:15 GMT 01:45 GMT 0:30 Travel Drive home"), text);
            assertTrue(text.contains("Mon 26 Oct 2026 22:00 01:30 next day 3:30 Recording Case notes"), text);
            assertTrue(text.contains("in Europe/London time"), text);
        }
    }

    private String renderText(EvidencePack pack, String sample) throws IOException {
        return text(render(pack, sample));
    }

    @Test
    void theCoverNamesTheWorkerAndEmployerOnlyWhenGivenInAnyScript() throws IOException {
        try (Diary diary = Diary.open(folder.resolve("diary"), CLOCK)) {
            hardWeek(diary);
            LocalDate first = LocalDate.of(2026, 2, 23);
            LocalDate last = LocalDate.of(2026, 3, 8);
            String named = renderText(EvidencePack.read(diary, first, last,
                    new EvidencePack.Options("Zoë Ó Briain", "Łódź Council", false)), "evidence-named.pdf");
            assertTrue(named.contains("Worker Zoë Ó Briain"), named);
            assertTrue(named.contains("Employer Łódź Council"), named);

            String anonymous = renderText(EvidencePack.read(diary, first, last, EvidencePack.Options.NONE), "evidence-anonymous.pdf");
            assertFalse(anonymous.contains("Worker"), anonymous);
            assertFalse(anonymous.contains("Employer"), anonymous);
            assertTrue(anonymous.contains("ISO weeks 2026-W09 to 2026-W10 (2 weeks)"), anonymous);
            assertTrue(anonymous.contains("Mon 23 Feb 2026 to Sun 8 Mar 2026"), anonymous);
            assertTrue(anonymous.contains("Generated Wed 4 Nov 2026 at 12:00 (Europe/London)"), anonymous);
            assertTrue(anonymous.contains("not legal advice"), anonymous);
        }
    }

    @Test
    void everyPageIsA4NumberedDatedAndInEmbeddedFonts() throws IOException {
        try (Diary diary = Diary.open(folder.resolve("diary"), CLOCK)) {
            hardWeek(diary);
            // Enough blocks for a few pages of appendix.
            for (int week = 0; week < 7; week++) {
                for (int day = 0; day < 5; day++) {
                    LocalDate date = LocalDate.of(2026, 1, 5).plusWeeks(week).plusDays(day);
                    for (int hour = 9; hour < 17; hour++) {
                        add(diary, date + "T" + String.format("%02d", hour) + ":00", date + "T" + String.format("%02d", hour) + ":50",
                                WorkKind.values()[hour % 4], "Block " + hour, null);
                    }
                }
            }
            byte[] pdf = render(EvidencePack.read(diary, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 8),
                    EvidencePack.Options.NONE), "evidence-pages.pdf");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                int count = document.getNumberOfPages();
                assertTrue(count >= 8, "cover, summary, charts, breaches, record and the appendix: " + count);
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= count; page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String pageText = stripper.getText(document);
                    assertTrue(pageText.contains("Page " + page + " of " + count), pageText);
                    assertTrue(pageText.contains("Generated 4 Nov 2026 at 12:00"), pageText);
                    assertTrue(pageText.contains("Working time evidence"), pageText);
                }
                for (PDPage page : document.getPages()) {
                    assertEquals(595, Math.round(page.getMediaBox().getWidth()));
                    assertEquals(842, Math.round(page.getMediaBox().getHeight()));
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    }
                }
                assertEquals("Working time evidence", document.getDocumentInformation().getTitle());
                String all = new PDFTextStripper().getText(document);
                assertTrue(all.contains("6. Appendix: every block page "), "the contents give each section's page");
            }
        }
    }

    @Test
    void aToilSchemeShowsTheToilOwed() throws IOException {
        try (Diary diary = Diary.open(folder.resolve("diary"), CLOCK)) {
            hardWeek(diary);
            diary.setWorkingRule(WorkingRules.Key.OVERTIME_SCHEME, "toil");
            diary.mark(new DayMark(LocalDate.of(2026, 3, 4), DayMark.Kind.TOIL, true), RecordedVia.GUI);
            EvidencePack pack = EvidencePack.read(diary, LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 8), EvidencePack.Options.NONE);
            Balances.Toil toil = pack.balances().toil();
            assertEquals(10 * 60 + 24, toil.earnedMinutes(), "W09: 40:00 against 29:36");
            assertEquals(222, toil.takenMinutes(), "half a day of 7:24");

            String text = renderText(pack, "evidence-toil.pdf");

            assertTrue(text.contains("TOIL owed (earned − taken) +6:42 (earned 10:24, taken 3:42)"), text);
            assertTrue(text.contains("Unpaid overtime 6:42"), text);
            assertTrue(text.contains("Unpaid overtime: the TOIL earned and not yet taken."), text);
            assertTrue(text.contains("TOIL Wed ½"), "the day off in the week's row: " + text);
        }
    }

    @Test
    void cancellingStopsTheRenderPartWayThroughTheAppendixAndWritesNothing() throws IOException {
        try (Diary diary = Diary.open(folder.resolve("diary"), CLOCK)) {
            for (int day = 0; day < 60; day++) {
                LocalDate date = LocalDate.of(2026, 1, 5).plusDays(day);
                for (int hour = 8; hour < 18; hour++) {
                    add(diary, date + "T" + String.format("%02d", hour) + ":00", date + "T" + String.format("%02d", hour) + ":45",
                            WorkKind.RECORDING, "Case notes", null);
                }
            }
            EvidencePack pack = EvidencePack.read(diary, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 5), EvidencePack.Options.NONE);
            List<String> steps = new ArrayList<>();
            Progress cancelInTheAppendix = new Progress() {
                @Override
                public void update(String step, double fraction) {
                    steps.add(step);
                }

                @Override
                public boolean isCancelled() {
                    return steps.stream().filter(step -> step.startsWith("Appendix")).count() >= 3;
                }
            };

            Path target = folder.resolve("cancelled.pdf");
            assertThrows(CancellationException.class, () -> SafeFiles.writeBinary(target,
                    out -> out.write(EvidencePackPdf.render(pack, GENERATED, cancelInTheAppendix))));

            assertFalse(Files.exists(target), "nothing is written");
            try (var files = Files.list(folder)) {
                assertEquals(List.of("diary"), files.map(path -> path.getFileName().toString()).toList(), "no temporary file is left");
            }

            assertEquals("Appendix: every block (200 of 600)", steps.get(steps.size() - 1),
                    "steps every 100 rows, so a cancel is heard promptly: " + steps);
            assertFalse(steps.contains("Saving the PDF"));
        }
    }
}
