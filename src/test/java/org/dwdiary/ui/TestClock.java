package org.dwdiary.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test can move forward, so a running timer has minutes to record. */
final class TestClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    TestClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
