package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.ImportBatch;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.io.CsvBlockReader;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports blocks from a CSV file: all of them, or none.",
                "Columns by name, any order: start,end,kind required; activity,note optional; others ignored.",
                "start/end: 2026-05-11T09:30 (the diary's zone) or 2026-10-25T01:30+01:00."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "The CSV file (UTF-8, with a header row).")
    private Path file;

    @Override
    public Integer call() throws IOException {
        try (Diary diary = root.openDiary()) {
            ImportBatch batch;
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                batch = CsvBlockReader.read(reader, file.getFileName().toString(), diary.zone());
            } catch (NoSuchFileException e) {
                throw new InputRefusedException("there is no file " + file);
            } catch (CharacterCodingException e) {
                throw new InputRefusedException(file + " is not UTF-8 text; save it as \"CSV UTF-8\" and try again");
            }
            int added = diary.importBatch(batch, RecordedVia.IMPORT);
            spec.commandLine().getOut().println("Imported " + DisplayFormats.blocks(added) + " from " + file);
        }
        return 0;
    }
}
