package org.dwdiary.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.report.SupervisionSummary.Caseload;
import org.dwdiary.report.pdf.Samples;
import org.dwdiary.report.pdf.SupervisionPdf;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static org.dwdiary.domain.London.ZONE;
import static org.dwdiary.domain.London.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hand-made diary: the period is 2026-W09 and W10 (Mon 23 Feb to Sun 8 Mar 2026); the two weeks before
 * are W07 and W08. Today is Sunday 15 March, so every week is over.
 */
class SupervisionSummaryTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZONE);
    static final ZonedDateTime GENERATED = ZonedDateTime.now(CLOCK);
    static final WeekId W06 = WeekId.parse("2026-W06");
    static final WeekId W07 = WeekId.parse("2026-W07");
    static final WeekId W08 = WeekId.parse("2026-W08");
    static final WeekId W09 = WeekId.parse("2026-W09");
    static final WeekId W10 = WeekId.parse("2026-W10");

    @TempDir Path folder;
    private Diary diary;

    @BeforeEach
    void open() {
        diary = Diary.open(folder.resolve("diary"), CLOCK);
        diary.setZone(ZONE.getId());
    }

    @AfterEach
    void close() {
        diary.close();
    }

    private void add(WorkKind kind, String start, String end) {
        diary.add(Block.create(at(start), at(end), ZONE, kind, null, null), RecordedVia.GUI);
    }

    private void add(WorkKind kind, String start, String end, String note) {
        diary.add(Block.create(at(start), at(end), ZONE, kind, "Home visit", note), RecordedVia.GUI);
    }

    private SupervisionSummary period() {
        return SupervisionSummary.read(diary, LocalDate.of(2026, 2, 25), LocalDate.of(2026, 3, 4));
    }

    @Test
    void thePeriodIsTheWholeWeeksHoldingItsDaysAndComparesWithAsManyWeeksJustBefore() throws IOException {
        // W06, before the comparison, is all direct work and must not count anywhere.
        add(WorkKind.DIRECT, "2026-02-03T09:00", "2026-02-03T19:00");
        // The two weeks before: 1 h direct of 5 h (20%).
        add(WorkKind.DIRECT, "2026-02-10T09:00", "2026-02-10T10:00");
        add(WorkKind.RECORDING, "2026-02-17T09:00", "2026-02-17T13:00");
        // The period: 3 h direct of 10 h (30%).
        add(WorkKind.DIRECT, "2026-02-24T09:00", "2026-02-24T11:00");
        add(WorkKind.RECORDING, "2026-02-24T11:00", "2026-02-24T15:00");
        add(WorkKind.DIRECT, "2026-03-03T09:00", "2026-03-03T10:00");
        add(WorkKind.TRAVEL, "2026-03-03T10:00", "2026-03-03T13:00");

        SupervisionSummary summary = period();

        assertEquals(W09, summary.from());
        assertEquals(W10, summary.to());
        assertEquals(2, summary.weekCount());
        assertEquals(0.3, summary.directShare(), 1e-9);
        assertEquals(0.2, summary.previousShare(), 1e-9);
        assertEquals(W07, summary.previous().from());
        assertEquals(W08, summary.previous().to());
        assertEquals(3 * 60, summary.minutes(WorkKind.DIRECT));
        assertEquals(3 * 60, summary.minutes(WorkKind.TRAVEL));
        String text = text(SupervisionPdf.render(summary, GENERATED, Progress.NONE), "supervision-up-from.pdf");
        assertTrue(text.contains("30%\nUp from 20%\nin the 2 weeks before\n"), text);
    }

    @Test
    void aLowerShareThanBeforeSaysDownAndAnEqualOneSaysUnchanged() throws IOException {
        add(WorkKind.DIRECT, "2026-02-10T09:00", "2026-02-10T11:00");
        add(WorkKind.RECORDING, "2026-02-10T11:00", "2026-02-10T13:00");
        add(WorkKind.DIRECT, "2026-02-24T09:00", "2026-02-24T10:00");
        add(WorkKind.RECORDING, "2026-02-24T10:00", "2026-02-24T13:00");

        String down = text(SupervisionPdf.render(period(), GENERATED, Progress.NONE), "supervision-down-from.pdf");
        assertTrue(down.contains("25%\nDown from 50%\nin the 2 weeks before\n"), down);

        add(WorkKind.DIRECT, "2026-03-03T09:00", "2026-03-03T11:00");
        String same = text(SupervisionPdf.render(period(), GENERATED, Progress.NONE), "supervision-unchanged.pdf");
        assertTrue(same.contains("50%\nUnchanged from 50%\nin the 2 weeks before\n"), same);
    }

    @Test
    void weeksWithNothingBeforeThemSayNoHoursWereLogged() throws IOException {
        add(WorkKind.DIRECT, "2026-02-24T09:00", "2026-02-24T10:00");

        SupervisionSummary summary = period();

        assertNull(summary.previousShare());
        String text = text(SupervisionPdf.render(summary, GENERATED, Progress.NONE), "supervision-nothing-before.pdf");
        assertTrue(text.contains("No hours logged\nin the 2 weeks before"), text);
    }

    @Test
    void eachWeekCarriesTheTrendsFiguresAndItsNoteOrAnEmptyOne() {
        add(WorkKind.DIRECT, "2026-02-24T17:00", "2026-02-24T19:00");
        add(WorkKind.RECORDING, "2026-02-28T10:00", "2026-02-28T12:00");
        diary.saveWeekNote(new WeekNote(W10, 18, "A good visit.", "Cover for a colleague."));

        SupervisionSummary summary = period();
        ReportPeriod period = ReportPeriod.read(diary, LocalDate.of(2026, 2, 25), LocalDate.of(2026, 3, 4));

        assertEquals(period.trend(), summary.trend());
        assertEquals(period.trend().weeks(), summary.weeks().stream().map(SupervisionSummary.Week::figures).toList());
        assertEquals(WeekNote.empty(W09), summary.weeks().get(0).note());
        assertEquals("A good visit.", summary.weeks().get(1).note().wentWell());
        WeekFigures w09 = summary.weeks().get(0).figures();
        assertEquals(60, w09.outsideWindowMinutes());
        assertEquals(120, w09.nonWorkingDayMinutes());
        assertEquals(List.of(W09), summary.weeksWithoutReflections());
    }

    @Test
    void theTargetIsTheOneInForceInTheLastWeek() {
        assertNull(period().directTarget());
        diary.setFigureSetting(FigureSetting.DIRECT_TARGET, "25%", LocalDate.of(2026, 1, 5));
        diary.setFigureSetting(FigureSetting.DIRECT_TARGET, "30%", LocalDate.of(2026, 3, 2));
        assertEquals(0.3, period().directTarget(), 1e-9);
    }

    @Test
    void theLatestCaseloadIsComparedWithTheFirstInThePeriod() {
        diary.saveWeekNote(new WeekNote(W07, 14, "", ""));
        diary.saveWeekNote(new WeekNote(W09, 16, "", ""));
        diary.saveWeekNote(new WeekNote(W10, 19, "", ""));

        SupervisionSummary summary = period();

        assertEquals(Optional.of(new Caseload(W10, 19)), summary.latestCaseload());
        assertEquals(Optional.of(new Caseload(W09, 16)), summary.earlierCaseload());
    }

    @Test
    void aSingleCaseloadInThePeriodIsComparedWithTheLastOneBefore() throws IOException {
        diary.saveWeekNote(new WeekNote(W06, 11, "", ""));
        diary.saveWeekNote(new WeekNote(W07, 14, "", ""));
        diary.saveWeekNote(new WeekNote(W10, 12, "", ""));

        SupervisionSummary summary = period();

        assertEquals(Optional.of(new Caseload(W10, 12)), summary.latestCaseload());
        assertEquals(Optional.of(new Caseload(W07, 14)), summary.earlierCaseload());
        String text = text(SupervisionPdf.render(summary, GENERATED, Progress.NONE), "supervision-caseload.pdf");
        assertTrue(text.contains("CASELOAD\n12\nIn 2026-W10\nDown 2 since 2026-W07 (14)"), text);
    }

    @Test
    void noCaseloadAtAllIsSaidPlainly() throws IOException {
        SupervisionSummary summary = period();

        assertEquals(Optional.empty(), summary.latestCaseload());
        assertEquals(Optional.empty(), summary.earlierCaseload());
        String text = text(SupervisionPdf.render(summary, GENERATED, Progress.NONE), "supervision-empty.pdf");
        assertTrue(text.contains("CASELOAD\n–\nNot given in these weeks"), text);
        assertTrue(text.contains("DIRECT-WORK SHARE\n–\nNothing logged\nNo hours logged\n"), text);
        assertTrue(text.contains("No reflections were written for these weeks."), text);
    }

    @Test
    void blockNotesNeverReachTheSummaryOrThePage() throws IOException {
        add(WorkKind.DIRECT, "2026-02-24T09:00", "2026-02-24T10:00", "Private detail 7731");

        String text = text(SupervisionPdf.render(period(), GENERATED, Progress.NONE), "supervision-no-block-notes.pdf");

        assertFalse(text.contains("7731"), text);
        assertFalse(text.contains("Home visit"), text);
        assertFalse(period().toString().contains("7731"));
    }

    @Test
    void aStartAfterTheEndIsRefused() {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> SupervisionSummary.read(diary, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 2, 25)));
        assertTrue(refused.getMessage().contains("2026-03-04"), refused.getMessage());
    }

    private String text(byte[] pdf, String name) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, pdf);
        Samples.keep(file);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            return new PDFTextStripper().getText(document).replace("\r\n", "\n");
        }
    }
}
