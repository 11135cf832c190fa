package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.WorkKind;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Fixed time and small builders for the store tests: Wednesday 4 March 2026, noon in London. */
final class TestDiaries {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON);

    private TestDiaries() {
    }

    /** A London wall-clock time such as "2026-03-02T09:00" as an instant. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    /** A new (unstored) block between two London wall-clock times. */
    static Block block(String from, String to, WorkKind kind, String activity) {
        return Block.create(at(from), at(to), LONDON, kind, activity, null);
    }

    /** The store's own JDBC connection, for checking per-connection settings such as foreign keys. */
    static Connection connectionOf(Diary diary) throws ReflectiveOperationException {
        Field field = Diary.class.getDeclaredField("connection");
        field.setAccessible(true);
        return (Connection) field.get(diary);
    }
}
