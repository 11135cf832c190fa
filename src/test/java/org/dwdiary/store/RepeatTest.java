package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.RepeatPlan;
import org.dwdiary.domain.Template;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Copy a day, copy a week's pattern, templates: what overlaps is shown and skipped, the rest added in one go. */
class RepeatTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON);
    @TempDir Path folder;

    static Block block(String from, String to, WorkKind kind, String activity, String note) {
        return Block.create(LocalDateTime.parse(from).atZone(LONDON).toInstant(),
                LocalDateTime.parse(to).atZone(LONDON).toInstant(), LONDON, kind, activity, note);
    }

    @Test
    void copyingADayKeepsTimesKindsAndActivitiesButNotNotesAndSkipsOverlaps() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.setZone("Europe/London");
            diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.MEETINGS, "Team meeting", "agenda"), RecordedVia.CLI);
            diary.add(block("2026-03-02T22:00", "2026-03-03T00:30", WorkKind.RECORDING, "Case notes", null), RecordedVia.CLI);
            diary.add(block("2026-03-04T09:30", "2026-03-04T11:00", WorkKind.DIRECT, "Home visit", null), RecordedVia.CLI);

            assertEquals(Optional.of(LocalDate.of(2026, 3, 2)), diary.lastDayWithBlocksBefore(LocalDate.of(2026, 3, 4)));
            RepeatPlan plan = diary.planCopyDay(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4));
            assertEquals(2, plan.items().size());
            assertFalse(plan.items().get(0).added(), "the team meeting would overlap the visit");
            assertEquals("Home visit", plan.items().get(0).clashes().get(0).activity());
            Block copied = plan.toAdd().get(0);
            assertEquals(block("2026-03-04T22:00", "2026-03-05T00:30", WorkKind.RECORDING, "Case notes", null), copied);

            diary.apply(plan.change(), RecordedVia.GUI);
            assertEquals(4, diary.count());
        }
    }

    @Test
    void aWeeksPatternKeepsItsWallClockTimesAcrossTheClockChange() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.setZone("Europe/London");
            diary.add(block("2026-03-23T09:00", "2026-03-23T10:00", WorkKind.MEETINGS, "Team meeting", null), RecordedVia.CLI);
            diary.add(block("2026-03-27T13:00", "2026-03-27T17:00", WorkKind.RECORDING, "Case notes", null), RecordedVia.CLI);

            RepeatPlan plan = diary.planCopyWeek(WeekId.parse("2026-W13"), WeekId.parse("2026-W14"));
            assertEquals(List.of(
                    block("2026-03-30T09:00", "2026-03-30T10:00", WorkKind.MEETINGS, "Team meeting", null),
                    block("2026-04-03T13:00", "2026-04-03T17:00", WorkKind.RECORDING, "Case notes", null)), plan.toAdd());
        }
    }

    @Test
    void templatesAreSavedReplacedAppliedAndDeleted() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.setZone("Europe/London");
            Template monday = new Template("Monday team meeting",
                    List.of(new Template.Part(LocalTime.of(10, 0), LocalTime.of(11, 0), WorkKind.MEETINGS, "Team meeting")));
            assertFalse(diary.saveTemplate(monday));
            Template longer = new Template("monday TEAM meeting",
                    List.of(new Template.Part(LocalTime.of(10, 0), LocalTime.of(11, 30), WorkKind.MEETINGS, "Team meeting")));
            assertTrue(diary.saveTemplate(longer), "same name in another case replaces it");
            assertEquals(List.of(longer), diary.templates());

            diary.add(block("2026-03-09T11:00", "2026-03-09T12:00", WorkKind.DIRECT, "Home visit", null), RecordedVia.CLI);
            RepeatPlan plan = diary.planTemplate(diary.template("Monday team meeting").orElseThrow(), LocalDate.of(2026, 3, 9));
            assertEquals(1, plan.skipped(), "10:00-11:30 overlaps the 11:00 visit");
            RepeatPlan free = diary.planTemplate(longer, LocalDate.of(2026, 3, 16));
            diary.apply(free.change(), RecordedVia.GUI);
            assertEquals(90, diary.all().get(1).minutes());

            assertTrue(diary.deleteTemplate("Monday Team Meeting"));
            assertEquals(List.of(), diary.templates());
        }
    }
}
