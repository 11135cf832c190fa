package org.dwdiary.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.Contract;
import org.dwdiary.domain.DayMinutes;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fast day ledger agrees, minute for minute, with the plain definitions: a week's minutes are
 * {@link DayMinutes}' minutes of its days, and a minute is outside hours when its day is not a working day
 * or its wall-clock time is outside the window. Blocks are drawn around both of London's clock changes of
 * 2026 and a mid-week change of contract.
 */
class WeekFiguresPropertyTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate CHANGE = LocalDate.of(2026, 3, 26);
    private static final SettingsTimeline SETTINGS = new SettingsTimeline(List.of(
            new SettingsTimeline.Change(FigureSetting.WORKING_DAYS, CHANGE, "Tue-Sat"),
            new SettingsTimeline.Change(FigureSetting.STANDARD_WINDOW, CHANGE, "07:15-19:45"),
            new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, CHANGE, "22:31")));
    private static final List<Instant> AROUND = List.of(
            ZonedDateTime.of(2026, 3, 29, 1, 0, 0, 0, LONDON).toInstant(),
            ZonedDateTime.of(2026, 10, 25, 1, 0, 0, 0, LONDON).toInstant());

    @Provide
    Arbitrary<List<Block>> blocks() {
        Arbitrary<Block> block = Combinators.combine(
                Arbitraries.of(AROUND),
                Arbitraries.integers().between(-12 * 24 * 60, 12 * 24 * 60),
                Arbitraries.integers().between(1, 24 * 60),
                Arbitraries.of(WorkKind.class)).as((around, offset, length, kind) -> {
                    Instant start = around.plusSeconds(offset * 60L);
                    return Block.create(start, start.plusSeconds(length * 60L), LONDON, kind, null, null);
                });
        return block.list().ofMaxSize(12);
    }

    @Property(tries = 400)
    void theLedgerAgreesWithTheDefinitionsMinuteForMinute(@ForAll("blocks") List<Block> blocks) {
        for (Instant around : AROUND) {
            WeekId middle = WeekId.of(around.atZone(LONDON).toLocalDate());
            for (WeekId week = middle.plusWeeks(-2); week.compareTo(middle.plusWeeks(2)) <= 0; week = week.plusWeeks(1)) {
                WeekFigures figures = WeekFigures.of(week, blocks, LONDON, SETTINGS);
                long total = 0;
                long outsideWindow = 0;
                long nonWorking = 0;
                long direct = 0;
                for (Block block : blocks) {
                    for (var day : DayMinutes.of(block, LONDON).entrySet()) {
                        if (week.contains(day.getKey())) {
                            total += day.getValue();
                            direct += block.kind() == WorkKind.DIRECT ? day.getValue() : 0;
                        }
                    }
                    for (Instant minute = block.start(); minute.isBefore(block.end()); minute = minute.plusSeconds(60)) {
                        ZonedDateTime local = minute.atZone(LONDON);
                        if (!week.contains(local.toLocalDate())) {
                            continue;
                        }
                        Contract contract = SETTINGS.on(local.toLocalDate());
                        if (!contract.isWorkingDay(local.getDayOfWeek())) {
                            nonWorking++;
                        } else if (local.toLocalTime().isBefore(contract.windowStart())
                                || !local.toLocalTime().isBefore(contract.windowEnd())) {
                            outsideWindow++;
                        }
                    }
                }
                assertEquals(total, figures.totalMinutes(), week + " total");
                assertEquals(direct, figures.minutes(WorkKind.DIRECT), week + " direct");
                assertEquals(outsideWindow, figures.outsideWindowMinutes(), week + " outside the window");
                assertEquals(nonWorking, figures.nonWorkingDayMinutes(), week + " non-working days");
                long contract = 0;
                for (LocalDate day = week.monday(); !day.isAfter(week.sunday()); day = day.plusDays(1)) {
                    contract += SETTINGS.on(day).dailyMinutes(day.getDayOfWeek());
                }
                assertEquals(contract, figures.contractMinutes(), week + " contract");
            }
        }
    }

    @Property(tries = 200)
    void aTrendIsItsWeeksOneByOne(@ForAll("blocks") List<Block> blocks) {
        WeekId from = WeekId.of(AROUND.get(0).atZone(LONDON).toLocalDate()).plusWeeks(-2);
        Trend trend = Trend.of(from, from.plusWeeks(4), blocks, LONDON, SETTINGS);
        List<WeekFigures> oneByOne = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            oneByOne.add(WeekFigures.of(from.plusWeeks(i), blocks, LONDON, SETTINGS));
        }
        assertEquals(oneByOne, trend.weeks());
    }
}
