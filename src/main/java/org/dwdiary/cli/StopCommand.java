package org.dwdiary.cli;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.ClockTime;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.OverlapException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.RunningTimer;
import org.dwdiary.domain.WallClock;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Stops the running timer and records its block.")
final class StopCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Option(names = "--at", paramLabel = "TIME", description = "When you stopped, if not now (the first such time after the start).")
    private String at;

    @Option(names = "--discard", description = "Forget the timer without recording anything.")
    private boolean discard;

    @Override
    public Integer call() {
        try (Diary diary = root.openDiary()) {
            ZoneId zone = diary.zone();
            if (discard) {
                RunningTimer discarded = diary.discardTimer().orElseThrow(() -> new InputRefusedException("no timer is running"));
                spec.commandLine().getOut().println("Discarded the timer for \"" + discarded.label() + "\": nothing recorded.");
                return 0;
            }
            RunningTimer running = diary.runningTimer().orElseThrow(() -> new InputRefusedException("no timer is running"));
            Instant end = at == null ? root.clock().instant() : firstAfter(running, ClockTime.parse(at), zone);
            Optional<Block> recorded;
            try {
                recorded = diary.stopTimer(end, RecordedVia.CLI);
            } catch (OverlapException e) {
                throw new InputRefusedException(e.getMessage() + " Stop it earlier with --at TIME.");
            }
            spec.commandLine().getOut().println(recorded
                    .map(b -> "Stopped \"" + b.label() + "\": " + DisplayFormats.span(b.start(), b.end(), zone)
                            + " (" + DisplayFormats.hoursMinutes(b.minutes()) + ")")
                    .orElse("Stopped \"" + running.label() + "\" within its first minute: nothing recorded."));
        }
        return 0;
    }

    private static Instant firstAfter(RunningTimer running, LocalTime time, ZoneId zone) {
        var start = running.start().atZone(zone);
        Instant sameDay = WallClock.instant(start.toLocalDate().atTime(time), zone);
        return sameDay.isAfter(running.start()) ? sameDay : WallClock.instant(start.toLocalDate().plusDays(1).atTime(time), zone);
    }
}
