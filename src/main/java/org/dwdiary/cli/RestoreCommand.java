package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces the diary with a backup: first checks FILE is a sound diary this version can open, "
                + "then copies the current diary to backups/ (named '…-before-restore.db'), then puts FILE's copy in its place.",
                "Close the diary window first: while a window has this data folder open, the restore is refused.",
                "A refusal (exit 1) names the file (or the window's process) and why, and changes nothing."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to restore, e.g. backups/diary-2026-11-23T140512Z.db.")
    private Path file;

    @Override
    public Integer call() {
        Backups.SoundDiary sound = Backups.check(file);
        Optional<Backups.Backup> before = Backups.of(root.folder(), root.clock()).restore(file);
        PrintWriter out = spec.commandLine().getOut();
        before.ifPresent(copy -> out.println("The diary as it was is kept in " + copy.file()
                + " (" + DisplayFormats.fileSize(copy.bytes()) + ")."));
        out.println("Restored the diary from " + file + " (" + sound.blocks() + (sound.blocks() == 1 ? " block" : " blocks") + ").");
        return 0;
    }
}
