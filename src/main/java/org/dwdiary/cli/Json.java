package org.dwdiary.cli;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Compact JSON for the CLI's --json output. Keys keep the order they are put in. */
final class Json {
    private static final JSON WRITER = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);

    private Json() {
    }

    static String write(Object value) {
        try {
            return WRITER.asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A share 0–1 to four decimal places (0.25, not 0.2500), or null. */
    static BigDecimal share(Double share) {
        return share == null ? null : BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
