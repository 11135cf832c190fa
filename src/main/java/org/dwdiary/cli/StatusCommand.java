package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.RunningTimer;
import org.dwdiary.domain.WallClock;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Says whether a timer is running, and for how long.")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Option(names = "--json", description = "{\"running\":true,\"activity\",\"kind\",\"start\",\"elapsedMinutes\"} or {\"running\":false}")
    private boolean json;

    @Override
    public Integer call() {
        try (Diary diary = root.openDiary()) {
            Optional<RunningTimer> running = diary.runningTimer();
            Instant now = root.clock().instant();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> status = new LinkedHashMap<>();
                status.put("running", running.isPresent());
                running.ifPresent(timer -> {
                    status.put("activity", timer.activity());
                    status.put("kind", timer.kind().code());
                    status.put("start", WallClock.isoLocal(timer.start(), diary.zone()));
                    status.put("elapsedMinutes", timer.elapsedMinutes(now));
                });
                out.println(Json.write(status));
            } else {
                out.println(running.map(timer -> "Running: \"" + timer.label() + "\" (" + timer.kind().displayName()
                        + ") since " + DisplayFormats.dayTime(timer.start(), diary.zone()) + " · "
                        + DisplayFormats.hoursMinutes(timer.elapsedMinutes(now))).orElse("No timer is running."));
            }
        }
        return 0;
    }
}
