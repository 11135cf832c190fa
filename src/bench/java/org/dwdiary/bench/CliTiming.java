package org.dwdiary.bench;

import org.dwdiary.domain.WeekId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whole-process times of the command line as a user runs it, {@code java -jar dwdiary.jar --data-dir D
 * <command>}, on a ten-year diary written by {@code demo --weeks 520 --blocks-per-day 10} (the demo's own
 * generator and seed, dated from today): each command run once untimed (to warm the operating system's file
 * cache, as hyperfine's warm-up does), then timed N times from starting the process to its exit; the median,
 * the fastest and the slowest, and the load average before and after. {@code import} goes into a new, empty
 * folder each time (made and removed outside the timing). Run by {@code ./mvnw -Pbench verify} after the jar is
 * built; the table goes to standard output and to {@code target/bench-results/cli.md}.
 *
 * <p>Arguments: the jar (default {@code target/dwdiary.jar}). System properties: {@code bench.runs} (default 5)
 * and {@code bench.warmups} (default 1).
 */
public final class CliTiming {
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final Path jar;
    private final int runs;
    private final int warmups;
    private final List<String> rows = new ArrayList<>();

    private CliTiming(Path jar, int runs, int warmups) {
        this.jar = jar;
        this.runs = runs;
        this.warmups = warmups;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/dwdiary.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No " + jar + ": build it first (./mvnw -Pbench verify does).");
        }
        int runs = Integer.getInteger("bench.runs", 5);
        int warmups = Integer.getInteger("bench.warmups", 1);
        if (runs < 1 || warmups < 0) {
            throw new IllegalArgumentException("bench.runs must be at least 1 and bench.warmups at least 0");
        }
        new CliTiming(jar, runs, warmups).time();
    }

    private void time() throws Exception {
        Path folder = Files.createTempDirectory("dwdiary-cli-timing-");
        try {
            timeAll(folder);
        } finally {
            BenchData.delete(folder);
        }
    }

    private void timeAll(Path folder) throws Exception {
        Path diary = folder.resolve("diary");
        Path csv = folder.resolve("blocks.csv");
        Path pdf = folder.resolve("evidence.pdf");
        String loadBefore = Machine.loadText();
        long started = System.nanoTime();
        System.out.println("| command | median | min | max | runs | load before → after |");

        long demoStart = System.nanoTime();
        run(List.of("--data-dir", diary.toString(), "demo", "--weeks", "520", "--blocks-per-day", "10"));
        long demoMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - demoStart);
        row("`demo --weeks 520 --blocks-per-day 10` (writing the diary, once)", List.of(demoMillis), loadBefore);

        LocalDate today = LocalDate.now();
        LocalDate tenYearsBack = WeekId.of(today).plusWeeks(-519).monday();
        LocalDate yearBack = WeekId.of(today).plusWeeks(-51).monday();

        time("`--help` (JVM start and picocli, no diary)", List.of("--help"));
        time("`week --json` (this week)", withDiary(diary, "week", "--json"));
        time("`trend --json` (13 weeks)", withDiary(diary, "trend", "--json"));
        time("`trend --from " + tenYearsBack + " --json` (520 weeks)", withDiary(diary, "trend", "--from", tenYearsBack.toString(), "--json"));
        time("`balance` (from the first day: 520 weeks)", withDiary(diary, "balance"));
        time("`check` (13 weeks)", withDiary(diary, "check"));
        time("`export csv --out blocks.csv` (every block)", withDiary(diary, "export", "csv", "--out", csv.toString()));
        timeImport(folder, csv);
        time("`report evidence --from " + yearBack + " --out evidence.pdf` (52 weeks)",
                withDiary(diary, "report", "evidence", "--from", yearBack.toString(), "--out", pdf.toString()));
        time("`verify` (the history chain and every block)", withDiary(diary, "verify"));
        time("`backup`", withDiary(diary, "backup"));

        long blocks = Files.readAllLines(csv).size() - 1L;
        long total = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        StringBuilder markdown = new StringBuilder();
        markdown.append("### Command line, whole process (`CliTiming`)\n\n")
                .append(String.format(Locale.UK, "`java -jar target/dwdiary.jar --data-dir D …` on a ten-year diary "
                        + "(`demo --weeks 520 --blocks-per-day 10`: %,d blocks, `diary.db` %,d bytes with its history); "
                        + "%d untimed warm-up run(s) and %d timed runs of each command; import into a new folder each time. "
                        + "%d s in all.%n%n", blocks, Files.size(diary.resolve("diary.db")), warmups, runs, total))
                .append("| command | median | min | max | runs | load before → after |\n")
                .append("|---|---|---|---|---|---|\n");
        rows.forEach(markdown::append);
        System.out.printf(Locale.UK, "%,d blocks, %d untimed warm-up run(s) and %d timed runs of each command, %d s in all%n",
                blocks, warmups, runs, total);
        Results.write("cli", markdown.toString());
    }

    private static List<String> withDiary(Path diary, String... command) {
        List<String> all = new ArrayList<>(List.of("--data-dir", diary.toString()));
        all.addAll(List.of(command));
        return all;
    }

    private void time(String what, List<String> arguments) throws Exception {
        String loadBefore = Machine.loadText();
        for (int i = 0; i < warmups; i++) {
            run(arguments);
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run(arguments);
            millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        row(what, millis, loadBefore);
    }

    private void timeImport(Path folder, Path csv) throws Exception {
        String loadBefore = Machine.loadText();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            Path fresh = folder.resolve("imported-" + i);
            long start = System.nanoTime();
            run(List.of("--data-dir", fresh.toString(), "import", csv.toString()));
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (i >= warmups) {
                millis.add(took);
            }
            BenchData.delete(fresh);
        }
        row("`import blocks.csv` (the export, into a new folder)", millis, loadBefore);
    }

    private void row(String what, List<Long> millis, String loadBefore) {
        List<Long> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        String row = String.format(Locale.UK, "| %s | %,d ms | %,d | %,d | %d | %s → %s |%n", what, Results.median(sorted),
                sorted.get(0), sorted.get(sorted.size() - 1), sorted.size(), loadBefore, Machine.loadText());
        System.out.print(row);
        rows.add(row);
    }

    private String run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int code = process.waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + code + ":\n" + output);
        }
        return output;
    }
}
