package org.dwdiary.ui.team;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.dwdiary.report.MemberExport;
import org.dwdiary.report.TeamEvidence;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryStorageException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executor;

/**
 * Reports ▸ Export member file: the period (whole ISO weeks; by default from the diary's first week to the
 * last complete week), what the file will hold, and the file written in the background.
 */
public final class MemberExportViewModel {
    /** The most weeks a member file holds (fifty years), beyond which a typing slip is likelier than a wish. */
    static final long MOST_WEEKS = 2600;

    private final Diary diary;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);

    public MemberExportViewModel(Diary diary, Clock clock, Executor background, Executor fx) {
        this.diary = diary;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        from.addListener((o, was, now) -> check());
        to.addListener((o, was, now) -> check());
        check();
    }

    /** Reads the diary's first day and zone in the background, sets the default period, then runs {@code then}. */
    public void load(Runnable then) {
        background.execute(() -> {
            try {
                LocalDate today = LocalDate.now(clock.withZone(diary.zone()));
                LocalDate last = WeekId.of(today).plusWeeks(-1).sunday();
                LocalDate first = diary.firstDay().map(day -> day.isAfter(last) ? WeekId.of(last).monday() : day)
                        .orElse(WeekId.of(last).monday());
                fx.execute(() -> {
                    from.set(first);
                    to.set(last);
                    then.run();
                });
            } catch (DiaryStorageException e) {
                fx.execute(() -> {
                    error(e.getMessage());
                    then.run();
                });
            }
        });
    }

    private void check() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        String wrong = first == null ? "Choose the first day." : last == null ? "Choose the last day."
                : first.isAfter(last) ? "The first day is after the last." : "";
        long weeks = 0;
        if (wrong.isEmpty()) {
            weeks = ChronoUnit.WEEKS.between(WeekId.of(first).monday(), WeekId.of(last).monday()) + 1;
            if (weeks > MOST_WEEKS) {
                wrong = "That is " + weeks + " weeks; a member file holds at most " + MOST_WEEKS + ".";
            }
        }
        problem.set(wrong);
        summary.set(wrong.isEmpty() ? WeekId.of(first) + " to " + WeekId.of(last) + ": " + weeks
                + (weeks == 1 ? " whole week, " : " whole weeks, ") + DisplayFormats.day(WeekId.of(first).monday()) + " – "
                + DisplayFormats.day(WeekId.of(last).sunday()) : "");
        canSave.set(wrong.isEmpty() && !saving.get());
    }

    /** Writes the member file in the background; the message says what was written. */
    public void save(Path target) {
        if (!canSave.get()) {
            return;
        }
        LocalDate first = from.get();
        LocalDate last = to.get();
        saving.set(true);
        canSave.set(false);
        message.set("Writing " + name(target) + "…");
        messageIsError.set(false);
        background.execute(() -> {
            String outcome;
            boolean error = false;
            try {
                MemberExport export = MemberExport.read(diary, first, last);
                export.write(target);
                outcome = "Wrote " + name(target) + ": member " + TeamEvidence.shortId(export.memberId()) + ", "
                        + export.weeks().size() + (export.weeks().size() == 1 ? " week." : " weeks.")
                        + " Send it to your representative.";
            } catch (InputRefusedException | DiaryStorageException e) {
                outcome = "Nothing was written: " + e.getMessage();
                error = true;
            } catch (IOException e) {
                outcome = "Nothing was written: cannot write " + target + " (" + e.getMessage() + ")";
                error = true;
            }
            String text = outcome;
            boolean isError = error;
            fx.execute(() -> {
                saving.set(false);
                message.set(text);
                messageIsError.set(isError);
                check();
            });
        });
    }

    private void error(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    private static String name(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    /** A name to offer that says nothing about the member: "member-file-2026-W09.json". */
    public String suggestedName() {
        return "member-file-" + (to.get() == null ? "" : WeekId.of(to.get()).toString()) + ".json";
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
