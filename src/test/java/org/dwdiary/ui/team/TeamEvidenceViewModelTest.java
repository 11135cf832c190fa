package org.dwdiary.ui.team;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dwdiary.report.TeamSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team evidence window's logic without a toolkit: files in, refusals shown, figures, the report saved. */
class TeamEvidenceViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), ZoneId.of("Europe/London"));
    static final Executor SAME_THREAD = Runnable::run;

    @TempDir Path folder;
    TeamEvidenceViewModel model;
    Path a;
    Path b;

    @BeforeEach
    void twoFiles() throws IOException {
        model = new TeamEvidenceViewModel(CLOCK, SAME_THREAD, SAME_THREAD);
        a = TeamSamples.write(TeamSamples.memberA(), folder.resolve("a.json"));
        b = TeamSamples.write(TeamSamples.memberB(), folder.resolve("b.json"));
    }

    private String fact(String label) {
        return model.facts().stream().filter(fact -> fact.label().equals(label)).findFirst().orElseThrow().value();
    }

    @Test
    void filesAreListedWithTheirMemberNumberWeeksAndStatus() {
        model.add(List.of(b, a));

        assertEquals(2, model.rows().size());
        TeamEvidenceViewModel.FileRow first = model.rows().get(0);
        assertEquals("b.json", first.name());
        assertEquals("Member 2", first.member(), "numbered by member id, not by file order");
        assertEquals("2026-W01 to 2026-W03 (3 weeks)", first.weeks());
        assertEquals("Included", first.status());
        assertEquals("Member 1", model.rows().get(1).member());
        assertEquals("2 files: 2 included · 2 members", model.summaryProperty().get());
        assertEquals("42:30", fact("Weekly hours worked: median"));
        assertTrue(model.canSaveProperty().get());
    }

    @Test
    void anEditedFileIsShownWithItsReasonAndLeftOut() throws IOException {
        Path edited = folder.resolve("team-3.json");
        Files.writeString(edited, Files.readString(b).replace("\"worked\" : 2400", "\"worked\" : 2500"));

        model.add(List.of(a, edited));

        TeamEvidenceViewModel.FileRow row = model.rows().get(1);
        assertTrue(row.refused());
        assertEquals("Left out: the checksum does not match; the file was edited or damaged", row.status());
        assertEquals("–", row.member());
        assertEquals("1", fact("Members"));
        assertEquals("2 files: 1 included, 1 left out · 1 member", model.summaryProperty().get());
    }

    @Test
    void aRepeatedMemberIsLeftOutUntilTheFirstFileIsRemoved() throws IOException {
        Path copy = folder.resolve("a-again.json");
        Files.copy(a, copy);
        model.add(List.of(a, b, copy));

        TeamEvidenceViewModel.FileRow again = model.rows().get(2);
        assertTrue(again.refused());
        assertTrue(again.status().startsWith("Left out: the same member as a.json"), again.status());
        assertEquals("2026-W01 to 2026-W02 (2 weeks)", again.weeks());

        model.remove(model.rows().get(0));

        assertEquals(2, model.rows().size());
        assertEquals("Included", model.rows().get(1).status(), "with a.json gone, its copy is taken in");
        assertEquals("Member 1", model.rows().get(1).member());
    }

    @Test
    void theSameFileAddedTwiceIsListedOnce() {
        model.add(List.of(a));
        model.add(List.of(a, a));

        assertEquals(1, model.rows().size());
    }

    @Test
    void withNothingIncludedThereIsNothingToSave() throws IOException {
        Path notJson = Files.writeString(folder.resolve("notes.json"), "Dear rep,");
        model.add(List.of(notJson));

        assertTrue(model.rows().get(0).status().startsWith("Left out: it is not valid JSON"), model.rows().get(0).status());
        assertFalse(model.canSaveProperty().get());
        assertTrue(model.facts().isEmpty());
        assertNull(model.teamProperty().get());
    }

    @Test
    void theReportIsSavedWithItsProgressReported() throws IOException {
        model.add(List.of(a, b));
        List<Double> fractions = new ArrayList<>();
        model.progressProperty().addListener((o, was, now) -> fractions.add(now.doubleValue()));
        Path pdf = folder.resolve("team.pdf");

        model.save(pdf);

        assertEquals("Saved team.pdf: 2 members, 5 member-weeks.", model.messageProperty().get());
        assertFalse(model.messageIsErrorProperty().get());
        assertFalse(model.savingProperty().get());
        assertTrue(fractions.stream().anyMatch(f -> f > 0.5), "progress was reported: " + fractions);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Weekly hours worked: median 42:30"), text);
        }
    }

    @Test
    void aCancelledSaveWritesNothing() {
        model.add(List.of(a, b));
        Path pdf = folder.resolve("team.pdf");
        // Cancel as soon as the report reports its first step.
        model.progressTextProperty().addListener((o, was, now) -> model.cancel());

        model.save(pdf);

        assertEquals("Cancelled: nothing was saved.", model.messageProperty().get());
        assertFalse(Files.exists(pdf));
        assertTrue(model.canSaveProperty().get(), "can be saved again");
    }

    @Test
    void aSaveThatCannotBeWrittenSaysWhy() {
        model.add(List.of(a));

        model.save(folder.resolve("no-such-folder").resolve("team.pdf"));

        assertTrue(model.messageIsErrorProperty().get());
        assertTrue(model.messageProperty().get().startsWith("The report was not saved to "), model.messageProperty().get());
    }
}
