package org.dwdiary.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.CalendarImportPlan;
import org.dwdiary.io.CalendarRead;
import org.dwdiary.io.CalendarReader;
import org.dwdiary.io.CsvBlockReader;
import org.dwdiary.io.CsvBlockWriter;
import org.dwdiary.io.SafeFiles;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryStorageException;
import org.dwdiary.ui.calendar.CalendarImportDialog;
import org.dwdiary.ui.calendar.CalendarImportViewModel;
import org.dwdiary.ui.week.WeekViewModel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;

/** File ▸ Import CSV and Export CSV (and files dropped on the window), done off the FX thread. */
final class FileTransfers {
    private final Diary diary;
    private final ZoneId zone;
    private final WeekViewModel model;
    private final Executor background;
    private final Executor fx;
    private final Node owner;

    FileTransfers(Diary diary, ZoneId zone, WeekViewModel model, Executor background, Executor fx, Node owner) {
        this.diary = diary;
        this.zone = zone;
        this.model = model;
        this.background = background;
        this.fx = fx;
        this.owner = owner;
    }

    void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import blocks from CSV");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /** A dropped or chosen file: a calendar by its name or first line, else CSV. */
    void importFile(Path file) {
        try {
            if (CalendarReader.looksLikeCalendar(file)) {
                importCalendar(file);
                return;
            }
        } catch (IOException e) {
            model.error("Cannot read " + file + ": " + e.getMessage());
            return;
        }
        importCsv(file);
    }

    void chooseAndImportCalendar() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a calendar");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Calendars (.ics)", "*.ics", "*.ICS"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            importCalendar(file.toPath());
        }
    }

    /** Reads and plans off the FX thread, shows the preview, then writes what the user kept. */
    private void importCalendar(Path file) {
        model.info("Reading " + file.getFileName() + "…");
        LocalDate today = model.today();
        background.execute(() -> {
            try {
                // only time already worked becomes blocks: the calendar's future, later today included, stays out
                CalendarRead read = CalendarReader.read(file, zone, null, today);
                CalendarImportPlan plan = diary.planCalendar(CalendarImportPlan.endedBy(read.events(), model.now().toInstant()),
                        null, false);
                fx.execute(() -> {
                    model.info("");
                    new CalendarImportDialog(new CalendarImportViewModel(read, plan), zone, owner.getScene().getWindow())
                            .showAndWait().ifPresent(chosen -> writeCalendar(file, chosen));
                });
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> {
                    model.error("Nothing was imported from " + file.getFileName() + ".");
                    showProblem("Calendar not imported", e.getMessage());
                });
            } catch (IOException e) {
                fx.execute(() -> model.error("Cannot read " + file + ": " + e.getMessage()));
            }
        });
    }

    private void writeCalendar(Path file, CalendarImportPlan plan) {
        background.execute(() -> {
            try {
                int written = diary.importCalendar(plan.writes());
                fx.execute(() -> {
                    model.info("Imported " + written + (written == 1 ? " event" : " events") + " from " + file.getFileName() + ".");
                    model.reload();
                });
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> model.error("Nothing was imported from " + file.getFileName() + ": " + e.getMessage()));
            }
        });
    }

    private void importCsv(Path file) {
        model.info("Importing " + file.getFileName() + "…");
        background.execute(() -> {
            try {
                // read row by row straight into the import: a file of any size is never held in memory whole
                int added = diary.importRows(CsvBlockReader.rows(file, zone), RecordedVia.IMPORT);
                fx.execute(() -> {
                    model.info("Imported " + DisplayFormats.blocks(added) + " from " + file.getFileName() + ".");
                    model.reload();
                });
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> {
                    model.error("Nothing was imported from " + file.getFileName() + ".");
                    showProblem("Import refused", e.getMessage());
                });
            }
        });
    }

    void chooseAndExport(boolean withNotes) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(withNotes ? "Export all blocks with notes to CSV" : "Export all blocks to CSV (no notes)");
        chooser.setInitialFileName("direct-work-diary.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        if (file == null) {
            return;
        }
        background.execute(() -> {
            try {
                List<Block> blocks = diary.all();
                SafeFiles.writeText(file.toPath(), writer -> new CsvBlockWriter(writer, zone, withNotes).writeAll(blocks));
                fx.execute(() -> model.info("Exported " + DisplayFormats.blocks(blocks.size()) + " to " + file
                        + (withNotes ? " (with notes)." : " (notes left out).")));
            } catch (IOException | DiaryStorageException e) {
                fx.execute(() -> model.error("Cannot write " + file + ": " + e.getMessage()));
            }
        });
    }

    private void showProblem(String heading, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.getScene().getWindow());
        alert.setTitle(heading);
        alert.setHeaderText(heading);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(10);
        alert.getDialogPane().setContent(area);
        alert.show();
    }
}
