package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.OverlapException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.RunningTimer;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The running timer lives in the diary: it survives a restart, and stopping it records a block. */
class TimerTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON);
    @TempDir Path folder;

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }

    static RunningTimer timer(String start, WorkKind kind, String activity) {
        return new RunningTimer(at(start), LONDON, kind, activity, null);
    }

    @Test
    void aStartedTimerSurvivesClosingTheDiaryAndStopsIntoABlock() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(Optional.empty(), diary.startTimer(timer("2026-03-04T09:00", WorkKind.DIRECT, "Home visit"), RecordedVia.GUI));
        }
        try (Diary diary = Diary.open(folder, CLOCK)) {
            RunningTimer running = diary.runningTimer().orElseThrow();
            assertEquals("Home visit", running.activity());
            assertEquals(180, running.elapsedMinutes(CLOCK.instant()));
            Block block = diary.stopTimer(at("2026-03-04T10:30"), RecordedVia.GUI).orElseThrow();
            assertEquals(90, block.minutes());
            assertEquals(Optional.empty(), diary.runningTimer());
            assertEquals(1, diary.count());
            assertEquals(Optional.of(WorkKind.DIRECT), diary.kindOf("Home visit"));
        }
    }

    @Test
    void startingAnotherStopsTheRunningOneAtTheSameInstant() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.startTimer(timer("2026-03-04T09:00", WorkKind.TRAVEL, "Travel to visit"), RecordedVia.CLI);
            Block travel = diary.startTimer(timer("2026-03-04T09:40", WorkKind.DIRECT, "Home visit"), RecordedVia.CLI)
                    .orElseThrow();
            assertEquals(at("2026-03-04T09:40"), travel.end());
            assertEquals(at("2026-03-04T09:40"), diary.runningTimer().orElseThrow().start());
        }
    }

    @Test
    void aTimerStoppedWithinItsFirstMinuteRecordsNothing() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.startTimer(timer("2026-03-04T09:00", WorkKind.DIRECT, "Home visit"), RecordedVia.CLI);
            assertEquals(Optional.empty(), diary.stopTimer(at("2026-03-04T09:00").plusSeconds(40), RecordedVia.CLI));
            assertEquals(0, diary.count());
            assertEquals(Optional.empty(), diary.runningTimer());
        }
    }

    @Test
    void aTimerLeftRunningOverTheWeekendAsksWhenItStopped() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.startTimer(timer("2026-02-27T17:00", WorkKind.RECORDING, "Case notes"), RecordedVia.CLI);
            InputRefusedException refused = assertThrows(InputRefusedException.class,
                    () -> diary.stopTimer(CLOCK.instant(), RecordedVia.CLI));
            assertTrue(refused.getMessage().contains("has run since Fri 27 Feb 2026 17:00"), refused.getMessage());
            assertTrue(diary.runningTimer().isPresent(), "still running: nothing was lost");
            diary.stopTimer(at("2026-02-27T18:30"), RecordedVia.CLI);
            assertEquals(90, diary.all().get(0).minutes());
        }
    }

    @Test
    void aTimerCannotStartInsideALoggedBlock() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.add(Block.create(at("2026-03-04T11:00"), at("2026-03-04T12:30"), LONDON, WorkKind.MEETINGS, "Panel", null),
                    RecordedVia.GUI);
            InputRefusedException refused = assertThrows(InputRefusedException.class,
                    () -> diary.startTimer(timer("2026-03-04T12:00", WorkKind.DIRECT, "Home visit"), RecordedVia.CLI));
            assertTrue(refused.getMessage().contains("\"Panel\""), refused.getMessage());
            assertEquals(Optional.empty(), diary.runningTimer());
        }
    }

    @Test
    void aBlockLoggedMeanwhileMakesStopRefuseUntilTheUserChoosesTimes() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.startTimer(timer("2026-03-04T09:00", WorkKind.RECORDING, "Case notes"), RecordedVia.GUI);
            diary.add(Block.create(at("2026-03-04T10:00"), at("2026-03-04T10:30"), LONDON, WorkKind.DIRECT, "Phone call", null),
                    RecordedVia.CLI);
            OverlapException clash = assertThrows(OverlapException.class,
                    () -> diary.stopTimer(at("2026-03-04T11:00"), RecordedVia.GUI));
            assertEquals("Phone call", clash.clashes().get(0).activity());
            assertTrue(diary.runningTimer().isPresent());

            diary.stopTimerAs(clash.proposed().withTimes(at("2026-03-04T09:00"), at("2026-03-04T10:00")), RecordedVia.GUI);
            assertEquals(2, diary.count());
            assertEquals(Optional.empty(), diary.runningTimer());
        }
    }

    @Test
    void discardingForgetsTheTimer() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.startTimer(timer("2026-03-04T09:00", WorkKind.RECORDING, "Case notes"), RecordedVia.GUI);
            assertEquals("Case notes", diary.discardTimer().orElseThrow().activity());
            assertEquals(0, diary.count());
            assertThrows(InputRefusedException.class, () -> diary.stopTimer(CLOCK.instant(), RecordedVia.GUI));
        }
    }
}
