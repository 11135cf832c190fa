package org.dwdiary.store.crash;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.ImportBatch;
import org.dwdiary.domain.ImportRow;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.RunningTimer;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;

/**
 * The child of the crash test: writes to the diary in {@code args[0]} through {@link Diary}, as the app does,
 * until it is killed. Before each call it prints a {@code BEGIN} line with what it asks for, and after the call
 * returns a {@code DONE} line (with the new ids), flushed at once; see {@link CrashLog}. Every block has a day
 * of its own, so nothing it asks for overlaps. {@code args[1]} is the seed.
 */
public final class CrashWriter {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
    private static final String[] ACTIVITIES = {null, "Home visit", "Case recording", "Team meeting", "Travel to visit"};
    private static final String[] NOTES = {null, "Went well", "Follow up next week"};
    private static final String[] REFLECTIONS = {"", "Two visits done", "Court report took the afternoon"};
    private static final String[] CONTRACTS = {"37:00", "22:30", "30:00"};
    private static final String[] TARGETS = {"30%", "25%", "none"};

    private final Diary diary;
    private final Random random;
    private final PrintStream out;
    private final ZoneId zone;
    private final List<Block> blocks;
    private final TreeSet<LocalDate> marked = new TreeSet<>();
    private LocalDate nextDay;

    private CrashWriter(Diary diary, Random random, PrintStream out) {
        this.diary = diary;
        this.random = random;
        this.out = out;
        this.zone = diary.zone();
        this.blocks = new ArrayList<>(diary.all());
        LocalDate last = diary.lastDay().orElse(FIRST_DAY.minusDays(1));
        Optional<RunningTimer> timer = diary.runningTimer();
        if (timer.isPresent()) {
            LocalDate timerDay = timer.get().start().atZone(zone).toLocalDate();
            last = timerDay.isAfter(last) ? timerDay : last;
        }
        nextDay = last.plusDays(1);
        diary.marks(FIRST_DAY, nextDay.plusYears(10)).forEach(mark -> marked.add(mark.day()));
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.US_ASCII);
        try (Diary diary = Diary.open(Path.of(args[0]), Clock.systemUTC())) {
            CrashWriter writer = new CrashWriter(diary, new Random(Long.parseLong(args[1])), out);
            writer.stopLeftTimer();
            while (true) {
                writer.act();
            }
        }
    }

    /** A timer left running by the child before (killed while timing) is stopped first. */
    private void stopLeftTimer() {
        diary.runningTimer().ifPresent(this::stopTimer);
    }

    private void act() {
        int pick = random.nextInt(100);
        if (pick < 30) {
            add();
        } else if (pick < 45 && !blocks.isEmpty()) {
            edit();
        } else if (pick < 53 && !blocks.isEmpty()) {
            delete();
        } else if (pick < 61) {
            importSome();
        } else if (pick < 76) {
            Optional<RunningTimer> running = diary.runningTimer();
            if (running.isPresent()) {
                stopTimer(running.get());
            } else {
                startTimer();
            }
        } else if (pick < 84) {
            mark();
        } else if (pick < 88 && !marked.isEmpty()) {
            unmark();
        } else if (pick < 95) {
            note();
        } else {
            setting();
        }
    }

    private void add() {
        Block block = newBlock(takeDay());
        out.println(CrashLog.line(CrashLog.BEGIN, "ADD", CrashLog.block(block)));
        Block added = diary.apply(DiaryChange.add(block), RecordedVia.GUI).added().get(0);
        blocks.add(added);
        out.println(CrashLog.line(CrashLog.DONE, "ADD", added.id()));
    }

    private void edit() {
        int index = random.nextInt(blocks.size());
        Block before = blocks.get(index);
        LocalDate day = before.start().atZone(zone).toLocalDate();
        Block after = newBlock(day).withId(before.id());
        out.println(CrashLog.line(CrashLog.BEGIN, "EDIT", before.id(), CrashLog.block(after)));
        diary.apply(DiaryChange.edit(before, after), RecordedVia.GUI);
        blocks.set(index, after);
        out.println(CrashLog.line(CrashLog.DONE, "EDIT", before.id()));
    }

    private void delete() {
        Block gone = blocks.remove(random.nextInt(blocks.size()));
        out.println(CrashLog.line(CrashLog.BEGIN, "DELETE", gone.id()));
        diary.apply(DiaryChange.delete(gone), RecordedVia.GUI);
        out.println(CrashLog.line(CrashLog.DONE, "DELETE", gone.id()));
    }

    private void importSome() {
        int count = 2 + random.nextInt(5);
        List<ImportRow> rows = new ArrayList<>();
        List<Object> fields = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Block block = newBlock(takeDay());
            rows.add(new ImportRow(i + 2, block));
            fields.add(CrashLog.block(block));
        }
        out.println(CrashLog.line(CrashLog.BEGIN, "IMPORT", fields.toArray()));
        diary.importBatch(new ImportBatch("crash.csv", rows, List.of()), RecordedVia.IMPORT);
        List<Object> ids = new ArrayList<>();
        for (ImportRow row : rows) {
            Block stored = diary.startingOn(row.block().start().atZone(zone).toLocalDate()).get(0);
            blocks.add(stored);
            ids.add(stored.id());
        }
        out.println(CrashLog.line(CrashLog.DONE, "IMPORT", ids.toArray()));
    }

    private void startTimer() {
        Instant start = takeDay().atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
        RunningTimer timer = new RunningTimer(start, zone, kind(), pick(ACTIVITIES), pick(NOTES));
        out.println(CrashLog.line(CrashLog.BEGIN, "TIMER-START", CrashLog.block(timer.until(start.plusSeconds(60)))));
        diary.startTimer(timer, RecordedVia.GUI);
        out.println(CrashLog.line(CrashLog.DONE, "TIMER-START"));
    }

    private void stopTimer(RunningTimer running) {
        Instant end = running.start().plusSeconds(60L * (15 + random.nextInt(120)));
        out.println(CrashLog.line(CrashLog.BEGIN, "TIMER-STOP", end));
        Block recorded = diary.stopTimer(end, RecordedVia.GUI).orElseThrow();
        blocks.add(recorded);
        out.println(CrashLog.line(CrashLog.DONE, "TIMER-STOP", recorded.id()));
    }

    private void mark() {
        DayMark mark = new DayMark(anyDay(), pick(DayMark.Kind.values()), random.nextBoolean());
        out.println(CrashLog.line(CrashLog.BEGIN, "MARK", mark.day(), mark.kind().name(), mark.half()));
        diary.mark(mark, RecordedVia.GUI);
        marked.add(mark.day());
        out.println(CrashLog.line(CrashLog.DONE, "MARK"));
    }

    private void unmark() {
        List<LocalDate> days = new ArrayList<>(marked);
        LocalDate day = days.get(random.nextInt(days.size()));
        out.println(CrashLog.line(CrashLog.BEGIN, "UNMARK", day));
        diary.unmark(day, RecordedVia.GUI);
        marked.remove(day);
        out.println(CrashLog.line(CrashLog.DONE, "UNMARK"));
    }

    private void note() {
        WeekNote note = new WeekNote(WeekId.of(anyDay()), random.nextInt(4) == 0 ? null : random.nextInt(40),
                pick(REFLECTIONS), pick(REFLECTIONS));
        out.println(CrashLog.line(CrashLog.BEGIN, "NOTE", note.week(), note.caseload(), note.wentWell(),
                note.gotInTheWay()));
        diary.saveWeekNote(note);
        out.println(CrashLog.line(CrashLog.DONE, "NOTE"));
    }

    private void setting() {
        boolean contract = random.nextBoolean();
        FigureSetting setting = contract ? FigureSetting.CONTRACT_HOURS : FigureSetting.DIRECT_TARGET;
        String value = pick(contract ? CONTRACTS : TARGETS);
        LocalDate from = anyDay().with(DayOfWeek.MONDAY);
        out.println(CrashLog.line(CrashLog.BEGIN, "SETTING", setting.name(), from, value));
        diary.setFigureSetting(setting, value, from);
        out.println(CrashLog.line(CrashLog.DONE, "SETTING"));
    }

    /** A block on {@code day}, inside it (so it meets no other block, each having a day of its own). */
    private Block newBlock(LocalDate day) {
        LocalTime start = LocalTime.of(6 + random.nextInt(6), random.nextInt(60));
        LocalTime end = LocalTime.of(12 + random.nextInt(9), random.nextInt(60));
        return Block.create(day.atTime(start).atZone(zone).toInstant(), day.atTime(end).atZone(zone).toInstant(),
                zone, kind(), pick(ACTIVITIES), pick(NOTES));
    }

    private LocalDate takeDay() {
        LocalDate day = nextDay;
        nextDay = nextDay.plusDays(1);
        return day;
    }

    private LocalDate anyDay() {
        return FIRST_DAY.plusDays(random.nextInt((int) (nextDay.toEpochDay() - FIRST_DAY.toEpochDay()) + 7));
    }

    private WorkKind kind() {
        return pick(WorkKind.values());
    }

    private <T> T pick(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
