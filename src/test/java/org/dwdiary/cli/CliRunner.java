package org.dwdiary.cli;

import org.dwdiary.domain.Activity;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.store.Diary;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Runs {@code dwdiary} commands in-process against a diary in a temporary folder, on Wednesday
 * 4 March 2026 at noon in London (ISO week 2026-W10), capturing what they print.
 * {@code DWDIARY_HOME} points at a folder that must never be created.
 */
final class CliRunner {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON);

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** What a user can see of the diary: its blocks, the activities it remembers and its zone. */
    record Snapshot(List<Block> blocks, List<Activity> activities, ZoneId zone) {
    }

    final Path dataDir;
    final Path wrongHome;
    final List<Path> windowsOpened = new ArrayList<>();

    CliRunner(Path tempDir) {
        this.dataDir = tempDir.resolve("diary");
        this.wrongHome = tempDir.resolve("home-from-env-must-not-be-used");
    }

    /** {@code dwdiary --data-dir <temp> args…} */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return runExactly(all.toArray(String[]::new));
    }

    /** {@code dwdiary args…}, exactly as given. */
    Result runExactly(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DiaryCli.run(args, CLOCK, Map.of("DWDIARY_HOME", wrongHome.toString()),
                new PrintWriter(out), new PrintWriter(err), window -> windowsOpened.add(window.folder()));
        assertFalse(Files.exists(wrongHome), "DWDIARY_HOME was used although --data-dir was given");
        return new Result(code, out.toString(), err.toString());
    }

    Snapshot snapshot() {
        try (Diary diary = Diary.open(dataDir, CLOCK)) {
            return new Snapshot(diary.all(), diary.activities(), diary.zone());
        }
    }

    /** Adds a block straight into the diary, as the GUI would. */
    Block add(String from, String to, org.dwdiary.domain.WorkKind kind, String activity, String note) {
        try (Diary diary = Diary.open(dataDir, CLOCK)) {
            return diary.add(Block.create(at(from), at(to), LONDON, kind, activity, note), RecordedVia.GUI);
        }
    }

    static Instant at(String londonLocal) {
        return LocalDateTime.parse(londonLocal).atZone(LONDON).toInstant();
    }
}
