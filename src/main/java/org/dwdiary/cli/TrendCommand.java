package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.report.Trend;
import org.dwdiary.report.WeekFigures;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "trend", mixinStandardHelpOptions = true,
        description = {"The figures of each ISO week in a period: hours per kind, direct-work share (and its 4-week "
                + "average), contracted hours, overtime and outside hours.",
                "The period is whole weeks: the weeks holding --from and --to (default: the 13 weeks up to this one)."})
final class TrendCommand implements Callable<Integer> {
    static final int DEFAULT_WEEKS = 13;

    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "A day in the first week (YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "A day in the last week (YYYY-MM-DD; default today).")
    private LocalDate to;

    @Option(names = "--json", description = "A list with one object per week: {\"week\",\"from\",\"to\",\"minutes\":{…},"
            + "\"totalMinutes\",\"directShare\",\"contractMinutes\",\"overtimeMinutes\",\"outsideHoursMinutes\"}")
    private boolean json;

    @Override
    public Integer call() {
        try (Diary diary = root.openDiary()) {
            WeekId last = WeekId.of(to != null ? to : root.today(diary));
            WeekId first = from != null ? WeekId.of(from) : last.plusWeeks(-(DEFAULT_WEEKS - 1));
            if (first.compareTo(last) > 0) {
                throw new InputRefusedException("--from " + from + " is after --to " + (to != null ? to : root.today(diary)));
            }
            Diary.Period period = diary.period(Trend.dataFrom(first), last);
            Trend trend = Trend.of(first, last, period.blocks(), period.zone(), period.settings(), period.marks());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Map<String, Object>> weeks = new ArrayList<>();
                for (WeekFigures week : trend.weeks()) {
                    weeks.add(WeekCommand.asJson(week));
                }
                out.println(Json.write(weeks));
            } else {
                print(trend, out);
            }
        }
        return 0;
    }

    private static void print(Trend trend, PrintWriter out) {
        out.printf("Weeks %s to %s (%s to %s)%n", trend.from(), trend.to(), DisplayFormats.day(trend.from().monday()),
                DisplayFormats.day(trend.to().sunday()));
        out.printf("%-9s %7s %9s %7s %8s %7s %5s %5s %8s %8s %7s%n", "Week", "Direct", "Recording", "Travel", "Meetings",
                "Total", "Share", "4-wk", "Contract", "Overtime", "Outside");
        for (int i = 0; i < trend.weeks().size(); i++) {
            WeekFigures week = trend.weeks().get(i);
            out.printf("%-9s %7s %9s %7s %8s %7s %5s %5s %8s %8s %7s%n", week.week(),
                    hours(week.minutes(WorkKind.DIRECT)), hours(week.minutes(WorkKind.RECORDING)),
                    hours(week.minutes(WorkKind.TRAVEL)), hours(week.minutes(WorkKind.MEETINGS)),
                    hours(week.totalMinutes()), DisplayFormats.percent(week.directShare()),
                    DisplayFormats.percent(trend.movingShares().get(i)), hours(week.contractMinutes()),
                    hours(week.overtimeMinutes()), hours(week.outsideHoursMinutes()));
        }
        out.printf("%-9s %7s %9s %7s %8s %7s %5s %5s %8s %8s %7s%n", "Total",
                hours(trend.weeks().stream().mapToLong(w -> w.minutes(WorkKind.DIRECT)).sum()),
                hours(trend.weeks().stream().mapToLong(w -> w.minutes(WorkKind.RECORDING)).sum()),
                hours(trend.weeks().stream().mapToLong(w -> w.minutes(WorkKind.TRAVEL)).sum()),
                hours(trend.weeks().stream().mapToLong(w -> w.minutes(WorkKind.MEETINGS)).sum()),
                hours(trend.totalMinutes()), DisplayFormats.percent(trend.directShare()), "",
                hours(trend.contractMinutes()), hours(trend.overtimeMinutes()), hours(trend.outsideHoursMinutes()));
        out.printf("Over contract in %d of %d weeks; outside hours: %s outside the window on working days, %s on non-working days.%n",
                trend.weeksOverContract(), trend.weeks().size(), hours(trend.outsideWindowMinutes()),
                hours(trend.nonWorkingDayMinutes()));
    }

    private static String hours(long minutes) {
        return DisplayFormats.hoursMinutes(minutes);
    }
}
