package org.dwdiary.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.report.MemberExport;
import org.dwdiary.report.TeamSamples;
import org.dwdiary.report.pdf.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code export member} and {@code team}: a member's file, and a representative's report over many. */
class TeamCommandTest {
    @TempDir Path tempDir;
    private CliRunner cli;
    private Path a;
    private Path b;

    @BeforeEach
    void twoMemberFiles() throws IOException {
        cli = new CliRunner(tempDir);
        a = TeamSamples.write(TeamSamples.memberA(), tempDir.resolve("a.json"));
        b = TeamSamples.write(TeamSamples.memberB(), tempDir.resolve("b.json"));
    }

    @Test
    void exportMemberWritesWholeWeeksUpToTheLastCompleteWeek() throws IOException {
        cli.add("2026-02-16T09:00", "2026-02-16T17:00", WorkKind.DIRECT, "Zanzibar visit", "Quimby family");
        Path out = tempDir.resolve("me.json");

        Result result = cli.run("export", "member", "--out", out.toString());

        assertEquals(0, result.code(), result::toString);
        String id = JSON.std.mapFrom(Files.readString(out)).get("memberId").toString();
        assertEquals("Wrote " + out + ": member " + id.substring(0, 8) + "…, 2 weeks (2026-W08 to 2026-W09).\n", result.out(),
                "from the diary's first day to last Sunday (today is Wednesday of week 10)");
        String text = Files.readString(out);
        assertFalse(text.contains("Zanzibar") || text.contains("Quimby"), text);

        Result again = cli.run("export", "member", "--from", "2026-03-02", "--to", "2026-03-08", "--out", tempDir.resolve("me2.json").toString());
        assertTrue(again.out().contains("member " + id.substring(0, 8) + "…, 1 week (2026-W10 to 2026-W10)"), again::toString);
    }

    @Test
    void exportMemberRefusesAPeriodBackToFront() {
        Path out = tempDir.resolve("me.json");
        Result result = cli.run("export", "member", "--from", "2026-03-02", "--to", "2026-02-01", "--out", out.toString());

        assertEquals(1, result.code(), result::toString);
        assertTrue(result.err().contains("--from 2026-03-02 is after --to 2026-02-01"), result::toString);
        assertFalse(Files.exists(out));
    }

    @Test
    void jsonGivesTheTeamFigures() throws IOException {
        Result result = cli.runExactly("team", a.toString(), b.toString(), "--json");

        assertEquals(0, result.code(), result::toString);
        Map<String, Object> json = JSON.std.mapFrom(result.out());
        assertEquals(2, json.get("members"));
        assertEquals(5, json.get("memberWeeks"));
        assertEquals(4, json.get("loggedWeeks"));
        assertEquals(Map.of("min", 1800, "q1", 2250, "median", 2550, "q3", 2775, "max", 3000), json.get("weeklyMinutes"));
        assertEquals(3, json.get("weeksOverContract"));
        assertEquals(0.75, ((Number) json.get("shareOverContract")).doubleValue());
        assertEquals(1440, json.get("overtimeMinutes"));
        assertEquals(1080, json.get("unpaidMinutes"));
        assertEquals(Map.of("rule", "daily-rest-11h", "count", 2, "members", 2), ((List<?>) json.get("breaches")).get(1));
        Map<?, ?> direct = (Map<?, ?>) json.get("directShare");
        assertEquals(List.of(0, 0, 1, 1, 1, 1, 0, 0, 0, 0), direct.get("buckets"));
        assertEquals(0.3667, ((Number) ((Map<?, ?>) direct.get("weekly")).get("median")).doubleValue());
        List<?> rows = (List<?>) json.get("memberRows");
        assertEquals(2, rows.size());
        assertFalse(result.out().contains(TeamSamples.A) || result.out().contains(TeamSamples.B), "no member ids in the output");
    }

    @Test
    void theReportShowsTheSameFiguresAsJson() throws IOException {
        Path pdf = tempDir.resolve("team.pdf");
        Result written = cli.runExactly("team", a.toString(), b.toString(), "--out", pdf.toString(), "--json");
        assertEquals(0, written.code(), written::toString);
        Map<String, Object> json = JSON.std.mapFrom(written.out());

        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        Samples.keep(pdf);
        Map<?, ?> hours = (Map<?, ?>) json.get("weeklyMinutes");
        assertTrue(text.contains("Team working-time evidence"), text);
        assertTrue(text.contains("Weekly hours worked: median " + DisplayFormats.hoursMinutes(((Number) hours.get("median")).longValue())), text);
        assertTrue(text.contains(DisplayFormats.hoursMinutes(((Number) hours.get("q1")).longValue()) + " to "
                + DisplayFormats.hoursMinutes(((Number) hours.get("q3")).longValue())), text);
        assertTrue(text.contains("Weeks worked over contract " + json.get("weeksOverContract") + " of " + json.get("loggedWeeks") + " (75%)"), text);
        assertTrue(text.contains("Overtime worked, total " + DisplayFormats.hoursMinutes(((Number) json.get("overtimeMinutes")).longValue())), text);
        assertTrue(text.contains("Unpaid overtime, total " + DisplayFormats.hoursMinutes(((Number) json.get("unpaidMinutes")).longValue())), text);
        assertTrue(text.contains("Less than 11 hours' rest between working days (reg. 10) 2 2 of 2"), text);
        assertTrue(text.contains("Member 1") && text.contains("Member 2"), text);
        assertTrue(text.contains("not legal advice"), text);
        assertTrue(text.contains("inclusive linear interpolation"), text);
        assertFalse(text.contains("aaaaaaaa") || text.contains("a.json"), "neither member ids nor file names are printed");
    }

    @Test
    void anEditedFileRefusesTheWholeRunAndEveryRefusedFileIsNamed() throws IOException {
        Path edited = tempDir.resolve("team-3.json");
        Files.writeString(edited, Files.readString(b).replace("\"worked\" : 2400", "\"worked\" : 2500"));
        Path again = tempDir.resolve("team-5.json");
        Files.copy(a, again);
        Path pdf = tempDir.resolve("team.pdf");

        Result result = cli.runExactly("team", a.toString(), edited.toString(), again.toString(), "--out", pdf.toString(), "--json");

        assertEquals(1, result.code(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().contains("team: team-3.json: the checksum does not match; the file was edited or damaged"), result::toString);
        assertTrue(result.err().contains("team: team-5.json: the same member as a.json"), result::toString);
        assertTrue(result.err().contains("nothing was written; 2 of 3 files were refused"), result::toString);
        assertFalse(Files.exists(pdf), "nothing is written");
        try (var files = Files.list(tempDir)) {
            assertFalse(files.anyMatch(file -> file.getFileName().toString().endsWith(".part")), "no temporary file is left");
        }
    }

    @Test
    void aMissingFileOrAFolderIsRefused() {
        Result result = cli.runExactly("team", a.toString(), tempDir.resolve("nope.json").toString(), tempDir.toString(), "--json");

        assertEquals(1, result.code(), result::toString);
        assertTrue(result.err().contains("nope.json: there is no such file"), result::toString);
        assertTrue(result.err().contains(": it is a folder, not a member file"), result::toString);
    }

    @Test
    void withoutOutOrJsonItIsWrongUsage() {
        Result result = cli.runExactly("team", a.toString());

        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().contains("Give --out FILE.pdf, --json, or both"), result::toString);
        assertEquals(2, cli.runExactly("team", "--json").code(), "no files");
    }

    @Test
    void aFileFromExportMemberIsReadByTeam() {
        cli.add("2026-02-16T09:00", "2026-02-16T17:00", WorkKind.DIRECT, "Visit", null);
        Path out = tempDir.resolve("me.json");
        assertEquals(0, cli.run("export", "member", "--out", out.toString()).code());

        Result result = cli.runExactly("team", out.toString(), a.toString(), "--json");

        assertEquals(0, result.code(), result::toString);
        assertTrue(result.out().startsWith("{\"members\":2,"), result.out());
        assertTrue(MemberExport.FORMAT.startsWith("dwdiary-member/"));
    }
}
