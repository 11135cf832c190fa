package org.dwdiary.bench;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The last step of {@code ./mvnw -Pbench verify}: puts the run's figures in one Markdown file,
 * {@code target/bench-results.md} — the machine, the date, the method, every JMH score from
 * {@code target/jmh-result.json} with the load average during it, and the timing mains' parts from
 * {@code target/bench-results/} — and prints it.
 *
 * <p>Arguments: the JMH result file and the file to write (defaults as above).
 */
public final class BenchReport {
    private static final List<String> PART_ORDER = List.of("cli", "trends-view", "evidence-pack", "team");

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        Path jmh = Path.of(args.length > 0 ? args[0] : "target/jmh-result.json");
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench-results.md");
        StringBuilder text = new StringBuilder();
        text.append("# Benchmark results\n\n")
                .append("- Machine: ").append(Machine.describe()).append('\n')
                .append("- Finished: ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append(", load average now ").append(Machine.loadText()).append('\n')
                .append("- Method: `./mvnw -Pbench verify` (the tests skipped). JMH 1.37, one fork per benchmark, the "
                        + "warm-up and measured iterations as each class says (average time of 1 s iterations, or single "
                        + "shots for operations of a second or more); score ± the 99.9% confidence half-width; load = the "
                        + "1-minute load average over the measured iterations. Whole-process times: a new `java -jar` each "
                        + "run, timed from start to exit.\n\n");
        appendJmh(jmh, text);
        appendParts(text);
        Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
        System.out.print(text);
        System.out.println("(also in " + out + ")");
    }

    @SuppressWarnings("unchecked")
    private static void appendJmh(Path jmh, StringBuilder text) throws IOException {
        text.append("## JMH\n\n");
        if (!Files.exists(jmh)) {
            text.append("No ").append(jmh).append(": the JMH run did not finish.\n\n");
            return;
        }
        text.append("| benchmark | mode | score | load |\n|---|---|---|---|\n");
        for (Object item : JSON.std.listFrom(Files.readString(jmh))) {
            Map<String, Object> run = (Map<String, Object>) item;
            String name = ((String) run.get("benchmark")).replace("org.dwdiary.bench.", "");
            Map<String, Object> params = (Map<String, Object>) run.get("params");
            if (params != null && !params.isEmpty()) {
                name += " " + params;
            }
            Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
            Map<String, Object> secondary = (Map<String, Object>) run.get("secondaryMetrics");
            Map<String, Object> load = secondary == null ? null : (Map<String, Object>) secondary.get("load");
            text.append(String.format(Locale.UK, "| `%s` | %s | %s ± %s %s | %s |%n", name, mode((String) run.get("mode")),
                    number(primary.get("score")), number(primary.get("scoreError")), primary.get("scoreUnit"),
                    load == null ? "" : String.format(Locale.UK, "%.1f", ((Number) load.get("score")).doubleValue())));
        }
        text.append('\n');
    }

    private static String mode(String mode) {
        return switch (mode) {
            case "avgt" -> "average";
            case "ss" -> "single shot";
            case "thrpt" -> "throughput";
            case "sample" -> "sample";
            default -> mode;
        };
    }

    /** Three significant figures, thousands separated: 0.0123, 1.23, 123, 12,345. */
    private static String number(Object value) {
        if (!(value instanceof Number number) || Double.isNaN(number.doubleValue())) {
            return "?";
        }
        double x = number.doubleValue();
        double size = Math.abs(x);
        String format = size >= 100 ? "%,.0f" : size >= 10 ? "%.1f" : size >= 1 ? "%.2f" : size >= 0.1 ? "%.3f" : "%.4f";
        return String.format(Locale.UK, format, x);
    }

    private static void appendParts(StringBuilder text) throws IOException {
        Path folder = Results.folder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        text.append("## Timings\n\n");
        List<Path> parts;
        try (Stream<Path> files = Files.list(folder)) {
            parts = files.filter(file -> file.toString().endsWith(".md"))
                    .sorted((a, b) -> Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b))
                    .toList();
        }
        for (Path part : parts) {
            text.append(Files.readString(part, StandardCharsets.UTF_8).strip()).append("\n\n");
        }
    }

    private static int rank(Path part) {
        String name = part.getFileName().toString().replace(".md", "");
        int index = PART_ORDER.indexOf(name);
        return index < 0 ? PART_ORDER.size() : index;
    }
}
