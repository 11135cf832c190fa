package org.dwdiary.ui.reports;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.dwdiary.io.SafeFiles;
import org.dwdiary.ui.range.RangeChoice;
import org.dwdiary.ui.range.WeekRange;
import org.dwdiary.ui.FxProgress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Reports ▸ Supervision summary… and Reports ▸ Evidence pack…: the weeks (by default the last four for
 * supervision, from the balance start for evidence), the evidence pack's name, employer and whether block
 * notes go in, then the PDF made in the background with its progress and a Cancel, a preview of its
 * pages, and saving it.
 *
 * <p>Everything slow runs on {@code background} (reading the diary, making the PDF, drawing a page,
 * writing the file), one task at a time, and its result comes back on {@code fx}; the FX thread never
 * waits. A result overtaken by a newer run, or arriving after {@link #close}, is dropped.
 */
public final class ReportViewModel {
    /** What the defaults need from the diary, read on the background thread. */
    public record Starting(ZoneId zone, Optional<LocalDate> balanceStart) {
    }

    /** What a PDF was made of: its weeks and options (a change makes the preview out of date). */
    private record Request(RangeChoice.Weeks weeks, ReportOptions options) {
    }

    private final ReportKind kind;
    private final Supplier<Starting> starting;
    private final ReportMaker maker;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty employer = new SimpleStringProperty("");
    private final BooleanProperty withNotes = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper weeksText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper made = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper outOfDate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PdfPreview.Page> page = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canGenerate;
    private final BooleanBinding canSave;
    private final BooleanBinding canPrevious;
    private final BooleanBinding canNext;

    /** The run under way, if any (FX thread). */
    private FxProgress current;
    /** The dialog has closed: late results are dropped. */
    private boolean closed;
    /** The made PDF, its request and its preview (FX thread); null before one is made. */
    private byte[] pdf;
    private Request madeFrom;
    private PdfPreview preview;
    /** The page last asked for, so a page still queued but no longer wanted is not drawn. */
    private volatile int wantedPage;

    /**
     * @param starting reads the diary's zone and balance start (on {@code background})
     * @param maker    makes the PDF (on {@code background})
     */
    public ReportViewModel(ReportKind kind, Supplier<Starting> starting, ReportMaker maker, Clock clock,
                           Executor background, Executor fx) {
        this.kind = kind;
        this.starting = starting;
        this.maker = maker;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        canGenerate = ready.and(running.not()).and(problem.isEmpty());
        canSave = made.and(running.not()).and(saving.not()).and(outOfDate.not());
        canPrevious = made.and(pageIndex.greaterThan(0));
        canNext = made.and(Bindings.createBooleanBinding(() -> pageIndex.get() < pageCount.get() - 1, pageIndex, pageCount));
        from.addListener((o, was, now) -> changed());
        to.addListener((o, was, now) -> changed());
        name.addListener((o, was, now) -> changed());
        employer.addListener((o, was, now) -> changed());
        withNotes.addListener((o, was, now) -> changed());
    }

    public ReportKind kind() {
        return kind;
    }

    /** Whether the report has a name, employer and notes choice (the evidence pack). */
    public boolean hasOptions() {
        return kind == ReportKind.EVIDENCE;
    }

    /** Reads the diary for the default weeks; Generate waits for it. */
    public void load() {
        info("Reading the diary…");
        background.execute(() -> {
            try {
                Starting found = starting.get();
                fx.execute(() -> started(found));
            } catch (RuntimeException e) {
                fx.execute(() -> error("The diary could not be read: " + e.getMessage()));
            }
        });
    }

    private void started(Starting found) {
        if (closed) {
            return;
        }
        WeekId thisWeek = WeekId.of(LocalDate.now(clock.withZone(found.zone())));
        RangeChoice.Weeks weeks = kind == ReportKind.SUPERVISION
                ? RangeChoice.weeks(WeekRange.LAST_4, thisWeek, Optional.empty(), null, null)
                : RangeChoice.weeks(WeekRange.BALANCE_START, thisWeek, found.balanceStart(), null, null);
        ready.set(true);
        from.set(weeks.from().monday());
        to.set(weeks.to().sunday());
        info("");
        changed();
    }

    /** The first day of the report (its whole ISO week is included). */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Evidence pack: the worker's name for the cover; empty for none. */
    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty employerProperty() {
        return employer;
    }

    /** Evidence pack: whether block notes go in (off unless the worker asks). */
    public BooleanProperty withNotesProperty() {
        return withNotes;
    }

    /** "Whole weeks: 2026-W07 to 2026-W10 · Mon 9 Feb – Sun 8 Mar 2026 · 4 weeks", or empty while the dates are refused. */
    public ReadOnlyStringProperty weeksTextProperty() {
        return weeksText.getReadOnlyProperty();
    }

    /** Why the dates cannot be used, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How far the run has got, 0 to 1; -1 (the bar moves without a figure) until the first step. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The step under way: "Week 2026-W08", "Cancelling…". */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The outcome: "Cancelled — …", "Saved to …", a refusal or a failure. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    /** Whether a PDF has been made (and can be previewed). */
    public ReadOnlyBooleanProperty madeProperty() {
        return made.getReadOnlyProperty();
    }

    /** The weeks or options changed since the PDF was made: the preview no longer shows them. */
    public ReadOnlyBooleanProperty outOfDateProperty() {
        return outOfDate.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The page shown, from 0. */
    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    /** "Page 1 of 12", or empty before a PDF is made. */
    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    /** The shown page's pixels, or null (nothing made yet, or the page is still being drawn). */
    public ReadOnlyObjectProperty<PdfPreview.Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public BooleanBinding canGenerateProperty() {
        return canGenerate;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canPreviousProperty() {
        return canPrevious;
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    /** The made PDF's bytes (for tests), or null. */
    byte[] pdf() {
        return pdf;
    }

    /** The weeks the dates stand for, checked; empty (with the problem set) when they cannot be used. */
    private Optional<RangeChoice.Weeks> weeks() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first == null || last == null) {
            return refuse("Choose the first and the last day of the report (dd/mm/yyyy).");
        }
        if (first.isAfter(last)) {
            return refuse("The first day (" + DisplayFormats.day(first) + ") is after the last day ("
                    + DisplayFormats.day(last) + "): choose a first day on or before the last.");
        }
        RangeChoice.Weeks weeks = new RangeChoice.Weeks(WeekId.of(first), WeekId.of(last));
        if (weeks.count() > RangeChoice.MOST_WEEKS) {
            return refuse("That is " + weeks.count() + " weeks; choose at most " + RangeChoice.MOST_WEEKS
                    + " (about twenty years).");
        }
        problem.set("");
        weeksText.set("Whole weeks: " + RangeChoice.title(weeks));
        return Optional.of(weeks);
    }

    private Optional<RangeChoice.Weeks> refuse(String message) {
        problem.set(message);
        weeksText.set("");
        return Optional.empty();
    }

    private ReportOptions options() {
        return hasOptions() ? ReportOptions.of(name.get(), employer.get(), withNotes.get()) : ReportOptions.NONE;
    }

    /** A date or option changed: check the dates again, and whether the preview still shows them. */
    private void changed() {
        if (!ready.get()) {
            return;
        }
        Optional<RangeChoice.Weeks> weeks = weeks();
        boolean stale = madeFrom != null && !weeks.map(w -> new Request(w, options())).equals(Optional.of(madeFrom));
        if (stale && !outOfDate.get() && !running.get()) {
            info(""); // "1 page, Save PDF…" no longer holds; the preview says it is out of date
        }
        outOfDate.set(stale);
    }

    /** Makes the PDF in the background, then draws its first page. */
    public void generate() {
        if (!canGenerate.get()) {
            return;
        }
        Optional<RangeChoice.Weeks> checked = weeks();
        if (checked.isEmpty()) {
            return;
        }
        Request request = new Request(checked.get(), options());
        discardPreview();
        // One run at a time (Generate is off while one runs), and a stopped run is cancelled first, so
        // an update that arrives with a run under way is that run's.
        FxProgress run = new FxProgress(fx, (text, fraction) -> {
            if (current != null) {
                step.set(text);
                progress.set(fraction);
            }
        });
        current = run;
        running.set(true);
        progress.set(-1);
        step.set("Reading the diary…");
        info("");
        LocalDate first = request.weeks().from().monday();
        LocalDate last = request.weeks().to().sunday();
        background.execute(() -> {
            try {
                byte[] bytes = maker.make(first, last, request.options(), run);
                run.step("Drawing the first page", 1); // a cancel after the last step still makes nothing
                PdfPreview opened = PdfPreview.of(bytes);
                try {
                    PdfPreview.Page firstPage = opened.page(0);
                    int count = opened.pageCount();
                    fx.execute(() -> finished(run, request, bytes, opened, count, firstPage));
                } catch (IOException | RuntimeException e) {
                    opened.close();
                    throw e;
                }
            } catch (CancellationException e) {
                fx.execute(() -> ended(run, () -> info("Cancelled — no report was made, nothing was saved.")));
            } catch (InputRefusedException e) {
                fx.execute(() -> ended(run, () -> error(e.getMessage())));
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> ended(run, () -> error("The report could not be made: " + e.getMessage())));
            }
        });
    }

    private void finished(FxProgress run, Request request, byte[] bytes, PdfPreview opened, int count, PdfPreview.Page firstPage) {
        if (run != current || closed) {
            background.execute(() -> closeQuietly(opened));
            return;
        }
        current = null;
        pdf = bytes;
        madeFrom = request;
        preview = opened;
        wantedPage = 0;
        pageCount.set(count);
        pageIndex.set(0);
        page.set(firstPage);
        showPageLabel();
        made.set(true);
        progress.set(1);
        step.set("");
        running.set(false);
        info(kind.title() + ": " + (count == 1 ? "1 page" : count + " pages") + ". Save PDF… to keep it.");
        changed();
    }

    private void ended(FxProgress run, Runnable outcome) {
        if (run != current || closed) {
            return;
        }
        current = null;
        progress.set(0);
        step.set("");
        running.set(false);
        outcome.run();
    }

    /** Asks the run under way to stop at its next step; it then says "Cancelled". */
    public void cancel() {
        if (current != null) {
            current.cancel();
            step.set("Cancelling…");
        }
    }

    public void previousPage() {
        showPage(pageIndex.get() - 1);
    }

    public void nextPage() {
        showPage(pageIndex.get() + 1);
    }

    /** Page {@code index} (from 0), drawn in the background the first time it is shown. */
    public void showPage(int index) {
        if (preview == null || index < 0 || index >= pageCount.get() || index == pageIndex.get()) {
            return;
        }
        PdfPreview shown = preview;
        wantedPage = index;
        pageIndex.set(index);
        page.set(null);
        showPageLabel();
        background.execute(() -> {
            if (wantedPage != index) {
                return; // the worker has moved on before this page was drawn
            }
            try {
                PdfPreview.Page drawn = shown.page(index);
                fx.execute(() -> {
                    if (preview == shown && pageIndex.get() == index) {
                        page.set(drawn);
                    }
                });
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> {
                    if (preview == shown) {
                        error("Page " + (index + 1) + " could not be drawn: " + e.getMessage());
                    }
                });
            }
        });
    }

    private void showPageLabel() {
        pageLabel.set(pageCount.get() == 0 ? "" : "Page " + (pageIndex.get() + 1) + " of " + pageCount.get());
    }

    /** {@code supervision-2026-W07-to-2026-W10.pdf}: the made weeks, else the chosen ones. */
    public String suggestedFileName() {
        RangeChoice.Weeks weeks = madeFrom != null ? madeFrom.weeks() : weeks().orElse(null);
        if (weeks == null) {
            return kind.fileStem() + ".pdf";
        }
        return kind.fileStem() + "-" + weeks.from() + (weeks.from().equals(weeks.to()) ? "" : "-to-" + weeks.to()) + ".pdf";
    }

    /** Writes the made PDF to {@code target} in the background, under a temporary name and renamed. */
    public void save(Path target) {
        if (!canSave.get()) {
            return;
        }
        byte[] bytes = pdf;
        saving.set(true);
        info("Saving " + target.getFileName() + "…");
        background.execute(() -> {
            try {
                SafeFiles.writeBinary(target, out -> out.write(bytes));
                fx.execute(() -> {
                    saving.set(false);
                    info("Saved to " + target);
                });
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> {
                    saving.set(false);
                    error("Cannot write " + target + ": " + e.getMessage());
                });
            }
        });
    }

    /** The dialog closed: any run stops at its next step, and the preview lets go of the PDF. */
    public void close() {
        closed = true;
        cancel();
        current = null;
        discardPreview();
    }

    private void discardPreview() {
        PdfPreview old = preview;
        preview = null;
        pdf = null;
        madeFrom = null;
        made.set(false);
        outOfDate.set(false);
        pageCount.set(0);
        pageIndex.set(0);
        page.set(null);
        showPageLabel();
        if (old != null) {
            background.execute(() -> closeQuietly(old)); // after any page still being drawn
        }
    }

    private static void closeQuietly(PdfPreview preview) {
        try {
            preview.close();
        } catch (IOException ignored) {
            // only memory is let go; nothing was written
        }
    }

    private void info(String text) {
        statusIsError.set(false);
        status.set(text);
    }

    private void error(String text) {
        statusIsError.set(true);
        status.set(text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1));
    }
}
