package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.report.WeekFigures;
import org.dwdiary.report.WeekSummary;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "week", mixinStandardHelpOptions = true,
        description = "The week's hours per kind, total, direct-work share and hours per day.")
final class WeekCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "WEEK", description = "An ISO week such as 2026-W10 (default: this week).")
    private String weekText;

    @Option(names = "--json", description = "{\"week\",\"from\",\"to\",\"minutes\":{…},\"totalMinutes\",\"directShare\","
            + "\"contractMinutes\",\"overtimeMinutes\",\"outsideHoursMinutes\"}")
    private boolean json;

    @Override
    public Integer call() {
        try (Diary diary = root.openDiary()) {
            WeekId week = weekText != null ? WeekId.parse(weekText) : WeekId.of(root.today(diary));
            Diary.Period period = diary.period(week, week);
            WeekFigures figures = WeekFigures.of(week, period.blocks(), period.zone(), period.settings(), period.marks());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(asJson(figures)));
            } else {
                print(figures, out);
            }
        }
        return 0;
    }

    /** The week's object, shared by {@code week --json} and {@code trend --json}. */
    static Map<String, Object> asJson(WeekFigures figures) {
        WeekSummary summary = figures.summary();
        Map<String, Object> minutes = new LinkedHashMap<>();
        for (WorkKind kind : WorkKind.values()) {
            minutes.put(kind.code(), summary.minutes(kind));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("week", summary.week().toString());
        json.put("from", summary.from().toString());
        json.put("to", summary.to().toString());
        json.put("minutes", minutes);
        json.put("totalMinutes", summary.totalMinutes());
        json.put("directShare", Json.share(summary.directShare()));
        json.put("contractMinutes", figures.contractMinutes());
        json.put("overtimeMinutes", figures.overtimeMinutes());
        json.put("outsideHoursMinutes", figures.outsideHoursMinutes());
        return json;
    }

    private static void print(WeekFigures figures, PrintWriter out) {
        WeekSummary summary = figures.summary();
        out.printf("Week %s: %s to %s%n", summary.week(), DisplayFormats.day(summary.from()),
                DisplayFormats.day(summary.to()));
        for (WorkKind kind : WorkKind.values()) {
            out.printf("  %-12s %7s  %4s%n", kind.displayName(), DisplayFormats.hoursMinutes(summary.minutes(kind)),
                    DisplayFormats.percent(summary.share(kind)));
        }
        out.printf("  %-12s %7s%n", "Total", DisplayFormats.hoursMinutes(summary.totalMinutes()));
        out.printf("  Direct-work share: %s%s%n", DisplayFormats.percent(summary.directShare()),
                figures.directTarget() == null ? "" : " (target " + DisplayFormats.percent(figures.directTarget()) + ")");
        out.printf("  Contracted:   %7s%n", DisplayFormats.hoursMinutes(figures.contractMinutes()));
        out.printf("  Overtime:     %7s%n", DisplayFormats.hoursMinutes(figures.overtimeMinutes()));
        out.printf("  Outside hours:%7s  (outside the window %s, non-working days %s)%n",
                DisplayFormats.hoursMinutes(figures.outsideHoursMinutes()),
                DisplayFormats.hoursMinutes(figures.outsideWindowMinutes()),
                DisplayFormats.hoursMinutes(figures.nonWorkingDayMinutes()));
        out.println("  By day:");
        for (Map.Entry<LocalDate, Long> day : summary.minutesByDay().entrySet()) {
            out.printf("    %-10s %7s%n", DisplayFormats.SHORT_DAY.format(day.getKey()),
                    DisplayFormats.hoursMinutes(day.getValue()));
        }
    }
}
