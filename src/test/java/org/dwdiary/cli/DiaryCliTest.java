package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a whole: help, usage errors, the data folder and opening the window. */
class DiaryCliTest {
    @TempDir Path tempDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tempDir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "add", "list", "week", "delete", "export", "export csv", "import", "demo",
            "settings", "settings show", "settings set"})
    void helpOnEveryCommandPrintsUsageAndExitsZero(String command) {
        List<String> words = command.isEmpty() ? List.of() : List.of(command.split(" "));
        String[] args = java.util.stream.Stream.concat(words.stream(), java.util.stream.Stream.of("--help"))
                .toArray(String[]::new);

        Result result = cli.run(args);

        assertEquals(0, result.code(), result::toString);
        String usage = "Usage: dwdiary" + (command.isEmpty() ? "" : " " + command);
        assertTrue(result.out().startsWith(usage + " "), result.out());
        assertEquals("", result.err());
        assertEquals(List.of(), cli.windowsOpened, "help opens no window");
        assertFalse(Files.exists(cli.dataDir), "help creates no diary");
    }

    @Test
    void helpOfTheWholeProgramListsCommandsAndExitCodes() {
        String help = cli.run("--help").out();

        for (String command : List.of("add", "list", "week", "delete", "export", "import", "demo", "settings")) {
            assertTrue(help.contains("\n  " + command + " "), command + " missing from:\n" + help);
        }
        assertTrue(help.contains("Exit codes: 0 done, 1 input refused (the reason is on stderr), 2 wrong usage."), help);
    }

    @Test
    void versionIsPrinted() {
        Result result = cli.run("--version");

        assertEquals(0, result.code(), result::toString);
        assertEquals("Direct Work Diary 0.1\n", result.out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Result result = cli.run("frobnicate");

        assertEquals(2, result.code(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("Unmatched argument at index 2: 'frobnicate'"), result.err());
        assertEquals(List.of(), cli.windowsOpened);
        assertFalse(Files.exists(cli.dataDir));
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result result = cli.run("list", "--colour");

        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().startsWith("Unknown option: '--colour'"), result.err());
    }

    @Test
    void noCommandOpensTheWindowOnTheChosenFolder() {
        Result result = cli.run();

        assertEquals(0, result.code(), result::toString);
        assertEquals(List.of(cli.dataDir), cli.windowsOpened);
        assertEquals("", result.out());
    }

    @Test
    void relativeDataDirIsOpenedAsAnAbsoluteFolder() {
        Result result = cli.runExactly("--data-dir", "some/../diary");

        assertEquals(0, result.code(), result::toString);
        assertEquals(List.of(Path.of("diary").toAbsolutePath()), cli.windowsOpened);
    }

    @Test
    void windowOpensOnDwdiaryHomeWhenNoFolderIsGiven() {
        Path home = tempDir.resolve("home");
        List<Path> opened = new java.util.ArrayList<>();

        int code = DiaryCli.run(new String[0], CliRunner.CLOCK, java.util.Map.of("DWDIARY_HOME", home.toString()),
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()),
                window -> opened.add(window.folder()));

        assertEquals(0, code);
        assertEquals(List.of(home), opened);
    }

    @Test
    void timingsAskTheWindowToPrintItsStartAndToCloseOnceTheWeekIsDrawn() {
        List<WindowStart> opened = new java.util.ArrayList<>();
        java.io.StringWriter err = new java.io.StringWriter();

        int code = DiaryCli.run(new String[] {"--timings", "--exit-after-start", "--data-dir", cli.dataDir.toString()},
                CliRunner.CLOCK, java.util.Map.of(), new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err), opened::add);
        DiaryCli.run(new String[] {"--data-dir", cli.dataDir.toString()}, CliRunner.CLOCK, java.util.Map.of(),
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err), opened::add);

        assertEquals(0, code, err::toString);
        assertEquals(List.of(new WindowStart(cli.dataDir, true, true), new WindowStart(cli.dataDir, false, false)), opened);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "--timings", "--data-dir|some/../diary", "--data-dir=diary é",
            "--timings|--exit-after-start|--data-dir|d", "--exit-after-start|--data-dir=d|--timings"})
    void theWindowsOwnArgumentsAreReadQuicklyAsTheCommandLineReadsThem(String joined) {
        String[] args = joined.isEmpty() ? new String[0] : joined.split("\\|");
        java.util.Map<String, String> env = java.util.Map.of("DWDIARY_HOME", tempDir.resolve("home").toString());
        List<WindowStart> opened = new java.util.ArrayList<>();

        DiaryCli.run(args, CliRunner.CLOCK, env, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), opened::add);

        assertEquals(opened, DiaryCli.windowOnly(args, env).stream().toList());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"week", "--help", "--version", "--data-dir", "--data-dir=",
            "--data-dir|a|--data-dir|b", "--timings|--timings", "--timing", "--data-dir|d|week", "-h"})
    void anythingElseGoesToTheCommandLine(String joined) {
        assertEquals(java.util.Optional.empty(), DiaryCli.windowOnly(joined.split("\\|"), java.util.Map.of()));
    }

    @Test
    void commandsWorkWhileTheWindowHasTheDiaryOpen() {
        try (Diary window = Diary.open(cli.dataDir, CliRunner.CLOCK)) {
            Result result = cli.run("add", "--date", "2026-03-02", "--from", "9", "--to", "10", "--kind", "direct");

            assertEquals(0, result.code(), result::toString);
            assertEquals(1, window.all().size(), "the window sees the block the command line added");
            window.add(org.dwdiary.domain.Block.create(CliRunner.at("2026-03-02T10:00"), CliRunner.at("2026-03-02T11:00"),
                    CliRunner.LONDON, org.dwdiary.domain.WorkKind.TRAVEL, "Drive", null),
                    org.dwdiary.domain.RecordedVia.GUI);
            assertEquals(2, cli.run("list").out().lines().count());
        }
    }

    @Test
    void dataDirMayFollowTheCommand() {
        Result result = cli.runExactly("add", "--data-dir", cli.dataDir.toString(), "--date", "2026-03-02",
                "--from", "9", "--to", "10", "--kind", "direct");

        assertEquals(0, result.code(), result::toString);
        assertEquals(1, cli.snapshot().blocks().size());
    }

    @Test
    void dataDirMayFollowANestedCommand() {
        cli.run("add", "--date", "2026-03-02", "--from", "9", "--to", "10", "--kind", "direct");

        Result result = cli.runExactly("export", "csv", "--data-dir", cli.dataDir.toString());

        assertEquals(0, result.code(), result::toString);
        assertEquals(2, result.out().lines().count(), result.out());
    }
}
