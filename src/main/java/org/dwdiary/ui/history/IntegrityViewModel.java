package org.dwdiary.ui.history;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.Integrity;
import org.dwdiary.store.DiaryStorageException;

import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Whether the diary is as its history says, for the indicator in the window: checked in the background
 * when the diary opens ({@link #check}) and again a quiet moment after changes ({@link #changed}).
 * Checking reads the whole history, so it never runs on the FX thread, never twice at once, and a burst
 * of changes leads to one check.
 */
public final class IntegrityViewModel {
    /** What the indicator shows. */
    public enum State { CHECKING, INTACT, NOT_INTACT, UNKNOWN }

    /** Runs an action on the FX thread once a quiet moment has passed since the last call (a debounce). */
    @FunctionalInterface
    public interface Quietly {
        void run(Runnable action);
    }

    private final Supplier<Integrity> verify;
    private final Function<Integrity, String> explainProblem;
    private final Executor background;
    private final Executor fx;
    private final Quietly quietly;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.CHECKING);
    private final ReadOnlyObjectWrapper<Integrity> integrity = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("Checking the record…");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(EXPLANATION);
    private boolean checking;
    private boolean again;
    private long checks;

    static final String EXPLANATION = "Every change to your blocks and day marks is kept in an append-only history: "
            + "what changed, when, and how (the window, the command line, an import). Each entry carries a hash, a "
            + "fingerprint of the entry and of the one before it, so the entries form a chain. A change made outside "
            + "the app, to a block, a mark or the history itself, breaks the chain or no longer matches it, and shows here.";

    /**
     * @param verify   the check itself, e.g. {@code diary::verify}; called on {@code background} only
     * @param quietly  the debounce for {@link #changed}
     */
    public IntegrityViewModel(Supplier<Integrity> verify, Executor background, Executor fx, Quietly quietly) {
        this(verify, integrity -> "", background, fx, quietly);
    }

    /**
     * @param explainProblem for a record that is not intact, what the worker knows the subject by (e.g. "Block 12
     *                       is now "Case notes", Mon 2 Mar 2026 13:00–15:00."), or ""; called on {@code background}
     */
    public IntegrityViewModel(Supplier<Integrity> verify, Function<Integrity, String> explainProblem, Executor background,
                              Executor fx, Quietly quietly) {
        this.verify = verify;
        this.explainProblem = explainProblem;
        this.background = background;
        this.fx = fx;
        this.quietly = quietly;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The last result, or null before the first check ends. */
    public ReadOnlyObjectProperty<Integrity> integrityProperty() {
        return integrity.getReadOnlyProperty();
    }

    /** "Record intact · 1,204 changes kept", or "Record NOT intact: block 12 does not match …". */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** What it means, with the count and the final hash (the tooltip and the details). */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** How many checks have run to the end (for tests, and to show that a burst leads to one). */
    public long checks() {
        return checks;
    }

    /** The diary may have changed: check again once things are quiet. */
    public void changed() {
        quietly.run(this::check);
    }

    /** Checks now (in the background); a check asked for while one runs follows it, once. */
    public void check() {
        if (checking) {
            again = true;
            return;
        }
        checking = true;
        background.execute(() -> {
            Integrity result;
            String failure = null;
            String subject = "";
            try {
                result = verify.get();
                if (!result.intact()) {
                    subject = explainProblem.apply(result);
                }
            } catch (RuntimeException e) { // the indicator must never stay on "Checking…"
                result = null;
                failure = e instanceof DiaryStorageException ? e.getMessage() : e.toString();
            }
            Integrity found = result;
            String problem = failure;
            String known = subject;
            fx.execute(() -> {
                checking = false;
                checks++;
                show(found, problem, known);
                if (again) {
                    again = false;
                    check();
                }
            });
        });
    }

    private void show(Integrity result, String failure, String subject) {
        integrity.set(result);
        if (result == null) {
            state.set(State.UNKNOWN);
            text.set("Record not checked");
            details.set("The history could not be read to check the record: " + failure + "\n\n" + EXPLANATION);
        } else if (result.intact()) {
            state.set(State.INTACT);
            text.set("Record intact · " + changes(result.entries()) + " kept");
            details.set("Your record is intact: every block and day mark is as its history says, and the history's "
                    + "chain is unbroken.\n\n" + EXPLANATION + "\n\n" + changes(result.entries()) + " kept. Final hash:\n"
                    + result.finalHash() + "\nA printed report that states this hash can be matched to this diary.");
        } else {
            state.set(State.NOT_INTACT);
            text.set("Record NOT intact: " + result.problem());
            details.set("Your record does NOT match its history: " + result.problem() + "."
                    + (subject.isEmpty() ? "" : "\n" + subject) + "\n\nThe app keeps every "
                    + "change it makes, so this one was most likely made to the diary file by another program (or an "
                    + "old copy was put back over part of it). The diary still works and keeps every change from now "
                    + "on; the history shows what the app recorded.\n\n" + EXPLANATION + "\n\n" + changes(result.entries())
                    + " kept. Final hash:\n" + result.finalHash());
        }
    }

    private static final Pattern BLOCK = Pattern.compile("\\bblock (\\d+)\\b");

    /**
     * Names the block a problem is about as the worker knows it, from {@code find} (a block by its id):
     * "Block 12 is now "Case notes", Mon 2 Mar 2026 13:00–15:00." ("" for other problems, or a block gone).
     */
    public static Function<Integrity, String> namingBlocks(LongFunction<Optional<Block>> find, ZoneId zone) {
        return found -> {
            Matcher named = BLOCK.matcher(found.problem() == null ? "" : found.problem());
            if (!named.find()) {
                return "";
            }
            long id = Long.parseLong(named.group(1));
            return find.apply(id).map(block -> "Block " + id + " is now \"" + block.label() + "\", "
                    + DisplayFormats.span(block.start(), block.end(), zone) + ".").orElse("");
        };
    }

    /** "1 change", "1,204 changes". */
    static String changes(long count) {
        return String.format(DisplayFormats.LOCALE, "%,d", count) + (count == 1 ? " change" : " changes");
    }
}
