package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Folders and files named as people name them (spaces, accents, apostrophes, other scripts, and the characters
 * that mean something in a URI or a shell: % # ? & ;): the data folder, CSV and calendar imports, the CSV and
 * member exports, the PDF reports, backups and a restore all work there, and leave no temporary file behind.
 */
class AwkwardPathsTest {
    private static final String CSV = """
            start,end,kind,activity,note
            2026-03-02T11:00,2026-03-02T12:00,recording,Case notes,"written up, with care"
            2026-03-03T09:00,2026-03-03T10:30,direct,Home visit,
            """;
    private static final String CALENDAR = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//tests//EN
            BEGIN:VEVENT
            UID:panel-1
            DTSTART;TZID=Europe/London:20260303T140000
            DTEND;TZID=Europe/London:20260303T150000
            SUMMARY:Team meeting
            END:VEVENT
            END:VCALENDAR
            """.replace("\n", "\r\n");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Zoë's diary/Évidence 2026", "日本語 フォルダ/дневник работы", "emoji 😀 folder/ünïcödé",
            "per%cent 50%20 #hash ?query/[brackets] {braces} ;semi &amp 'quote' \"double\"", "  spaces  /  more  "})
    void everyCommandThatReadsOrWritesAFileWorksThere(String name) throws IOException {
        Path place = temp.resolve(name);
        Path data = place.resolve("data dir ß");
        Path files = Files.createDirectories(place.resolve("files é"));
        CliRunner cli = new CliRunner(temp);

        ok(cli, "--data-dir", data.toString(), "add", "mon 9-10:30 Home visit @d, first visit");
        Path csv = Files.writeString(files.resolve("Import é ç.csv"), CSV);
        ok(cli, "--data-dir", data.toString(), "import", csv.toString());
        Path ics = Files.writeString(files.resolve("Calendar ü 'work'.ics"), CALENDAR);
        ok(cli, "--data-dir", data.toString(), "import", ics.toString(), "--default-kind", "meetings");
        assertEquals(4, cli.runExactly("--data-dir", data.toString(), "list", "--from", "2026-03-02", "--to", "2026-03-08")
                .out().lines().filter(line -> line.contains("2026") || line.contains("Mar")).count(), "four blocks");

        Path exported = files.resolve("Export ß ø.csv");
        ok(cli, "--data-dir", data.toString(), "export", "csv", "--with-notes", "--out", exported.toString());
        String export = Files.readString(exported, StandardCharsets.UTF_8);
        assertTrue(export.contains("Case notes") && export.contains("written up, with care") && export.contains("Team meeting"),
                export);

        Path evidence = files.resolve("Evidence – Zoë.pdf");
        ok(cli, "--data-dir", data.toString(), "report", "evidence", "--from", "2026-03-02", "--out", evidence.toString());
        Path supervision = files.resolve("Supervision #10.pdf");
        ok(cli, "--data-dir", data.toString(), "report", "supervision", "--from", "2026-03-02", "--out",
                supervision.toString());
        Path member = files.resolve("member é.json");
        ok(cli, "--data-dir", data.toString(), "export", "member", "--to", "2026-03-08", "--out", member.toString());
        Path team = files.resolve("Team ü.pdf");
        ok(cli, "team", member.toString(), "--out", team.toString());
        for (Path pdf : List.of(evidence, supervision, team)) {
            byte[] start = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5);
            assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), start, pdf + " is a PDF");
        }

        ok(cli, "--data-dir", data.toString(), "backup");
        Path backup = files.resolve("Backup ñ 100%.db");
        ok(cli, "--data-dir", data.toString(), "backup", "--out", backup.toString());
        ok(cli, "--data-dir", data.toString(), "add", "wed 9-10 Drive @t");
        Result restored = ok(cli, "--data-dir", data.toString(), "restore", backup.toString());
        assertTrue(restored.out().contains("(4 blocks)"), restored::toString);
        ok(cli, "--data-dir", data.toString(), "verify");
        Path timed;
        try (Stream<Path> copies = Files.list(data.resolve("backups"))) {
            timed = copies.filter(copy -> !copy.getFileName().toString().contains("before-restore")).findFirst().orElseThrow();
        }
        Result again = ok(cli, "--data-dir", data.toString(), "restore", timed.toString());
        assertTrue(again.out().contains("(4 blocks)"), again::toString);

        assertEquals(List.of("Backup ñ 100%.db", "Calendar ü 'work'.ics", "Evidence – Zoë.pdf", "Export ß ø.csv",
                "Import é ç.csv", "Supervision #10.pdf", "Team ü.pdf", "member é.json"), names(files),
                "every file written whole under its own name; no temporary file left");
    }

    private static Result ok(CliRunner cli, String... args) {
        Result result = cli.runExactly(args);
        assertEquals(0, result.code(), () -> String.join(" ", args) + "\n" + result);
        return result;
    }

    private static List<String> names(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> all = Files.list(folder)) {
            all.forEach(path -> names.add(path.getFileName().toString()));
        }
        names.sort(null);
        return names;
    }
}
