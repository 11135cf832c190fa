package org.dwdiary.cli;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Deletes a block by its number (as shown by `list`).")
final class DeleteCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The block's number, e.g. 12 or #12.")
    private String idText;

    @Override
    public Integer call() {
        long id;
        try {
            id = Long.parseLong(idText.strip().replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            throw new InputRefusedException("\"" + idText + "\" is not a block number; `dwdiary list` shows them");
        }
        try (Diary diary = root.openDiary()) {
            Block block = diary.find(id).orElseThrow(() -> new InputRefusedException(
                    "there is no block #" + id + "; `dwdiary list` shows the blocks and their numbers"));
            diary.apply(DiaryChange.delete(block), RecordedVia.CLI);
            spec.commandLine().getOut().println("Deleted #" + id + ": " + block.describe(diary.zone()));
        }
        return 0;
    }
}
