package org.dwdiary.cli;

import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryFolder;
import org.dwdiary.store.DiaryStorageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code dwdiary}: the command line over the same diary as the GUI. Without a command it opens the
 * GUI on the chosen data folder. Exit codes: 0 success, 1 input refused (the message on stderr names
 * what and where), 2 usage.
 */
@Command(name = "dwdiary",
        mixinStandardHelpOptions = true,
        version = "Direct Work Diary 0.1",
        description = {"A private diary of your working week: direct work, recording, travel and meetings.",
                "Without a command, opens the diary window."},
        subcommands = {AddCommand.class, ListCommand.class, WeekCommand.class, DeleteCommand.class,
                StartCommand.class, StopCommand.class, StatusCommand.class,
                CopyDayCommand.class, CopyWeekCommand.class, TemplateCommand.class,
                TrendCommand.class, MarkCommand.class, BalanceCommand.class, CheckCommand.class,
                HistoryCommand.class, VerifyCommand.class, ExportCommand.class, ImportCommand.class, DemoCommand.class, SettingsCommand.class,
                WeekNoteCommand.class, ReportCommand.class, TeamCommand.class, BackupCommand.class, RestoreCommand.class,
                DeleteAllDataCommand.class},
        footer = {"", "Exit codes: 0 done, 1 input refused (the reason is on stderr), 2 wrong usage.",
                "Data folder: --data-dir, else $" + DiaryFolder.ENV_HOME + ", else the system's application data folder."})
public final class DiaryCli implements Callable<Integer> {
    public static final int REFUSED = 1;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "The folder holding diary.db (default: $" + DiaryFolder.ENV_HOME
                    + " or the system's application data folder).")
    private Path dataDir;

    private final Clock clock;
    private final Map<String, String> env;
    private final Consumer<Path> openWindow;

    DiaryCli(Clock clock, Map<String, String> env, Consumer<Path> openWindow) {
        this.clock = clock;
        this.env = env;
        this.openWindow = openWindow;
    }

    /** Runs one command line and returns its exit code. */
    public static int run(String[] args, Clock clock, Map<String, String> env, PrintWriter out, PrintWriter err,
                          Consumer<Path> openWindow) {
        CommandLine commandLine = new CommandLine(new DiaryCli(clock, env, openWindow));
        // A quick-add line may start with a dash ("-45m Case notes"): it is the line, not an option.
        for (String name : new String[] {"add", "start"}) {
            commandLine.getSubcommands().get(name).setUnmatchedOptionsArePositionalParams(true);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter errors = cmd.getErr();
            if (e instanceof InputRefusedException || e instanceof DiaryStorageException || e instanceof IOException) {
                errors.println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            } else {
                errors.println(cmd.getCommandSpec().qualifiedName() + ": unexpected error: " + e);
                e.printStackTrace(errors);
            }
            errors.flush();
            return REFUSED;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        openWindow.accept(folder());
        return 0;
    }

    Path folder() {
        return DiaryFolder.resolve(dataDir, env);
    }

    Diary openDiary() {
        return Diary.open(folder(), clock);
    }

    Clock clock() {
        return clock;
    }

    LocalDate today(Diary diary) {
        return clock.instant().atZone(diary.zone()).toLocalDate();
    }
}
