package org.dwdiary.ui.team;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dwdiary.io.SafeFiles;
import org.dwdiary.report.MemberFile;
import org.dwdiary.report.TeamEvidence;
import org.dwdiary.report.pdf.TeamPdf;
import org.dwdiary.ui.FxProgress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

/**
 * Team evidence in the window: the member files a representative adds, each read and checked off the FX
 * thread and listed with its member number, weeks and status (a refused file is shown with its reason
 * and left out of the figures); the headline figures as the report prints them; and the report saved as
 * a PDF in the background, with its progress and a way to cancel.
 *
 * <p>Files keep the order they were added: of two files of one member whose weeks overlap, the later is
 * refused (and taken in again if the earlier is removed).
 */
public final class TeamEvidenceViewModel {
    /** One line of the file list, worded. {@code member}: "Member 2", or "–" for a file left out. */
    public record FileRow(Path path, String name, String member, String weeks, String status, boolean refused) {
    }

    /** One headline figure, as the report prints it. */
    public record Fact(String label, String value) {
    }

    /** A file as read: its figures, or why it was refused (null while it is being read). */
    private record Entry(Path path, String name, MemberFile file, String refusal) {
        boolean read() {
            return file != null || refusal != null;
        }
    }

    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final List<Entry> entries = new ArrayList<>();
    private final ObservableList<FileRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TeamEvidence> team = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Add the member files your members sent you.");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    /** The save under way, for Cancel; null when none. */
    private FxProgress running;
    /** Counts changes to the list, so figures overtaken by a newer change are dropped. */
    private long changes;
    /** The figures and overlaps last worked out, shown until the new ones are ready. */
    private TeamEvidence lastEvidence;
    private Map<Path, String> lastOverlaps = Map.of();

    public TeamEvidenceViewModel(Clock clock, Executor background, Executor fx) {
        this.clock = clock;
        this.background = background;
        this.fx = fx;
    }

    /** Adds files (a file already in the list is not added again) and reads them in the background. */
    public void add(List<Path> paths) {
        List<Path> added = new ArrayList<>();
        for (Path path : paths) {
            Path normal = path.toAbsolutePath().normalize();
            if (entries.stream().noneMatch(entry -> entry.path().equals(normal)) && !added.contains(normal)) {
                added.add(normal);
                entries.add(new Entry(normal, name(normal), null, null));
            }
        }
        if (added.isEmpty()) {
            return;
        }
        message.set("");
        changed();
        background.execute(() -> {
            List<Entry> read = new ArrayList<>();
            try {
                for (MemberFile.Outcome outcome : MemberFile.readAll(added)) {
                    read.add(outcome.file() != null ? new Entry(outcome.path(), outcome.file().name(), outcome.file(), null)
                            : new Entry(outcome.path(), name(outcome.path()), null, withoutName(name(outcome.path()), outcome.refusal())));
                }
            } catch (RuntimeException e) {
                read.clear();
                added.forEach(path -> read.add(new Entry(path, name(path), null, "it cannot be read: " + e)));
            }
            fx.execute(() -> {
                for (Entry entry : read) {
                    for (int i = 0; i < entries.size(); i++) {
                        if (entries.get(i).path().equals(entry.path())) {
                            entries.set(i, entry); // still listed: not removed while it was read
                        }
                    }
                }
                changed();
            });
        });
    }

    /** Takes a file out of the list (and out of the figures). */
    public void remove(FileRow row) {
        if (row != null && entries.removeIf(entry -> entry.path().equals(row.path()))) {
            message.set("");
            changed();
        }
    }

    private static String name(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    /** "team-3.json: the checksum…" → "the checksum…": the list shows the name beside it. */
    private static String withoutName(String name, String message) {
        return message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message;
    }

    /** Sifts the files read so far and works out the figures in the background; shows them on the FX thread. */
    private void changed() {
        long change = ++changes;
        List<Entry> snapshot = List.copyOf(entries);
        showRows(snapshot, lastEvidence, lastOverlaps, false);
        background.execute(() -> {
            List<MemberFile> files = snapshot.stream().filter(entry -> entry.file() != null).map(Entry::file).toList();
            TeamEvidence.Sifted sifted = TeamEvidence.sift(files);
            // The refusals come in the order of the files left out.
            List<MemberFile> leftOut = files.stream().filter(file -> !sifted.accepted().contains(file)).toList();
            Map<Path, String> overlaps = new HashMap<>();
            for (int i = 0; i < leftOut.size(); i++) {
                overlaps.put(leftOut.get(i).path(), sifted.refused().get(i).reason());
            }
            TeamEvidence evidence = sifted.accepted().isEmpty() ? null : TeamEvidence.of(sifted.accepted());
            List<Fact> worded = evidence == null ? List.of()
                    : evidence.facts().stream().map(row -> new Fact(row[0], row[1])).toList();
            fx.execute(() -> {
                if (change != changes) {
                    return;
                }
                lastEvidence = evidence;
                lastOverlaps = overlaps;
                team.set(evidence);
                facts.setAll(worded);
                showRows(snapshot, evidence, overlaps, true);
            });
        });
    }

    /** @param settled whether {@code evidence} and {@code overlaps} are of these entries (else the last ones, for now) */
    private void showRows(List<Entry> snapshot, TeamEvidence evidence, Map<Path, String> overlaps, boolean settled) {
        Map<String, Integer> numbers = new HashMap<>();
        if (evidence != null) {
            evidence.members().forEach(member -> numbers.put(member.memberId(), member.number()));
        }
        List<FileRow> shown = new ArrayList<>();
        int reading = 0;
        int refused = 0;
        for (Entry entry : snapshot) {
            if (!entry.read()) {
                reading++;
                shown.add(new FileRow(entry.path(), entry.name(), "…", "", "Reading…", false));
                continue;
            }
            String reason = entry.refusal() != null ? entry.refusal() : overlaps.get(entry.path());
            if (reason != null) {
                refused++;
                shown.add(new FileRow(entry.path(), entry.name(), "–", entry.file() == null ? "" : weeks(entry.file()),
                        "Left out: " + reason, true));
                continue;
            }
            Integer number = numbers.get(entry.file().memberId());
            if (!settled && number == null) {
                reading++;
                shown.add(new FileRow(entry.path(), entry.name(), "…", weeks(entry.file()), "Checking…", false));
                continue;
            }
            shown.add(new FileRow(entry.path(), entry.name(), number == null ? "…" : "Member " + number, weeks(entry.file()),
                    "Included", false));
        }
        rows.setAll(shown);
        int included = snapshot.size() - reading - refused;
        if (snapshot.isEmpty()) {
            summary.set("Add the member files your members sent you.");
        } else {
            summary.set(snapshot.size() + (snapshot.size() == 1 ? " file: " : " files: ") + included + " included"
                    + (refused > 0 ? ", " + refused + " left out" : "") + (reading > 0 ? ", " + reading + " being checked" : "")
                    + (evidence != null && reading == 0 ? " · " + evidence.memberCount()
                    + (evidence.memberCount() == 1 ? " member" : " members") : ""));
        }
        if (snapshot.stream().noneMatch(entry -> entry.file() != null)) {
            team.set(null);
            facts.clear();
        }
        canSave.set(!saving.get() && settled && reading == 0 && evidence != null);
    }

    private static String weeks(MemberFile file) {
        int count = file.export().weeks().size();
        return file.export().from() + " to " + file.export().to() + " (" + count + (count == 1 ? " week)" : " weeks)");
    }

    /** Writes the team report to {@code target} in the background; the FX thread never waits on it. */
    public void save(Path target) {
        TeamEvidence evidence = team.get();
        if (evidence == null || saving.get()) {
            return;
        }
        saving.set(true);
        canSave.set(false);
        progress.set(0);
        progressText.set("Starting…");
        message.set("");
        ZonedDateTime now = ZonedDateTime.now(clock);
        FxProgress bound = new FxProgress(fx, (step, fraction) -> {
            progress.set(fraction);
            progressText.set(step);
        });
        running = bound;
        background.execute(() -> {
            String outcome;
            boolean error;
            try {
                byte[] pdf = TeamPdf.render(evidence, now, bound);
                bound.step("Writing " + name(target), 0.98);
                SafeFiles.writeBinary(target, out -> out.write(pdf));
                outcome = "Saved " + name(target) + ": " + evidence.memberCount()
                        + (evidence.memberCount() == 1 ? " member, " : " members, ") + evidence.memberWeeks() + " member-weeks.";
                error = false;
            } catch (CancellationException e) {
                outcome = "Cancelled: nothing was saved.";
                error = false;
            } catch (IOException | RuntimeException e) {
                outcome = "The report was not saved to " + target + ": " + e.getMessage();
                error = true;
            }
            String text = outcome;
            boolean isError = error;
            fx.execute(() -> {
                saving.set(false);
                progress.set(0);
                progressText.set("");
                message.set(text);
                messageIsError.set(isError);
                canSave.set(team.get() != null && rows.stream().noneMatch(row -> row.status().endsWith("…")));
            });
        });
    }

    /** Stops the report being saved at its next step; nothing is written. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** A file name to offer: "team-evidence-2026-03-04.pdf". */
    public String suggestedName() {
        return "team-evidence-" + ZonedDateTime.now(clock).toLocalDate() + ".pdf";
    }

    public ObservableList<FileRow> rows() {
        return rows;
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    public ReadOnlyObjectProperty<TeamEvidence> teamProperty() {
        return team.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
