package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.store.Backups;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Makes a consistent copy of the diary (safe while the window is open).",
                "By default a new copy in backups/ beside the diary, named with the time; older copies are then "
                        + "thinned to the newest of each of the last 7 days, 4 weeks and 12 months."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the copy to FILE instead (replacing it; not thinned).")
    private Path out;

    @Override
    public Integer call() {
        Path folder = root.folder();
        if (!DiaryFolder.hasDiary(folder)) {
            throw new InputRefusedException("there is no diary to back up in " + folder);
        }
        Path file;
        long bytes;
        if (out != null) {
            OutputFile.checkWritable(out);
            bytes = Backups.copy(DiaryFolder.diaryFile(folder), out);
            file = out;
        } else {
            Backups backups = Backups.of(folder, root.clock());
            Backups.Backup made = backups.backUp();
            try (Diary diary = root.openDiary()) {
                backups.rotate(diary.zone());
            }
            file = made.file();
            bytes = made.bytes();
        }
        spec.commandLine().getOut().println("Backed up to " + file + " (" + DisplayFormats.fileSize(bytes) + ").");
        return 0;
    }
}
