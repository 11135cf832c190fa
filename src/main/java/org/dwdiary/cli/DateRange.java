package org.dwdiary.cli;

import org.dwdiary.domain.InputRefusedException;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The {@code --from DATE --to DATE} options (both days included), shared by the commands that take a period. */
final class DateRange {
    @Option(names = "--from", paramLabel = "DATE", description = "First day included (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day included (YYYY-MM-DD).")
    LocalDate to;

    /** [start of the first day, start of the day after the last), with defaults for missing ends. */
    Instant[] instants(ZoneId zone, LocalDate defaultFrom, LocalDate defaultTo) {
        LocalDate first = from != null ? from : defaultFrom;
        LocalDate last = to != null ? to : defaultTo;
        if (first.isAfter(last)) {
            throw new InputRefusedException("--from " + first + " is after --to " + last);
        }
        return new Instant[] {first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant()};
    }
}
