package org.dwdiary.bench;

import org.dwdiary.domain.CalendarImportPlan;
import org.dwdiary.domain.KindRules;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.io.CalendarRead;
import org.dwdiary.io.CalendarReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A year of Outlook meetings (3 weekly and 2 daily series, with exceptions and moved occurrences:
 * src/test/resources/calendars/outlook-year-of-meetings.ics): reading it, and reading plus planning the
 * import into an empty diary (kinds, overlaps between events). The store's part is one transaction.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CalendarImportBench {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private byte[] calendar;

    @Setup(Level.Trial)
    public void load() throws IOException {
        try (InputStream in = CalendarImportBench.class.getResourceAsStream("/calendars/outlook-year-of-meetings.ics")) {
            calendar = in.readAllBytes();
        }
    }

    @Benchmark
    public CalendarRead readAYearOfMeetings() throws IOException {
        return CalendarReader.read(new ByteArrayInputStream(calendar), "year.ics", LONDON, null, LocalDate.of(2026, 12, 31));
    }

    @Benchmark
    public CalendarImportPlan readAndPlanAYearOfMeetings() throws IOException {
        CalendarRead read = readAYearOfMeetings();
        return CalendarImportPlan.of(read.events(), Map.of(), List.of(), title -> Optional.empty(),
                KindRules.defaults(), WorkKind.MEETINGS, false, LONDON);
    }
}
