package org.dwdiary.bench;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.SampleDiary;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.report.MemberExport;
import org.dwdiary.report.MemberFile;
import org.dwdiary.report.Progress;
import org.dwdiary.report.ReportPeriod;
import org.dwdiary.report.TeamEvidence;
import org.dwdiary.report.pdf.TeamPdf;
import org.dwdiary.store.Diary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The team view over 500 member files of 52 weeks each (the figure: 5 s at most; the files made from
 * the demo's generator, see {@link #writeMembers}): reading and
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
        StringBuilder markdown = new StringBuilder("### Team view (`TeamTiming`)\n\n");
        String inProcess = String.format(Locale.UK, "- %d member files × %d weeks (%,d KB; the demo's generator, a seed each): "
                + "read + check + aggregate + PDF in one JVM: first %,d ms, then %s; load %s%n", MEMBERS, WEEKS, bytes / 1024,
                cold, Results.summary(warm), Machine.loadText());
        System.out.print(inProcess);
        markdown.append(inProcess);

        Path jar = Path.of("target", "dwdiary.jar");
        if (!Files.exists(jar)) {
            System.out.println("No " + jar + ": the command-line timing needs the jar (./mvnw -Pbench verify builds it).");
            Results.write("team", markdown.toString());
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
        String command = String.format(Locale.UK, "- `java -jar target/dwdiary.jar team <%d files> --out team.pdf`, whole process: "
                + "%s; PDF %,d KB; load %s%n", MEMBERS, Results.summary(processes), Files.size(folder.resolve("team.pdf")) / 1024,
                Machine.loadText());
        System.out.print(command);
        markdown.append(command);
        Results.write("team", markdown.toString());
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

    /**
     * The members' files, each from a diary of the demo's generator (natural 5 to 8 blocks a working day, a seed of
     * its own) worked out by the report code as {@code export member} does it, over the last 52 whole weeks with the
     * 17 weeks before for the working-time averages; one member in five on a part-time contract (22:30 over Mon–Wed).
     */
    static List<Path> writeMembers(Path folder, Random random) throws Exception {
        WeekId last = WeekId.of(BenchData.NOW.toLocalDate()).plusWeeks(-1);
        WeekId first = last.plusWeeks(1 - WEEKS);
        WeekId dataFrom = ReportPeriod.dataFrom(first);
        int generated = (int) (ChronoUnit.WEEKS.between(dataFrom.monday(), last.monday()) + 1);
        ZonedDateTime endOfLastWeek = last.sunday().atTime(23, 59).atZone(BenchData.LONDON);
        SettingsTimeline fullTime = SettingsTimeline.defaults();
        SettingsTimeline partTime = new SettingsTimeline(List.of(
                new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, SettingsTimeline.BEGINNING, "22:30"),
                new SettingsTimeline.Change(FigureSetting.WORKING_DAYS, SettingsTimeline.BEGINNING, "Mon-Wed")));
        List<Path> files = new ArrayList<>();
        for (int m = 0; m < MEMBERS; m++) {
            String id = new UUID(random.nextLong(), random.nextLong()).toString();
            List<Block> blocks = SampleDiary.generate(generated, 0, 1000L + m, endOfLastWeek);
            Diary.Period data = new Diary.Period(blocks, BenchData.LONDON, random.nextInt(5) == 0 ? partTime : fullTime, List.of());
            MemberExport export = MemberExport.of(id, ReportPeriod.of(first, last, WorkingRules.DEFAULT, data, List.of()));
            Path file = folder.resolve("member-" + (m + 1) + ".json");
            export.write(file);
            files.add(file);
        }
        return files;
    }
}
