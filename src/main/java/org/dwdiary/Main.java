package org.dwdiary;

import org.dwdiary.cli.DiaryCli;
import org.dwdiary.ui.DiaryApp;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The program's entry: no arguments open the window, arguments go to the command line. Not a
 * JavaFX Application itself, so {@code java -jar dwdiary.jar} works from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DiaryApp.open(null);
            return;
        }
        // CSV and JSON on stdout are UTF-8 whatever the platform's default.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = DiaryCli.run(args, Clock.systemDefaultZone(), System.getenv(), out, err, DiaryApp::open);
        System.exit(code);
    }
}
