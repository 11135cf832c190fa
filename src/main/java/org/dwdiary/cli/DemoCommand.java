package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.store.Diary;
import org.dwdiary.store.SampleDiaryWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Writes a realistic sample diary (a hard week: 42-48 hours, 15-25%% direct work,",
                "evening recording, the odd Saturday) into an empty data folder. For trying the app",
                "and for benchmarks; use --data-dir to keep it away from your own diary."})
final class DemoCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Option(names = "--weeks", paramLabel = "N", defaultValue = "12", description = "Weeks up to this one (default ${DEFAULT-VALUE}).")
    private int weeks;

    @Option(names = "--blocks-per-day", paramLabel = "N", defaultValue = "0",
            description = "Blocks in each working day (default: a natural 5 to 8).")
    private int blocksPerDay;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "2026", description = "The same seed gives the same diary (default ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        try (Diary diary = root.openDiary()) {
            long existing = diary.count();
            if (existing > 0) {
                throw new InputRefusedException("the diary in " + diary.folder() + " already has "
                        + DisplayFormats.blocks(existing) + "; the sample is written only into an empty diary (choose another --data-dir)");
            }
            int written = SampleDiaryWriter.write(diary, weeks, blocksPerDay, seed, root.clock());
            spec.commandLine().getOut().printf("Wrote a sample diary of %d weeks (%s) to %s%n",
                    weeks, DisplayFormats.blocks(written), diary.file());
        }
        return 0;
    }
}
