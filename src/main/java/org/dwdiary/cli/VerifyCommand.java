package org.dwdiary.cli;

import org.dwdiary.domain.Integrity;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks the diary's history chain (each entry's SHA-256 covers it and the entry before) and "
                + "every block and day mark against its last entry.",
                "Exit 0 when intact (the final hash is printed, to match a printed report); "
                        + "exit 1 naming the first entry or record that does not match."})
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Override
    public Integer call() {
        try (Diary diary = root.openDiary()) {
            Integrity integrity = diary.verify();
            if (integrity.intact()) {
                spec.commandLine().getOut().println("The diary's record is intact: " + integrity.entries()
                        + (integrity.entries() == 1 ? " entry" : " entries") + " in the history; final hash " + integrity.finalHash());
                return 0;
            }
            spec.commandLine().getErr().println("dwdiary verify: the diary's record is NOT intact: " + integrity.problem());
            return DiaryCli.REFUSED;
        }
    }
}
