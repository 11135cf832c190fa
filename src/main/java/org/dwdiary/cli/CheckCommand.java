package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.dwdiary.report.PossibleBreach;
import org.dwdiary.report.WorkingTimeChecks;
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

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Lists possible breaches of the Working Time Regulations 1998 (GB) found in the diary, with "
                + "their dates and figures: weekly-48h, daily-rest-11h, weekly-rest-24h, break-20min, night-8h.",
                "Default period: the 13 weeks up to today. Not legal advice; the method is printed with the list."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD; default today).")
    private LocalDate to;

    @Option(names = "--json", description = "A list of {\"rule\",\"from\",\"to\",\"value\",\"limit\"} (value and limit in minutes).")
    private boolean json;

    @Override
    public Integer call() {
        try (Diary diary = root.openDiary()) {
            LocalDate last = to != null ? to : root.today(diary);
            LocalDate first = from != null ? from : WeekId.of(last).plusWeeks(-12).monday();
            if (first.isAfter(last)) {
                throw new InputRefusedException("--from " + first + " is after --to " + last);
            }
            List<PossibleBreach> breaches = check(diary, first, last);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (PossibleBreach breach : breaches) {
                    list.add(asJson(breach));
                }
                out.println(Json.write(list));
            } else {
                out.printf("Possible breaches of the Working Time Regulations, %s to %s: %d%n", DisplayFormats.day(first),
                        DisplayFormats.day(last), breaches.size());
                for (PossibleBreach breach : breaches) {
                    out.println("  " + breach.describe());
                }
                out.println();
                out.println("Method: " + WorkingTimeChecks.METHOD);
            }
        }
        return 0;
    }

    /** The possible breaches of a period, from the diary's blocks, day marks and working rules. */
    static List<PossibleBreach> check(Diary diary, LocalDate first, LocalDate last) {
        Diary.Period period = diary.period(WeekId.of(WorkingTimeChecks.dataFrom(first)), WeekId.of(last.plusDays(1)));
        return WorkingTimeChecks.check(period.blocks(), period.marks(), period.zone(), first, last, diary.workingRules());
    }

    static Map<String, Object> asJson(PossibleBreach breach) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", breach.rule().code());
        json.put("from", breach.from().toString());
        json.put("to", breach.to().toString());
        json.put("value", breach.value());
        json.put("limit", breach.limit());
        return json;
    }
}
