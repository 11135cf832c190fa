package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordKeeping;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.report.Balances;
import org.dwdiary.report.Trend;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "balance", mixinStandardHelpOptions = true,
        description = {"Hours against the contract week by week with a running balance, the TOIL ledger, and flexi "
                + "settlement periods with the hours carried and lost.",
                "Whole ISO weeks, from the week holding --from (default: the balance-from setting, else the diary's "
                        + "first day) to the week holding --to (default today). The scheme and limits are settings "
                        + "(overtime-scheme, flexi-period, flexi-credit-limit, flexi-debit-limit)."})
final class BalanceCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "A day in the first week (YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "A day in the last week (YYYY-MM-DD; default today).")
    private LocalDate to;

    @Option(names = "--json", description = "{\"from\",\"to\",\"scheme\",\"contractMinutes\",\"workedMinutes\",\"overtimeMinutes\","
            + "\"balanceMinutes\",\"lostMinutes\",\"weeks\":[…],\"toil\":{…},\"flexi\":[…],\"recordKeeping\":{…}}")
    private boolean json;

    @Override
    public Integer call() {
        try (Diary diary = root.openDiary()) {
            LocalDate today = root.today(diary);
            WorkingRules rules = diary.workingRules();
            LocalDate last = to != null ? to : today;
            LocalDate first = from != null ? from
                    : rules.balanceFrom() != null ? rules.balanceFrom() : diary.firstDay().orElse(last);
            if (first.isAfter(last)) {
                if (from != null) {
                    throw new InputRefusedException("--from " + first + " is after " + (to != null ? "--to " + last
                            : "today (" + last + ")"));
                }
                // the user typed no --from: name where the first day came from
                throw new InputRefusedException("the balance counts from " + first + (rules.balanceFrom() != null
                        ? " (the balance-from setting)" : " (the diary's first day)") + ", after "
                        + (to != null ? "--to " + last : "today (" + last + ")")
                        + ": there is nothing to count yet; give an earlier --from"
                        + (rules.balanceFrom() != null ? " or change balance-from" : ""));
            }
            WeekId firstWeek = WeekId.of(first);
            WeekId lastWeek = WeekId.of(last);
            Diary.Period period = diary.period(Trend.dataFrom(firstWeek), lastWeek);
            Trend trend = Trend.of(firstWeek, lastWeek, period.blocks(), period.zone(), period.settings(), period.marks());
            Balances balances = Balances.of(trend, rules);
            RecordKeeping kept = diary.recordKeeping(firstWeek.start(period.zone()), lastWeek.end(period.zone()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> result = asJson(trend, balances);
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("minutes", kept.minutes());
                record.put("recordedWithin24HoursMinutes", kept.minutesRecordedWithin24Hours());
                record.put("timelyShare", Json.share(kept.timelyShare()));
                record.put("laterEdits", kept.laterEdits());
                result.put("recordKeeping", record);
                out.println(Json.write(result));
            } else {
                print(trend, balances, rules, out);
                out.printf("Record: %s of the minutes recorded within 24 hours of their end; %d later %s.%n",
                        DisplayFormats.percent(kept.timelyShare()), kept.laterEdits(), kept.laterEdits() == 1 ? "edit" : "edits");
            }
        }
        return 0;
    }

    static Map<String, Object> asJson(Trend trend, Balances balances) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", trend.from().monday().toString());
        json.put("to", trend.to().sunday().toString());
        json.put("scheme", balances.scheme().code());
        json.put("contractMinutes", trend.contractMinutes());
        json.put("workedMinutes", trend.totalMinutes());
        json.put("overtimeMinutes", balances.overtimeMinutes());
        json.put("balanceMinutes", balances.balanceMinutes());
        json.put("lostMinutes", balances.lostMinutes());
        List<Map<String, Object>> weeks = new ArrayList<>();
        for (Balances.Week week : balances.weeks()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("week", week.week().toString());
            line.put("contractMinutes", week.contractMinutes());
            line.put("workedMinutes", week.workedMinutes());
            line.put("overtimeMinutes", week.overtimeMinutes());
            line.put("differenceMinutes", week.differenceMinutes());
            line.put("balanceMinutes", week.balanceMinutes());
            weeks.add(line);
        }
        json.put("weeks", weeks);
        Map<String, Object> toil = new LinkedHashMap<>();
        toil.put("earnedMinutes", balances.toil().earnedMinutes());
        toil.put("takenMinutes", balances.toil().takenMinutes());
        toil.put("balanceMinutes", balances.toil().balanceMinutes());
        json.put("toil", toil);
        List<Map<String, Object>> periods = new ArrayList<>();
        for (Balances.FlexiPeriod period : balances.flexi()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("from", period.from().toString());
            line.put("to", period.to().toString());
            line.put("complete", period.complete());
            line.put("carriedInMinutes", period.carriedInMinutes());
            line.put("differenceMinutes", period.differenceMinutes());
            line.put("endMinutes", period.endMinutes());
            line.put("carriedForwardMinutes", period.carriedForwardMinutes());
            line.put("lostMinutes", period.lostMinutes());
            line.put("debitBeyondLimitMinutes", period.debitBeyondMinutes());
            periods.add(line);
        }
        json.put("flexi", periods);
        return json;
    }

    private static String hours(long minutes) {
        return DisplayFormats.hoursMinutes(minutes);
    }

    private static String signed(long minutes) {
        return (minutes > 0 ? "+" : "") + hours(minutes);
    }

    private static void print(Trend trend, Balances balances, WorkingRules rules, PrintWriter out) {
        out.printf("Balance %s to %s (%s to %s), scheme: %s%n", trend.from(), trend.to(),
                DisplayFormats.day(trend.from().monday()), DisplayFormats.day(trend.to().sunday()), rules.scheme().description());
        out.printf("%-9s %8s %8s %8s %8s %8s%n", "Week", "Contract", "Worked", "Overtime", "Diff", "Balance");
        for (Balances.Week week : balances.weeks()) {
            out.printf("%-9s %8s %8s %8s %8s %8s%n", week.week(), hours(week.contractMinutes()), hours(week.workedMinutes()),
                    hours(week.overtimeMinutes()), signed(week.differenceMinutes()), signed(week.balanceMinutes()));
        }
        out.printf("%-9s %8s %8s %8s %8s %8s%n", "Total", hours(trend.contractMinutes()), hours(trend.totalMinutes()),
                hours(balances.overtimeMinutes()), "", signed(balances.balanceMinutes()));
        if (rules.scheme() == WorkingRules.Scheme.TOIL || balances.toil().takenMinutes() > 0) {
            out.printf("TOIL: earned %s, taken %s, balance %s%n", hours(balances.toil().earnedMinutes()),
                    hours(balances.toil().takenMinutes()), signed(balances.toil().balanceMinutes()));
        }
        if (!balances.flexi().isEmpty()) {
            out.printf("Flexi, %d-week periods, carrying at most +%s / -%s:%n", rules.flexiPeriodWeeks(),
                    hours(rules.flexiCreditLimit()), hours(rules.flexiDebitLimit()));
            for (Balances.FlexiPeriod period : balances.flexi()) {
                out.printf("  %s to %s: in %s, period %s, end %s, carried %s%s%s%n", DisplayFormats.day(period.from()),
                        DisplayFormats.day(period.to()), signed(period.carriedInMinutes()), signed(period.differenceMinutes()),
                        signed(period.endMinutes()), signed(period.carriedForwardMinutes()),
                        period.lostMinutes() > 0 ? ", LOST " + hours(period.lostMinutes())
                                : period.debitBeyondMinutes() > 0 ? ", " + hours(period.debitBeyondMinutes()) + " beyond the debit limit" : "",
                        period.complete() ? "" : " (period not over yet)");
            }
            out.printf("Hours lost at settlement: %s%n", hours(balances.lostMinutes()));
        }
    }
}
