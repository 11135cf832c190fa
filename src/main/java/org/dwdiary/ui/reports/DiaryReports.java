package org.dwdiary.ui.reports;

import org.dwdiary.report.EvidencePack;
import org.dwdiary.report.SupervisionSummary;
import org.dwdiary.report.pdf.EvidencePackPdf;
import org.dwdiary.report.pdf.SupervisionPdf;
import org.dwdiary.store.Diary;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Executor;

/** The report dialogs wired to the open diary and the report classes (only their public signatures). */
public final class DiaryReports {
    private DiaryReports() {
    }

    /** The view-model of {@code kind}'s dialog over {@code diary}. */
    public static ReportViewModel viewModel(ReportKind kind, Diary diary, Clock clock, Executor background, Executor fx) {
        return new ReportViewModel(kind, () -> starting(diary), maker(kind, diary, clock), clock, background, fx);
    }

    /** The diary's zone, and the day balances count from: the working rule, else the day of the first block. */
    public static ReportViewModel.Starting starting(Diary diary) {
        return new ReportViewModel.Starting(diary.zone(),
                Optional.ofNullable(diary.workingRules().balanceFrom()).or(diary::firstDay));
    }

    /** Reads the diary and draws {@code kind}'s PDF, dated now in the diary's zone. */
    public static ReportMaker maker(ReportKind kind, Diary diary, Clock clock) {
        return (first, last, options, progress) -> {
            ZonedDateTime generated = ZonedDateTime.now(clock.withZone(diary.zone()));
            return switch (kind) {
                case SUPERVISION -> SupervisionPdf.render(SupervisionSummary.read(diary, first, last), generated, progress);
                case EVIDENCE -> EvidencePackPdf.render(EvidencePack.read(diary, first, last,
                        new EvidencePack.Options(options.name(), options.employer(), options.withNotes())), generated, progress);
            };
        };
    }
}
