package org.dwdiary.cli;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.fuzz.DiaryDump;
import org.dwdiary.fuzz.FuzzTries;
import org.dwdiary.fuzz.TemporaryFolders;
import org.dwdiary.fuzz.UserMessages;
import org.dwdiary.store.DiaryFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every setting, set on the command line to values typed well, badly or as noise, in a real diary with a week
 * of blocks: each value is taken (and then the settings, the week's figures, the balance and the working-time
 * checks all still show, and the diary verifies) or refused with a message that names the setting or the value,
 * leaving the diary exactly as it was. No value makes the command fail unexpectedly.
 */
@AddLifecycleHook(FuzzTries.class)
class SettingsFuzzTest {
    private static final List<String> KEYS = Stream.concat(Stream.concat(Stream.of("zone", "kind-keywords", "theme"),
            Arrays.stream(FigureSetting.values()).map(FigureSetting::key)),
            Arrays.stream(WorkingRules.Key.values()).map(WorkingRules.Key::key)).toList();
    private static final Map<String, String[]> GOOD = Map.ofEntries(
            Map.entry("zone", new String[] {"Europe/London", "UTC", "America/New_York", "Australia/Lord_Howe",
                    "Pacific/Kiritimati", "+05:30", "GMT", "Etc/GMT+12", "  Europe/Paris  "}),
            Map.entry("kind-keywords", new String[] {"default", "direct: visit, contact; recording: notes",
                    "travel: drive; meetings: team, panel", "DIRECT: Visit"}),
            Map.entry("theme", new String[] {"light", "dark", "high-contrast", "DARK"}),
            Map.entry("contract-hours", new String[] {"37:00", "22:30", "30", "22.5", "0", "100", "37h", "7.25 hours"}),
            Map.entry("working-days", new String[] {"Mon-Fri", "Mon,Tue,Thu", "sat-sun", "Fri-Mon", "monday to wednesday",
                    "Sun"}),
            Map.entry("standard-window", new String[] {"08:00-18:00", "9-5pm", "00:00-23:59", "07:30 to 19:00"}),
            Map.entry("direct-target", new String[] {"30%", "none", "100", "0.5%", "33.3%"}),
            Map.entry("wtr-opt-out", new String[] {"yes", "no", "Y", "off"}),
            Map.entry("weekly-rest", new String[] {"7", "14", "14 days"}),
            Map.entry("night-time", new String[] {"23:00-06:00", "22:00-05:00", "00:00-00:01", "6-23"}),
            Map.entry("overtime-scheme", new String[] {"flexi", "toil", "paid", "none"}),
            Map.entry("balance-from", new String[] {"start", "2026-01-05", "2000-01-01", "2099-12-31", "1900-01-01"}),
            Map.entry("flexi-period", new String[] {"4", "1", "52", "8 weeks"}),
            Map.entry("flexi-credit-limit", new String[] {"10:00", "0", "100", "12"}),
            Map.entry("flexi-debit-limit", new String[] {"5:00", "0:30", "99:59"}));
    private static final String[] BAD = {"", " ", "-", "--", "-1", "999999999999999999999", "NaN", "1e9", "\u0000",
            "25:00-26:00", "Mon-Funday", "13:00-12:00", "101", "200%", "-5%", "0%", "yes please", "Europe/Nowhere",
            "+19:00", "SystemV/AST4", "direct visit", "direct: ; travel:", "breaks: lunch", ":", "@", "é", "٣", "４",
            "\uD83D\uDE00", "x".repeat(10_000), "2026-02-30", "-999999999-01-01", "+999999999-12-31", "0000-01-01",
            "null", "default default", "53", "0 weeks", "P1D", "now", "23:00–06:00", "23:00—06:00", "1:60", "100:00"};
    private static final String[] FROMS = {"start", "2026-09-01", "2026-03-02", "1999-12-31", "beginning",
            "2026-13-01", "0001-01-01", "0000-01-01", "-999999999-01-01", "+999999999-12-31", "9999-12-31", "2026-9-1",
            "", "yesterday"};

    record Setting(boolean unset, String key, String value, String from) {
    }

    private Path folder;
    private CliRunner cli;
    private DiaryDump dump;
    private int taken;
    private int refused;
    private int tries;
    private final Map<String, Integer> reasons = new TreeMap<>();

    @BeforeProperty
    void makeDiary() throws IOException {
        folder = TemporaryFolders.create("settings-fuzz");
        cli = new CliRunner(folder);
        freshDiary();
    }

    /** A new diary with a week of blocks, every {@value FuzzTries#FRESH_EVERY} tries. */
    private void freshDiary() throws IOException {
        if (dump != null) {
            dump.close();
            TemporaryFolders.delete(cli.dataDir);
        }
        for (String line : List.of("mon 9-10:30 Home visit @d", "mon 11-12 Case notes @rec", "tue 22:00-01:30 Duty @d",
                "wed 8-9 Drive to court @t", "sat 10-11 Team meeting @m")) {
            assertEquals(0, cli.run("add", line).code(), line);
        }
        dump = DiaryDump.open(DiaryFolder.diaryFile(cli.dataDir));
    }

    @AfterProperty
    void removeDiary() throws IOException {
        dump.close();
        TemporaryFolders.delete(folder);
        System.out.printf("Fuzz: settings: %d values taken, %d refused%n", taken, refused);
        reasons.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder())).limit(8)
                .forEach(e -> System.out.println("  " + e.getValue() + " " + e.getKey()));
    }

    // The diary carries over from try to try (up to FRESH_EVERY), so a shrunk sample would not fail alike: no shrinking.
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void valueIsTakenOrRefusedNamingItAndNothingChanged(@ForAll("settings") Setting setting) throws IOException {
        if (++tries % FuzzTries.FRESH_EVERY == 0) {
            freshDiary();
        }
        List<String> args = new ArrayList<>(List.of("settings", setting.unset() ? "unset" : "set", setting.key()));
        if (!setting.unset()) {
            args.add(setting.value());
        }
        if (setting.from() != null) {
            args.addAll(List.of("--from", setting.from()));
        }
        String before = dump.now();
        Result result = cli.run(args.toArray(String[]::new));
        String shown = UserMessages.shown(args) + "\n" + result;
        assertFalse(result.err().contains("unexpected error"), shown);
        if (result.code() == 0) {
            taken++;
            for (String[] command : List.of(new String[] {"settings", "show"}, new String[] {"week"},
                    new String[] {"week", "2026-W09"}, new String[] {"trend"}, new String[] {"balance"}, new String[] {"check"},
                    new String[] {"verify"})) {
                Result after = cli.run(command);
                String what = String.join(" ", command) + " after " + shown + "\n" + after;
                assertTrue(after.code() == 0 || (after.code() == 1 && command[0].equals("balance")), what);
                assertFalse(after.err().contains("unexpected error"), what);
                UserMessages.assertForUser(after.code() == 0 ? "shown" : after.err(), what);
            }
            return;
        }
        refused++;
        assertTrue(result.code() == 1 || result.code() == 2, shown);
        assertEquals(before, dump.now(), () -> "a refused setting changed the diary: " + shown);
        if (result.code() == 2) { // wrong usage ("--" as the value is the end of the options): picocli's usage text
            assertFalse(result.err().isBlank(), shown);
            return;
        }
        UserMessages.assertForUser(result.err(), shown);
        String err = result.err().toLowerCase(Locale.ROOT);
        String value = setting.value() == null ? "" : setting.value().strip().toLowerCase(Locale.ROOT);
        boolean quotesPartOfTheValue = java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(err).results()
                .anyMatch(quoted -> value.contains(quoted.group(1).strip()));
        assertTrue(err.contains(setting.key().strip().toLowerCase(Locale.ROOT)) || quotesPartOfTheValue
                        || (!value.isEmpty() && value.length() <= 60 && err.contains(value))
                        || (setting.from() != null && err.contains("--from")),
                () -> "the refusal names neither the setting nor the value: " + shown);
        String reason = result.err().lines().findFirst().orElse("").replaceAll("\"[^\"]*\"", "\"…\"")
                .replaceAll("\\d+", "N");
        reasons.merge(reason.substring(0, Math.min(80, reason.length())), 1, Integer::sum);
    }

    @Provide
    Arbitrary<Setting> settings() {
        Arbitrary<String> key = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of(KEYS)),
                Tuple.of(1, Arbitraries.of("Zone", " theme ", "contract_hours", "", "nonsense", "THEME")));
        Arbitrary<String> from = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.of(FROMS)));
        return Combinators.combine(Arbitraries.integers().between(0, 19), key, from, Arbitraries.integers().between(0, 9),
                        Arbitraries.strings().ofMaxLength(30), Arbitraries.integers().between(0, 1000))
                .as((how, name, date, pick, noise, at) -> {
                    boolean unset = how == 0;
                    String[] good = GOOD.getOrDefault(name.strip().toLowerCase(Locale.ROOT), BAD);
                    String value = switch (pick) {
                        case 0, 1, 2, 3, 4, 5 -> good[at % good.length];
                        case 6, 7 -> BAD[at % BAD.length];
                        case 8 -> noise;
                        default -> {
                            String base = good[at % good.length];
                            int cut = base.isEmpty() ? 0 : at % base.length();
                            yield base.substring(0, cut) + noise + base.substring(cut);
                        }
                    };
                    return new Setting(unset, name, value, unset && date == null ? "start" : date);
                });
    }
}
