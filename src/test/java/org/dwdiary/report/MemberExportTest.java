package org.dwdiary.report;

import com.fasterxml.jackson.jr.ob.JSON;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.store.Diary;
import org.dwdiary.ui.trends.SmallDiary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A member file from {@link SmallDiary} (3:00 contract, weeks 7 to 10 of 2026 worked out by hand), with
 * the overtime scheme "none" so that all overtime is unpaid, and with activities, notes and week notes
 * of distinctive words that must never reach the file.
 */
class MemberExportTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T12:00:00Z"), SmallDiary.LONDON);
    static final List<String> PRIVATE = List.of("Zanzibar", "Quimby", "Xylophone", "Marmalade", "Fennimore", "Europe/London");

    @TempDir Path folder;
    Diary diary;

    @BeforeEach
    void open() {
        diary = Diary.open(folder.resolve("diary"), CLOCK);
        SmallDiary.write(diary);
        diary.setWorkingRule(WorkingRules.Key.OVERTIME_SCHEME, "none");
        // In week 6: nothing of it may reach the file but its minutes.
        diary.add(Block.create(at("2026-02-03T09:00"), at("2026-02-03T10:00"), SmallDiary.LONDON, WorkKind.DIRECT,
                "Zanzibar visit", "Quimby family, Xylophone Street"), RecordedVia.GUI);
        diary.saveWeekNote(new WeekNote(WeekId.parse("2026-W06"), 14, "Marmalade", "Fennimore"));
    }

    @AfterEach
    void close() {
        diary.close();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SmallDiary.LONDON).toInstant();
    }

    @Test
    void theFileHoldsTheWeeklyFiguresOfWholeWeeks() throws IOException {
        MemberExport export = MemberExport.read(diary, LocalDate.of(2026, 2, 11), LocalDate.of(2026, 3, 4));
        Map<String, Object> json = JSON.std.mapFrom(export.toJson());

        assertEquals(List.of("format", "memberId", "from", "to", "unpaidMinutes", "weeks", "checksum"), List.copyOf(json.keySet()));
        assertEquals("dwdiary-member/1", json.get("format"));
        assertEquals(diary.memberId(), json.get("memberId"));
        assertEquals("2026-02-09", json.get("from"), "the Monday of the first day's week");
        assertEquals("2026-03-08", json.get("to"), "the Sunday of the last day's week");
        assertEquals(60 + 75, ((Number) json.get("unpaidMinutes")).intValue(), "scheme none: all weekly overtime is unpaid");
        List<?> weeks = (List<?>) json.get("weeks");
        assertEquals(4, weeks.size());
        Map<?, ?> w07 = (Map<?, ?>) weeks.get(0);
        assertEquals("2026-W07", w07.get("week"));
        assertEquals(Map.of("direct", 60, "recording", 60, "travel", 0, "meetings", 0), w07.get("minutes"));
        assertEquals(120, w07.get("worked"));
        assertEquals(180, w07.get("contracted"));
        assertEquals(0, w07.get("overtime"));
        assertEquals(60, w07.get("outsideHours"), "Saturday is not a working day");
        assertEquals(0.5, ((Number) w07.get("directShare")).doubleValue());
        assertEquals(Map.of(), w07.get("breaches"));
        Map<?, ?> w09 = (Map<?, ?>) weeks.get(2);
        assertEquals(0, w09.get("worked"));
        assertTrue(w09.containsKey("directShare") && w09.get("directShare") == null, "nothing logged: no share, not 0%");
        Map<?, ?> w10 = (Map<?, ?>) weeks.get(3);
        assertEquals(255, w10.get("worked"));
        assertEquals(75, w10.get("overtime"));
        assertEquals(90, w10.get("outsideHours"));
        assertEquals(0.2941, ((Number) w10.get("directShare")).doubleValue(), "75 of 255, to four decimals");
        assertTrue(((String) json.get("checksum")).matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    void possibleBreachesAreCountedPerRuleInTheirWeek() throws IOException {
        // Week 11: Monday ends at 23:00, Tuesday starts at 07:00 — 8 hours of rest.
        diary.add(SmallDiary.block("2026-03-09T17:00", "2026-03-09T23:00", WorkKind.RECORDING), RecordedVia.GUI);
        diary.add(SmallDiary.block("2026-03-10T07:00", "2026-03-10T08:00", WorkKind.TRAVEL), RecordedVia.GUI);

        MemberExport export = MemberExport.read(diary, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 15));

        assertEquals(Map.of(), export.weeks().get(0).breaches());
        assertEquals(Map.of("daily-rest-11h", 1), export.weeks().get(1).breaches());
        assertEquals(1, MemberFile.parse("m.json", export.toJson().getBytes(StandardCharsets.UTF_8)).weeks().get(1).breachCount());
    }

    @Test
    void noActivityNoteWeekNoteOrZoneReachesTheFile() throws IOException {
        Path file = folder.resolve("member.json");
        MemberExport.read(diary, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 8)).write(file);
        String text = Files.readString(file);

        assertTrue(text.contains("\"2026-W06\""), "week 6 is in the file");
        assertTrue(text.contains("\"direct\" : 60"), text.substring(0, Math.min(text.length(), 900)));
        for (String word : PRIVATE) {
            assertFalse(text.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)), word + " is in the file");
        }
        assertFalse(text.contains("09:00") || text.contains("T10:00"), "no times of day");
    }

    @Test
    void theMemberIdIsTheSameInEveryFileFromOneDiaryAndDiffersBetweenDiaries() {
        String first = MemberExport.read(diary, LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 15)).memberId();
        String second = MemberExport.read(diary, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8)).memberId();
        assertEquals(first, second);
        try (Diary other = Diary.open(folder.resolve("other"), CLOCK)) {
            assertFalse(other.memberId().equals(first));
        }
        assertTrue(first.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), "a random (version 4) UUID: " + first);
    }

    @Test
    void aFileReadsBackAsTheSameFigures() throws IOException {
        MemberExport export = MemberExport.read(diary, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 8));
        Path file = folder.resolve("member.json");
        export.write(file);

        assertEquals(export, MemberFile.read(file).export());
    }

    @Test
    void aOneCharacterEditIsDetected() throws IOException {
        Path file = folder.resolve("team-3.json");
        MemberExport.read(diary, LocalDate.of(2026, 2, 9), LocalDate.of(2026, 3, 8)).write(file);
        String text = Files.readString(file);
        // Week 10's 90 minutes outside hours become 80: still a sound figure, but not the one the member sent.
        String edited = text.replaceFirst("\"outsideHours\" : 90", "\"outsideHours\" : 80");
        assertFalse(edited.equals(text));
        Files.writeString(file, edited);

        var refused = assertThrows(org.dwdiary.domain.InputRefusedException.class, () -> MemberFile.read(file));
        assertEquals("team-3.json: the checksum does not match; the file was edited or damaged", refused.getMessage());
    }

    @Test
    void anEmptyDiaryGivesWeeksWithNothingLogged() throws IOException {
        try (Diary empty = Diary.open(folder.resolve("empty"), CLOCK)) {
            MemberExport export = MemberExport.read(empty, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8));
            assertEquals(1, export.weeks().size());
            assertNull(export.weeks().get(0).directShare());
            assertEquals(export, MemberFile.parse("e.json", export.toJson().getBytes(StandardCharsets.UTF_8)));
        }
    }
}
