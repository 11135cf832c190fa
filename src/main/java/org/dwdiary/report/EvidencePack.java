package org.dwdiary.report;

import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.Integrity;
import org.dwdiary.domain.RecordKeeping;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.WeekId;
import org.dwdiary.store.Diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the union evidence pack shows about a run of whole ISO weeks: the weeks' figures, balances,
 * possible breaches, blocks and day marks ({@link ReportPeriod}, the same code as {@code week},
 * {@code balance} and {@code check}), how the weeks' record was kept, whether the diary's history is
 * intact (with the chain's final hash, which {@code dwdiary verify} prints too), the settings the figures
 * were counted with, and the reader's choices ({@link Options}). Every figure is taken from the report
 * classes; this record only groups them by week for the tables.
 *
 * @param firstBlockDay the local day of the diary's first block (where balances count from when no
 *                      balance-from is set), if it has any
 */
public record EvidencePack(Options options, ReportPeriod period, RecordKeeping recordKeeping, Integrity integrity,
                           SettingsTimeline settings, Optional<LocalDate> firstBlockDay) {

    /**
     * @param name      the worker's name, printed on the cover only when given (null or blank: not given)
     * @param employer  the employer, likewise
     * @param withNotes whether the appendix prints the blocks' notes (left out unless asked, for privacy)
     */
    public record Options(String name, String employer, boolean withNotes) {
        public static final Options NONE = new Options(null, null, false);

        public Options {
            name = given(name);
            employer = given(employer);
        }

        private static String given(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    /** The pack of the weeks holding {@code first} and {@code last}, both included. */
    public static EvidencePack read(Diary diary, LocalDate first, LocalDate last, Options options) {
        ReportPeriod period = ReportPeriod.read(diary, first, last);
        RecordKeeping kept = diary.recordKeeping(period.from().start(period.zone()), period.to().end(period.zone()));
        return new EvidencePack(options == null ? Options.NONE : options, period, kept, diary.verify(),
                diary.settingsTimeline(), diary.firstDay());
    }

    public Trend trend() {
        return period.trend();
    }

    public Balances balances() {
        return period.balances();
    }

    public List<PossibleBreach> breaches() {
        return period.breaches();
    }

    /**
     * The possible breaches of each week of the period, in the week each belongs to
     * ({@link PossibleBreach#week()}); one found for a week before the period (a short rest reaching
     * into its first Monday) is counted in the first week.
     */
    public Map<WeekId, List<PossibleBreach>> breachesByWeek() {
        Map<WeekId, List<PossibleBreach>> byWeek = weekMap();
        for (PossibleBreach breach : period.breaches()) {
            WeekId week = breach.week();
            if (week.compareTo(period.from()) < 0) {
                week = period.from();
            } else if (week.compareTo(period.to()) > 0) {
                week = period.to();
            }
            byWeek.get(week).add(breach);
        }
        return byWeek;
    }

    /** The count of possible breaches of each rule, for the rules with any. */
    public Map<PossibleBreach.Rule, Integer> breachCounts() {
        Map<PossibleBreach.Rule, Integer> counts = new EnumMap<>(PossibleBreach.Rule.class);
        for (PossibleBreach breach : period.breaches()) {
            counts.merge(breach.rule(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** The day marks (leave, sickness, bank holidays, TOIL taken) of each week of the period. */
    public Map<WeekId, List<DayMark>> marksByWeek() {
        Map<WeekId, List<DayMark>> byWeek = weekMap();
        for (DayMark mark : period.marks()) {
            List<DayMark> marks = byWeek.get(WeekId.of(mark.day()));
            if (marks != null) {
                marks.add(mark);
            }
        }
        return byWeek;
    }

    private <T> Map<WeekId, List<T>> weekMap() {
        Map<WeekId, List<T>> byWeek = new LinkedHashMap<>();
        for (WeekId week = period.from(); week.compareTo(period.to()) <= 0; week = week.plusWeeks(1)) {
            byWeek.put(week, new ArrayList<>());
        }
        return byWeek;
    }
}
