package org.dwdiary.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.RunningTimer;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
import org.dwdiary.store.crash.CrashLog;
import org.dwdiary.store.crash.CrashWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM ({@link CrashWriter}) writes to a real diary and is killed with SIGKILL at a random
 * point, {@link #KILLS} times, each child carrying on with the diary the one before left. After each kill the
 * diary opens, SQLite's integrity check and the history's hash chain pass, and the diary holds exactly what the
 * children reported committed; the one call a kill cut short is there whole or not at all.
 */
@Tag("crash")
class CrashSafetyTest {
    static final int KILLS = 50;
    /** The kill comes after this many reported actions at most (at least 1). */
    private static final int MOST_ACTIONS_BEFORE_KILL = 40;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 3);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 28);

    @TempDir
    Path temp;

    @Test
    void everyReportedWriteSurvivesAKillAtARandomMoment() throws Exception {
        Path folder = temp.resolve("diary");
        Random random = new Random(20260304L);
        State expected;
        try (Diary diary = Diary.open(folder, Clock.systemUTC())) {
            expected = State.of(diary);
        }
        int checkedWrites = 0;
        int cutShort = 0;
        int cutShortCommitted = 0;
        for (int round = 1; round <= KILLS; round++) {
            Round result = runAndKill(folder, random.nextLong(), 1 + random.nextInt(MOST_ACTIONS_BEFORE_KILL), round);
            assertIntegrityCheckPasses(folder);
            try (Diary diary = Diary.open(folder, Clock.systemUTC())) {
                assertTrue(diary.verify().intact(), "round " + round + ": " + diary.verify().describe());
                ZoneId zone = diary.zone();
                for (CrashLog.Line[] action : result.committed) {
                    expected = expected.after(action[0], action[1], zone);
                }
                State actual = State.of(diary);
                if (result.cutShort != null) {
                    cutShort++;
                    State whole = expected.after(result.cutShort, newIds(expected, actual, result.cutShort), zone);
                    if (actual.equals(whole)) {
                        cutShortCommitted++;
                    } else {
                        assertStateEquals(expected, actual, "round " + round + ", the kill cut short "
                                + result.cutShort + ", which is neither there whole nor not at all");
                    }
                } else {
                    assertStateEquals(expected, actual, "round " + round);
                }
                checkedWrites += result.committed.size();
                expected = actual;
            }
        }
        System.out.printf("Crash safety: %d kills survived, %d reported writes checked, %d kills cut a call short "
                + "(%d of those had committed)%n", KILLS, checkedWrites, cutShort, cutShortCommitted);
        assertTrue(checkedWrites >= KILLS, "every round reports at least one write");
    }

    /** The round's child, killed once it has reported {@code actions} committed actions. */
    private Round runAndKill(Path folder, long seed, int actions, int round) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path errors = temp.resolve("child-" + round + ".err");
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dorg.sqlite.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), folder.toString(), Long.toString(seed))
                .redirectError(errors.toFile())
                .start();
        BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(Optional.of(line));
                }
            } catch (IOException ignored) {
                // the pipe closes when the child is killed
            }
            lines.add(Optional.empty());
        }, "crash-child-reader");
        reader.start();
        List<String> read = new ArrayList<>();
        int done = 0;
        while (done < actions) {
            Optional<String> line = lines.poll(2, TimeUnit.MINUTES);
            if (line == null || line.isEmpty()) {
                child.destroyForcibly();
                fail("round " + round + ": the child stopped after " + done + " actions before it was killed: "
                        + Files.readString(errors));
            }
            read.add(line.get());
            CrashLog.Line parsed = CrashLog.parse(line.get());
            if (parsed != null && parsed.phase().equals(CrashLog.DONE)) {
                done++;
            }
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(1, TimeUnit.MINUTES), "round " + round + ": the child outlived SIGKILL");
        assertEquals(137, child.exitValue(), "round " + round + ": the child ended by SIGKILL (128 + 9)");
        reader.join();
        for (Optional<String> line = lines.take(); line.isPresent(); line = lines.take()) {
            read.add(line.get());
        }
        // Each round's report is kept, so a failure can be read against what the child said it did.
        Path kept = Path.of("target", "crash-safety");
        Files.createDirectories(kept);
        Files.write(kept.resolve("round-" + round + ".txt"), read, StandardCharsets.UTF_8);
        return Round.of(read);
    }

    /** What a child reported: its calls that returned (BEGIN with DONE), and the one the kill cut short. */
    private record Round(List<CrashLog.Line[]> committed, CrashLog.Line cutShort) {
        static Round of(List<String> text) {
            List<CrashLog.Line[]> committed = new ArrayList<>();
            CrashLog.Line begun = null;
            for (String line : text) {
                CrashLog.Line parsed = CrashLog.parse(line);
                if (parsed == null) {
                    continue;
                }
                if (parsed.phase().equals(CrashLog.BEGIN)) {
                    assertEquals(null, begun, "one call at a time");
                    begun = parsed;
                } else {
                    assertNotNull(begun, "DONE follows BEGIN");
                    assertEquals(begun.action(), parsed.action());
                    committed.add(new CrashLog.Line[] {begun, parsed});
                    begun = null;
                }
            }
            return new Round(committed, begun);
        }
    }

    /** For a call cut short: DONE as it would read had it committed, its new ids taken from the diary. */
    private static CrashLog.Line newIds(State before, State actual, CrashLog.Line begun) {
        List<String> ids = new ArrayList<>();
        actual.blocks.keySet().stream().filter(id -> !before.blocks.containsKey(id)).sorted()
                .forEach(id -> ids.add(Long.toString(id)));
        return new CrashLog.Line(CrashLog.DONE, begun.action(), ids);
    }

    private static void assertIntegrityCheckPasses(Path folder) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + DiaryFolder.diaryFile(folder));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            assertTrue(rows.next());
            assertEquals("ok", rows.getString(1));
            assertFalse(rows.next());
        }
    }

    private static void assertStateEquals(State expected, State actual, String where) {
        assertEquals(expected.blocks, actual.blocks, where + ": blocks");
        assertEquals(expected.timer, actual.timer, where + ": running timer");
        assertEquals(expected.marks, actual.marks, where + ": day marks");
        assertEquals(expected.notes, actual.notes, where + ": week notes");
        assertEquals(expected.settings, actual.settings, where + ": figure settings");
    }

    /** Everything the child writes, as the diary holds it. */
    private record State(Map<Long, Block> blocks, Optional<RunningTimer> timer, Map<LocalDate, DayMark> marks,
                         Map<WeekId, WeekNote> notes, Map<String, SettingsTimeline.Change> settings) {
        static State of(Diary diary) {
            Map<Long, Block> blocks = new TreeMap<>();
            diary.all().forEach(block -> blocks.put(block.id(), block));
            Map<LocalDate, DayMark> marks = new TreeMap<>();
            diary.marks(EARLIEST, LATEST).forEach(mark -> marks.put(mark.day(), mark));
            Map<WeekId, WeekNote> notes = new TreeMap<>();
            diary.weekNotes(WeekId.of(EARLIEST), WeekId.of(LATEST)).forEach(note -> notes.put(note.week(), note));
            Map<String, SettingsTimeline.Change> settings = new TreeMap<>();
            diary.settingsTimeline().changes().forEach(change -> settings.put(key(change.setting(), change.from()), change));
            return new State(blocks, diary.runningTimer(), marks, notes, settings);
        }

        private static String key(FigureSetting setting, LocalDate from) {
            return setting.name() + " " + from;
        }

        /** This state with one committed call applied, as the child described it. */
        State after(CrashLog.Line begun, CrashLog.Line done, ZoneId zone) {
            Map<Long, Block> blocks = new TreeMap<>(this.blocks);
            Optional<RunningTimer> timer = this.timer;
            Map<LocalDate, DayMark> marks = new TreeMap<>(this.marks);
            Map<WeekId, WeekNote> notes = new TreeMap<>(this.notes);
            Map<String, SettingsTimeline.Change> settings = new TreeMap<>(this.settings);
            List<String> asked = begun.fields();
            switch (begun.action()) {
                case "ADD" -> putAll(blocks, asked, done.fields(), zone);
                case "IMPORT" -> putAll(blocks, asked, done.fields(), zone);
                case "EDIT" -> blocks.put(Long.parseLong(asked.get(0)),
                        CrashLog.block(asked.get(1), zone).withId(Long.parseLong(asked.get(0))));
                case "DELETE" -> blocks.remove(Long.parseLong(asked.get(0)));
                case "TIMER-START" -> {
                    Block shape = CrashLog.block(asked.get(0), zone);
                    timer = Optional.of(new RunningTimer(shape.start(), zone, shape.kind(), shape.activity(), shape.note()));
                }
                case "TIMER-STOP" -> {
                    if (timer.isEmpty() || done.fields().size() != 1) {
                        return null;
                    }
                    long id = Long.parseLong(done.field(0));
                    blocks.put(id, timer.get().until(Instant.parse(asked.get(0))).withId(id));
                    timer = Optional.empty();
                }
                case "MARK" -> marks.put(LocalDate.parse(asked.get(0)), new DayMark(LocalDate.parse(asked.get(0)),
                        DayMark.Kind.valueOf(asked.get(1)), Boolean.parseBoolean(asked.get(2))));
                case "UNMARK" -> marks.remove(LocalDate.parse(asked.get(0)));
                case "NOTE" -> {
                    String caseload = CrashLog.text(asked.get(1));
                    WeekNote note = new WeekNote(WeekId.parse(asked.get(0)),
                            caseload == null ? null : Integer.valueOf(caseload), asked.get(2), asked.get(3));
                    if (note.isEmpty()) {
                        notes.remove(note.week());
                    } else {
                        notes.put(note.week(), note);
                    }
                }
                case "SETTING" -> {
                    SettingsTimeline.Change change = new SettingsTimeline.Change(FigureSetting.valueOf(asked.get(0)),
                            LocalDate.parse(asked.get(1)), asked.get(2));
                    settings.put(key(change.setting(), change.from()), change);
                }
                default -> throw new AssertionError("unknown action " + begun.action());
            }
            return new State(blocks, timer, marks, notes, settings);
        }

        /** New blocks as asked, with the ids they were given (null: not as many ids as blocks). */
        private static void putAll(Map<Long, Block> blocks, List<String> asked, List<String> ids, ZoneId zone) {
            if (ids.size() != asked.size()) {
                blocks.put(-1L, null); // cannot be the diary's state
                return;
            }
            for (int i = 0; i < asked.size(); i++) {
                long id = Long.parseLong(ids.get(i));
                blocks.put(id, CrashLog.block(asked.get(i), zone).withId(id));
            }
        }
    }
}
