package org.dwdiary.bench;

import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.report.MemberExport;
import org.dwdiary.report.MemberFile;
import org.dwdiary.report.Progress;
import org.dwdiary.report.TeamEvidence;
import org.dwdiary.report.pdf.TeamPdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The team view over 500 member files of 52 weeks each (the figure: 5 s at most): reading and
 * checking the files, taking them together and rendering the PDF in one JVM (first run cold, then warm),
 * and the whole command {@code java -jar target/dwdiary.jar team FILE… --out team.pdf} as a new process.
 * Run by {@code ./mvnw -Pbench verify} (after the jar is built).
 */
public final class TeamTiming {
    private static final int MEMBERS = 500;
    private static final int WEEKS = 52;
    private static final int WARM_RUNS = 5;
    private static final int PROCESS_RUNS = 3;

    private TeamTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("team-timing");
        List<Path> files = writeMembers(folder, new Random(20260304));
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }

        long cold = timeInProcess(files);
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            warm.add(timeInProcess(files));
        }
        Collections.sort(warm);
        System.out.printf("Team evidence, %d member files x %d weeks (%d KB): read + check + aggregate + PDF in one JVM: "
                + "first %d ms, then median %d ms (min %d, max %d, %d runs)%n", MEMBERS, WEEKS, bytes / 1024, cold,
                warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1), warm.size());

        Path jar = Path.of("target", "dwdiary.jar");
        if (!Files.exists(jar)) {
            System.out.println("No " + jar + ": the command-line timing needs the jar (./mvnw -Pbench verify builds it).");
            return;
        }
        List<Long> processes = new ArrayList<>();
        for (int i = 0; i < PROCESS_RUNS; i++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString(), "team"));
            files.forEach(file -> command.add(file.toString()));
            command.add("--out");
            command.add(folder.resolve("team.pdf").toString());
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            int code = process.waitFor();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (code != 0) {
                throw new IllegalStateException("team exited " + code + ": " + output);
            }
            processes.add(millis);
        }
        Collections.sort(processes);
        System.out.printf("java -jar target/dwdiary.jar team <%d files> --out team.pdf: median %d ms (min %d, max %d, %d runs); "
                + "PDF %d KB%n", MEMBERS, processes.get(processes.size() / 2), processes.get(0),
                processes.get(processes.size() - 1), processes.size(), Files.size(folder.resolve("team.pdf")) / 1024);
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static long timeInProcess(List<Path> files) throws Exception {
        long start = System.nanoTime();
        List<MemberFile> read = new ArrayList<>();
        for (Path file : files) {
            read.add(MemberFile.read(file));
        }
        TeamEvidence team = TeamEvidence.of(read);
        byte[] pdf = TeamPdf.render(team, ZonedDateTime.now(ZoneId.of("Europe/London")), Progress.NONE);
        if (pdf.length == 0) {
            throw new IllegalStateException("empty PDF");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Members on 37 or 22:30 hours, working around them, with leave, evenings and now and then a breach. */
    static List<Path> writeMembers(Path folder, Random random) throws Exception {
        List<Path> files = new ArrayList<>();
        WeekId first = WeekId.parse("2025-W10");
        for (int m = 0; m < MEMBERS; m++) {
            String id = new UUID(random.nextLong(), random.nextLong()).toString();
            long contract = random.nextInt(5) == 0 ? 1350 : 2220;
            double habit = contract * (1.0 + random.nextGaussian() * 0.08 + 0.06);
            double direct = 0.2 + random.nextDouble() * 0.3;
            List<MemberExport.Week> weeks = new ArrayList<>();
            long overtime = 0;
            for (int w = 0; w < WEEKS; w++) {
                boolean leave = random.nextInt(12) == 0;
                long worked = leave ? 0 : Math.max(0, Math.min(4800, Math.round(habit + random.nextGaussian() * 240)));
                long directMinutes = Math.round(worked * Math.max(0, Math.min(1, direct + random.nextGaussian() * 0.06)));
                long rest = worked - directMinutes;
                long travel = Math.round(rest * 0.2);
                long meetings = Math.round(rest * 0.25);
                Map<WorkKind, Long> minutes = new EnumMap<>(WorkKind.class);
                minutes.put(WorkKind.DIRECT, directMinutes);
                minutes.put(WorkKind.RECORDING, rest - travel - meetings);
                minutes.put(WorkKind.TRAVEL, travel);
                minutes.put(WorkKind.MEETINGS, meetings);
                long contracted = leave ? 0 : contract;
                long over = Math.max(0, worked - contracted);
                overtime += over;
                Map<String, Integer> breaches = new LinkedHashMap<>();
                if (worked > 0 && random.nextInt(9) == 0) {
                    breaches.put("daily-rest-11h", 1 + random.nextInt(2));
                }
                if (worked > 0 && random.nextInt(15) == 0) {
                    breaches.put("break-20min", 1);
                }
                Double share = worked == 0 ? null : Math.round((double) directMinutes / worked * 10000) / 10000.0;
                weeks.add(new MemberExport.Week(first.plusWeeks(w), minutes, worked, contracted, over,
                        Math.min(worked, Math.round(worked * random.nextDouble() * 0.08)), share, breaches));
            }
            MemberExport export = new MemberExport(id, first, first.plusWeeks(WEEKS - 1), weeks, overtime / (1 + random.nextInt(3)));
            Path file = folder.resolve("member-" + (m + 1) + ".json");
            export.write(file);
            files.add(file);
        }
        return files;
    }
}
