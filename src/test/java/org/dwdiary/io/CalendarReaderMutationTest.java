package org.dwdiary.io;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dwdiary.domain.InputRefusedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever happens to a calendar file on its way (lines lost or doubled, cut short, bytes changed), reading it
 * gives a result or a refusal that names the file, and never any other exception.
 */
class CalendarReaderMutationTest {
    private static final List<String> VALID = List.of("outlook-gmt-standard-time.ics", "google-europe-london.ics",
            "apple-floating-utc-lf-bom.ics", "outlook-windows-zones.ics", "skips.ics");

    enum Change { DROP_LINE, DOUBLE_LINE, CUT_OFF, REPLACE_BYTE, SWAP_LINES }

    record Mutation(Change change, int where, int other, byte value) {
    }

    @Property(tries = 600)
    void mutatedCalendarIsReadOrRefusedNeverAnotherException(@ForAll("mutatedCalendars") byte[] file) throws IOException {
        try {
            CalendarRead read = CalendarReader.read(new ByteArrayInputStream(file), "mutated.ics",
                    CalendarReaderTest.LONDON, null, null);
            assertNotNull(read.events());
        } catch (InputRefusedException refused) {
            assertTrue(refused.getMessage().startsWith("mutated.ics "), refused.getMessage());
        }
    }

    @Property(tries = 200)
    void anyBytesAtAllAreReadOrRefused(@ForAll("anyBytes") byte[] file) throws IOException {
        try {
            CalendarReader.read(new ByteArrayInputStream(file), "noise.ics", CalendarReaderTest.LONDON, null, null);
        } catch (InputRefusedException refused) {
            assertTrue(refused.getMessage().startsWith("noise.ics "), refused.getMessage());
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedCalendars() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Change.class),
                Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.bytes()).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(VALID), mutation.list().ofMinSize(1).ofMaxSize(8))
                .as((fixture, mutations) -> mutate(fixture(fixture), mutations));
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
        Arbitrary<byte[]> calendarThenNoise = noise.map(bytes -> concat("BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII), bytes));
        return Arbitraries.oneOf(noise, calendarThenNoise);
    }

    private static byte[] mutate(byte[] file, List<Mutation> mutations) {
        List<byte[]> lines = lines(file);
        for (Mutation m : mutations) {
            if (lines.isEmpty()) {
                break;
            }
            int line = m.where() % lines.size();
            switch (m.change()) {
                case DROP_LINE -> lines.remove(line);
                case DOUBLE_LINE -> lines.add(line, lines.get(line));
                case SWAP_LINES -> {
                    int other = m.other() % lines.size();
                    byte[] swapped = lines.get(line);
                    lines.set(line, lines.get(other));
                    lines.set(other, swapped);
                }
                case CUT_OFF -> {
                    byte[] whole = join(lines);
                    lines = lines(Arrays.copyOf(whole, m.where() % (whole.length + 1)));
                }
                case REPLACE_BYTE -> {
                    byte[] changed = lines.get(line).clone();
                    if (changed.length > 0) {
                        changed[m.other() % changed.length] = m.value();
                    }
                    lines.set(line, changed);
                }
            }
        }
        return join(lines);
    }

    /** The file's lines, each with its line end. */
    private static List<byte[]> lines(byte[] file) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n') {
                lines.add(Arrays.copyOfRange(file, start, i + 1));
                start = i + 1;
            }
        }
        if (start < file.length) {
            lines.add(Arrays.copyOfRange(file, start, file.length));
        }
        return lines;
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] fixture(String name) {
        try {
            return CalendarReaderTest.bytes(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
