package org.dwdiary;

import org.dwdiary.cli.DiaryCli;
import org.dwdiary.cli.WindowStart;
import org.dwdiary.ui.DiaryApp;
import org.dwdiary.ui.StartupTimings;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * The program's entry: no arguments open the window, arguments go to the command line. Not a
 * JavaFX Application itself, so {@code java -jar dwdiary.jar} works from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartupTimings.mainEntered(); // one clock read, for --timings
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        if (args.length == 0) {
            // A second window on the same folder brings the first forward and ends here, saying so on stderr.
            DiaryApp.open(null, err::println);
            return;
        }
        // The window on a folder, timed or not: started without building the command line's commands.
        Optional<WindowStart> windowOnly = DiaryCli.windowOnly(args, System.getenv());
        if (windowOnly.isPresent()) {
            openWindow(windowOnly.get(), err);
            System.exit(0);
        }
        // CSV and JSON on stdout are UTF-8 whatever the platform's default.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        int code = DiaryCli.run(args, Clock.systemDefaultZone(), System.getenv(), out, err,
                window -> openWindow(window, err));
        System.exit(code);
    }

    private static void openWindow(WindowStart window, PrintWriter err) {
        StartupTimings timings = window.timings() ? StartupTimings.ofThisProcess() : StartupTimings.off();
        DiaryApp.open(window.folder(), timings, window.timings() && window.exitAfterStart(), err::println);
    }
}
