package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.store.DataDeletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "delete-all-data", mixinStandardHelpOptions = true,
        description = {"Deletes the diary, all its backups and the sample diary from the data folder. Cannot be undone.",
                "Without --yes, only lists what would be deleted (exit 1). Files the app did not make are kept.",
                "Refused while a diary window has this data folder open: close it first.",
                "Export CSV, or copy a backup somewhere else, first if you may want your record later."})
final class DeleteAllDataCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Option(names = "--yes", description = "Really delete (after checking the list without it).")
    private boolean yes;

    @Override
    public Integer call() {
        Path folder = root.folder();
        PrintWriter out = spec.commandLine().getOut();
        if (!yes) {
            DataDeletion.AllData found = DataDeletion.survey(folder);
            out.println("Would delete from " + folder + ":");
            describe(found, out);
            PrintWriter err = spec.commandLine().getErr();
            err.println("delete-all-data: nothing was deleted. This cannot be undone: export CSV or copy a backup elsewhere "
                    + "first if you may need your record, then add --yes to delete.");
            return DiaryCli.REFUSED;
        }
        DataDeletion.AllData deleted = DataDeletion.deleteAll(folder);
        out.println("Deleted from " + folder + ":");
        describe(deleted, out);
        out.println(deleted.folderRemoved() ? "The folder " + folder + " was removed." : "The folder " + folder + " is kept.");
        return 0;
    }

    private static void describe(DataDeletion.AllData data, PrintWriter out) {
        if (data.diary()) {
            out.println("  the diary (diary.db and its log), " + DisplayFormats.fileSize(data.diaryBytes()));
        }
        if (data.setAside() > 0) {
            out.println("  " + (data.setAside() == 1 ? "1 diary file" : data.setAside() + " diary files")
                    + " set aside as unreadable (diary.db.damaged-… and the like), " + DisplayFormats.fileSize(data.setAsideBytes()));
        }
        out.println("  " + data.backups() + (data.backups() == 1 ? " backup" : " backups") + " in backups/, "
                + DisplayFormats.fileSize(data.backupBytes()));
        if (data.sample()) {
            out.println("  the sample diary in demo/, " + DisplayFormats.fileSize(data.sampleBytes()));
        }
        out.println("  in all " + DisplayFormats.fileSize(data.totalBytes()));
        if (!data.kept().isEmpty()) {
            out.println("Kept (not made by Direct Work Diary):");
            data.kept().forEach(file -> out.println("  " + file));
        }
    }
}
