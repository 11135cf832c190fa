package org.dwdiary.cli;

import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.KindRules;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.Theme;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@Command(name = "settings", mixinStandardHelpOptions = true, description = "Shows or changes the diary's settings.",
        subcommands = {SettingsCommand.Show.class, SettingsCommand.Set.class, SettingsCommand.Unset.class})
final class SettingsCommand {
    private static final String KEYS = Stream.concat(Stream.concat(Stream.of("zone", "kind-keywords", "theme"),
            Arrays.stream(FigureSetting.values()).map(FigureSetting::key)),
            Arrays.stream(WorkingRules.Key.values()).map(WorkingRules.Key::key)).collect(Collectors.joining(", "));

    @ParentCommand DiaryCli root;

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows every setting: today's value, and the dates on which the hours, days, window and target changed.")
    static final class Show implements Runnable {
        @ParentCommand private SettingsCommand settings;
        @Spec private CommandSpec spec;

        @Override
        public void run() {
            try (Diary diary = settings.root.openDiary()) {
                PrintWriter out = spec.commandLine().getOut();
                out.println("zone " + diary.zone().getId());
                out.println("kind-keywords " + diary.kindRules().format());
                out.println("theme " + diary.theme().code());
                SettingsTimeline timeline = diary.settingsTimeline();
                LocalDate today = settings.root.today(diary);
                for (FigureSetting setting : FigureSetting.values()) {
                    out.println(setting.key() + " " + setting.format(timeline.on(today)));
                    List<SettingsTimeline.Change> history = timeline.history(setting);
                    if (!history.isEmpty()) {
                        if (!history.get(0).fromBeginning()) {
                            out.println("  from the start: " + setting.format(org.dwdiary.domain.Contract.DEFAULT) + " (the default)");
                        }
                        for (SettingsTimeline.Change change : history) {
                            out.println("  " + from(change) + ": " + change.value());
                        }
                    }
                }
                WorkingRules rules = diary.workingRules();
                for (WorkingRules.Key key : WorkingRules.Key.values()) {
                    out.println(key.key() + " " + rules.format(key));
                }
            }
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Changes a setting.",
            footer = {"", "Keys:", "  zone             the time zone days and weeks are counted in, e.g. Europe/London",
                    "  kind-keywords    words that give an activity its kind when it has none remembered, e.g.",
                    "                   \"direct: visit, contact, session; recording: notes, report; travel: drive; meetings: team\"",
                    "                   (\"default\" restores the standard list)",
                    "  theme            light, dark or high-contrast",
                    "  contract-hours   contracted hours per week, e.g. 37:00, 22:30 or 30 (default 37:00)",
                    "  working-days     the days the contracted hours are spread over, e.g. Mon-Fri or Mon,Tue,Thu",
                    "  standard-window  the standard working window on working days, e.g. 08:00-18:00; time outside it",
                    "                   and on other days counts as outside hours (evenings and weekends)",
                    "  direct-target    your own target for the direct-work share, e.g. 30%%, or none",
                    "  wtr-opt-out      yes if you have opted out of the 48-hour average in writing (default no)",
                    "  weekly-rest      7 (24 hours' rest in each 7 days, default) or 14 (48 hours in each 14)",
                    "  night-time       night time for the night-work check (default 23:00-06:00)",
                    "  overtime-scheme  flexi (default), toil, paid or none",
                    "  balance-from     the day balances count from (YYYY-MM-DD, or start)",
                    "  flexi-period     weeks in a flexi settlement period (default 4)",
                    "  flexi-credit-limit / flexi-debit-limit   hours carried over at most (default 10:00 / 5:00)",
                    "",
                    "The last four shape the figures, so each value has a date from which it holds (--from):",
                    "going part-time from 1 September changes the weeks from then on, never those before.",
                    "Without --from, a first value holds for every week, and a later one from this week's Monday."})
    static final class Set implements Runnable {
        @ParentCommand private SettingsCommand settings;
        @Spec private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "KEY")
        private String key;

        @Parameters(index = "1", paramLabel = "VALUE")
        private String value;

        @Option(names = "--from", paramLabel = "DATE",
                description = "For contract-hours, working-days, standard-window, direct-target: the first day the "
                        + "value holds (YYYY-MM-DD), or \"start\" for every week.")
        private String from;

        @Override
        public void run() {
            String name = key.toLowerCase(Locale.ROOT).strip();
            PrintWriter out = spec.commandLine().getOut();
            Optional<FigureSetting> dated = FigureSetting.fromKey(name);
            if (from != null && dated.isEmpty()) {
                throw new InputRefusedException("--from is only for the settings that shape the figures ("
                        + Arrays.stream(FigureSetting.values()).map(FigureSetting::key).collect(Collectors.joining(", "))
                        + "); " + name + " holds for the whole diary");
            }
            try (Diary diary = settings.root.openDiary()) {
                if (dated.isPresent()) {
                    SettingsTimeline.Change change = diary.setFigureSetting(dated.get(), value, date(from));
                    SettingsTimeline timeline = diary.settingsTimeline();
                    out.println(change.setting().key() + " " + change.value() + " " + from(change));
                    if (!change.fromBeginning()) {
                        out.println("  the weeks before keep " + change.setting().format(timeline.on(change.from().minusDays(1))));
                    }
                    return;
                }
                Optional<WorkingRules.Key> rule = WorkingRules.Key.fromKey(name);
                if (rule.isPresent()) {
                    WorkingRules rules = diary.setWorkingRule(rule.get(), value);
                    out.println(rule.get().key() + " " + rules.format(rule.get()));
                    return;
                }
                switch (name) {
                    case "zone" -> {
                        diary.setZone(value);
                        out.println("zone " + diary.zone().getId());
                    }
                    case "kind-keywords" -> {
                        diary.setKindRules(value.strip().equalsIgnoreCase("default") ? KindRules.defaults() : KindRules.parse(value));
                        out.println("kind-keywords " + diary.kindRules().format());
                    }
                    case "theme" -> {
                        diary.setTheme(Theme.parse(value));
                        out.println("theme " + diary.theme().code());
                    }
                    default -> throw new InputRefusedException("there is no setting \"" + key + "\"; the settings are: " + KEYS);
                }
            }
        }
    }

    @Command(name = "unset", mixinStandardHelpOptions = true,
            description = "Removes the value a dated setting takes from a date (a mistake), so the one before it holds again.")
    static final class Unset implements Runnable {
        @ParentCommand private SettingsCommand settings;
        @Spec private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "KEY", description = "contract-hours, working-days, standard-window or direct-target")
        private String key;

        @Option(names = "--from", paramLabel = "DATE", required = true, description = "The date of the value to remove (YYYY-MM-DD, or \"start\").")
        private String from;

        @Override
        public void run() {
            FigureSetting setting = FigureSetting.fromKey(key).orElseThrow(() -> new InputRefusedException(
                    "\"" + key + "\" cannot be unset: only the dated settings can ("
                            + Arrays.stream(FigureSetting.values()).map(FigureSetting::key).collect(Collectors.joining(", "))
                            + "); set any other to the value you want instead"));
            LocalDate date = date(from);
            try (Diary diary = settings.root.openDiary()) {
                if (!diary.removeFigureSetting(setting, date)) {
                    throw new InputRefusedException(setting.key() + " has no value " + describe(date)
                            + "; see settings show for its dates");
                }
                out(spec).println(setting.key() + ": the value " + describe(date) + " is removed; today it is "
                        + setting.format(diary.settingsTimeline().on(settings.root.today(diary))));
            }
        }
    }

    private static PrintWriter out(CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    /** "start" (or "beginning") for every week, otherwise an ISO date; null when not given. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("start") || value.equals("beginning")) {
            return SettingsTimeline.BEGINNING;
        }
        try {
            return SettingsTimeline.requireUsable(LocalDate.parse(value), "--from");
        } catch (DateTimeParseException e) {
            throw new InputRefusedException("--from \"" + text + "\" is not a date; write it as YYYY-MM-DD (e.g. 2026-09-01) or start");
        }
    }

    private static String from(SettingsTimeline.Change change) {
        return describe(change.from());
    }

    private static String describe(LocalDate from) {
        return from.equals(SettingsTimeline.BEGINNING) ? "from the start" : "from " + from;
    }
}
