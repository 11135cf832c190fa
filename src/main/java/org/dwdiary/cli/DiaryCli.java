package org.dwdiary.cli;

import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryFolder;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.store.Backups;
import org.dwdiary.store.DiaryStorageException;
import org.dwdiary.store.DiaryUnreadableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
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

    @Option(names = "--timings", description = "With no command: print the window's start-up phases on stderr "
            + "(milliseconds since Java started: first window, diary open, week drawn, CPU used).")
    private boolean timings;

    @Option(names = "--exit-after-start", description = "With --timings: close the window once the current week "
            + "is drawn (for measuring the start).")
    private boolean exitAfterStart;

    private final Clock clock;
    private final Map<String, String> env;
    private final Consumer<WindowStart> openWindow;

    DiaryCli(Clock clock, Map<String, String> env, Consumer<WindowStart> openWindow) {
        this.clock = clock;
        this.env = env;
        this.openWindow = openWindow;
    }

    /** Runs one command line and returns its exit code. */
    public static int run(String[] args, Clock clock, Map<String, String> env, PrintWriter out, PrintWriter err,
                          Consumer<WindowStart> openWindow) {
        DiaryCli root = new DiaryCli(clock, env, openWindow);
        CommandLine commandLine = new CommandLine(root);
        // A quick-add line may start with a dash ("-45m Case notes"): it is the line, not an option.
        for (String name : new String[] {"add", "start"}) {
            commandLine.getSubcommands().get(name).setUnmatchedOptionsArePositionalParams(true);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter errors = cmd.getErr();
            if (e instanceof DiaryUnreadableException unreadable) {
                errors.println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
                errors.println(root.recoveryAdvice(unreadable));
            } else if (e instanceof InputRefusedException || e instanceof DiaryStorageException || e instanceof IOException) {
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

    /**
     * The window's own arguments ({@code --data-dir DIR}, {@code --timings}, {@code --exit-after-start}) read without
     * building the command line's commands, which costs about a third of a second at each start; empty for anything
     * else (a command, {@code --help}, a mistake), which {@link #run} then handles as usual. Gives what {@link #run}
     * would hand to its window.
     */
    public static Optional<WindowStart> windowOnly(String[] args, Map<String, String> env) {
        boolean timings = false;
        boolean exitAfterStart = false;
        String dataDir = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            if (arg.equals("--timings") && !timings) {
                timings = true;
            } else if (arg.equals("--exit-after-start") && !exitAfterStart) {
                exitAfterStart = true;
            } else if (arg.equals("--data-dir") && i + 1 < args.length) {
                value = args[++i];
            } else if (arg.startsWith("--data-dir=")) {
                value = arg.substring("--data-dir=".length());
            } else {
                return Optional.empty();
            }
            if (value != null) {
                if (dataDir != null || value.isEmpty() || value.startsWith("-")) {
                    return Optional.empty(); // picocli says what is wrong
                }
                dataDir = value;
            }
        }
        try {
            Path folder = DiaryFolder.resolve(dataDir == null ? null : Path.of(dataDir), env);
            return Optional.of(new WindowStart(folder, timings, exitAfterStart));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    @Override
    public Integer call() {
        openWindow.accept(new WindowStart(folder(), timings, exitAfterStart));
        return 0;
    }

    Path folder() {
        return DiaryFolder.resolve(dataDir, env);
    }

    /**
     * What to do about a diary that cannot be opened: the newest good backup (its date, blocks) and the
     * command that puts it back, or that there is none and the file stays as it is.
     */
    String recoveryAdvice(DiaryUnreadableException problem) {
        Path diaryFolder = problem.file().toAbsolutePath().getParent();
        Backups backups = Backups.of(diaryFolder, clock);
        Backups.GoodBackup found;
        try {
            found = backups.newestGood();
        } catch (DiaryStorageException e) {
            return "The backups could not be read (" + e.getMessage() + "). Your diary file is kept untouched in " + diaryFolder + ".";
        }
        StringBuilder advice = new StringBuilder();
        if (found.backup().isPresent()) {
            Backups.Backup good = found.backup().get();
            advice.append("The newest good backup is ").append(relative(diaryFolder, good.file())).append(" from ")
                    .append(DisplayFormats.dayTime(good.made(), clock.getZone())).append(" (")
                    .append(blocks(found.diary().orElseThrow().blocks())).append(").\n");
            advice.append("To put it back, run: ").append(command()).append(" restore --newest (your ")
                    .append(problem.problem() == DiaryUnreadableException.Problem.NEWER ? "diary from the newer version"
                            : problem.problem() == DiaryUnreadableException.Problem.DAMAGED ? "damaged file" : "file")
                    .append(" will be kept beside it, as ").append(DiaryFolder.DIARY_FILE).append('.')
                    .append(problem.problem().setAsideTag()).append("-<date and time>).");
        } else {
            int count = found.skipped().size();
            advice.append(count == 0 ? "There is no backup to put back (none in " + backups.folder() + ")."
                    : "There is no good backup to put back: " + (count == 1 ? "the one backup" : "all " + count + " backups")
                    + " in " + backups.folder() + " cannot be used either (see below).");
            advice.append(" Your diary file is kept untouched in ").append(diaryFolder)
                    .append(".\nIf you have a copy of your diary elsewhere, put it back with: ").append(command()).append(" restore FILE");
        }
        for (Backups.Skipped skipped : found.skipped()) {
            advice.append("\nSkipped ").append(relative(diaryFolder, skipped.backup().file())).append(": ").append(skipped.reason());
        }
        return advice.toString();
    }

    private static String blocks(int count) {
        return String.format(DisplayFormats.LOCALE, "%,d %s", count, count == 1 ? "block" : "blocks");
    }

    private static String relative(Path folder, Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(folder) ? folder.relativize(absolute).toString() : absolute.toString();
    }

    /** "dwdiary", with the --data-dir given, so the advice acts on the same diary. */
    private String command() {
        if (dataDir == null) {
            return "dwdiary";
        }
        String dir = dataDir.toString();
        return "dwdiary --data-dir " + (dir.matches("[\\w./:@%+=,-]+") ? dir : "\"" + dir + "\"");
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
