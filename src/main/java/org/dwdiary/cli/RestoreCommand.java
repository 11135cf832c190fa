package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.store.Backups;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces the diary with a backup: first checks it is a sound diary this version can open, "
                + "then copies the current diary to backups/ (named '…-before-restore.db'), then puts the backup's copy in its place.",
                "A current diary that cannot be opened (damaged, not a diary, from a newer version) is not copied but kept "
                        + "beside it, renamed (diary.db.damaged-<date and time>); nothing is deleted.",
                "Close the diary window first: while a window has this data folder open, the restore is refused.",
                "A refusal (exit 1) names the file (or the window's process) and why, and changes nothing."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Which which;

    static final class Which {
        @Parameters(paramLabel = "FILE", description = "The backup to restore, e.g. backups/diary-2026-11-23T140512Z.db.")
        private Path file;

        @Option(names = "--newest", required = true,
                description = "Restore the newest backup in backups/ that is sound (newer ones that are not are skipped and named).")
        private boolean newest;
    }

    @Override
    public Integer call() {
        Backups backups = Backups.of(root.folder(), root.clock());
        PrintWriter out = spec.commandLine().getOut();
        Path file = which.file;
        String described;
        if (which.newest) {
            Backups.GoodBackup found = backups.newestGood();
            for (Backups.Skipped skipped : found.skipped()) {
                out.println("Skipped " + skipped.backup().file() + ": " + skipped.reason());
            }
            Backups.Backup good = found.backup().orElseThrow(() -> new InputRefusedException("there is no good backup to restore in "
                    + backups.folder() + (found.skipped().isEmpty() ? " (there are none)" : " (none of them can be used)")
                    + ". Nothing was changed."));
            file = good.file();
            described = "the newest good backup, " + file + " from " + DisplayFormats.dayTime(good.made(), root.clock().getZone());
        } else {
            described = file.toString();
        }
        Backups.Restored restored = backups.restore(file);
        restored.before().ifPresent(copy -> out.println("The diary as it was is kept in " + copy.file()
                + " (" + DisplayFormats.fileSize(copy.bytes()) + ")."));
        restored.setAsideDiary().ifPresent(kept -> out.println("The diary file that could not be opened is kept as " + kept + "."));
        int blocks = restored.diary().blocks();
        out.println("Restored the diary from " + described + " (" + String.format(DisplayFormats.LOCALE, "%,d", blocks)
                + (blocks == 1 ? " block" : " blocks") + ").");
        return 0;
    }
}
