package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

@Command(name = "week-note", mixinStandardHelpOptions = true,
        description = {"Shows or changes a week's notes: your caseload and two short reflections, for supervision. "
                + "Only the options given change; an empty value (\"\") clears that one.",
                "  " + WeekNote.REMINDER,
                "  dwdiary week-note 2026-W10 --caseload 18 --went-well \"Two long visits\" | week-note --json"})
final class WeekNoteCommand implements Callable<Integer> {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-?[Ww]\\d{1,2}");

    @ParentCommand DiaryCli root;
    @Spec private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "WEEK",
            description = "An ISO week such as 2026-W10, or a day (YYYY-MM-DD) in it (default: this week).")
    private String weekText;

    @Option(names = "--caseload", paramLabel = "N", description = "The children or families you held that week (0–999).")
    private String caseload;

    @Option(names = "--went-well", paramLabel = "TEXT", description = "What went well? (up to "
            + WeekNote.MAX_REFLECTION + " characters)")
    private String wentWell;

    @Option(names = "--got-in-the-way", paramLabel = "TEXT", description = "What got in the way of direct work? (up to "
            + WeekNote.MAX_REFLECTION + " characters)")
    private String gotInTheWay;

    @Option(names = "--json", description = "{\"week\",\"caseload\" (null if none),\"wentWell\",\"gotInTheWay\"}")
    private boolean json;

    @Override
    public Integer call() {
        try (Diary diary = root.openDiary()) {
            WeekId week = weekText != null ? week(weekText) : WeekId.of(root.today(diary));
            WeekNote before = diary.weekNote(week);
            WeekNote note = changed(before);
            if (!note.equals(before)) {
                diary.saveWeekNote(note);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(asJson(note)));
            } else {
                print(note, out);
            }
        }
        return 0;
    }

    /** The note with the options given applied; every value is checked before anything is written. */
    private WeekNote changed(WeekNote note) {
        WeekNote result = note;
        if (caseload != null) {
            result = result.withCaseload(WeekNote.parseCaseload(caseload));
        }
        if (wentWell != null) {
            result = result.withWentWell(wentWell);
        }
        if (gotInTheWay != null) {
            result = result.withGotInTheWay(gotInTheWay);
        }
        return result;
    }

    /** "2026-W10", or a day whose ISO week is meant. */
    static WeekId week(String text) {
        String value = text.strip();
        if (DATE.matcher(value).matches()) {
            try {
                return WeekId.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                throw new InputRefusedException("\"" + text + "\" is not a date; write a week like 2026-W10 or a day like 2026-03-02");
            }
        }
        if (WEEK.matcher(value).matches()) {
            return WeekId.parse(value); // refuses, saying why, a week the year does not have
        }
        throw new InputRefusedException("\"" + text + "\" is not a week; write it like 2026-W10, or a day like 2026-03-02");
    }

    static Map<String, Object> asJson(WeekNote note) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("week", note.week().toString());
        json.put("caseload", note.caseload());
        json.put("wentWell", note.wentWell());
        json.put("gotInTheWay", note.gotInTheWay());
        return json;
    }

    private static void print(WeekNote note, PrintWriter out) {
        if (note.isEmpty()) {
            out.println("No notes for " + note.week() + ".");
            return;
        }
        out.printf("Week %s: %s to %s%n", note.week(), DisplayFormats.day(note.week().monday()),
                DisplayFormats.day(note.week().sunday()));
        out.println("  Caseload: " + (note.caseload() == null ? "not given" : note.caseload()));
        reflection("What went well?", note.wentWell(), out);
        reflection("What got in the way of direct work?", note.gotInTheWay(), out);
    }

    private static void reflection(String question, String text, PrintWriter out) {
        out.println("  " + question);
        if (text.isEmpty()) {
            out.println("    (nothing written)");
            return;
        }
        for (String line : text.split("\n", -1)) {
            out.println("    " + line);
        }
    }
}
