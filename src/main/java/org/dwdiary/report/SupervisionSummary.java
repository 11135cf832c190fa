package org.dwdiary.report;

import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a supervisor needs for a one-to-one about a run of whole ISO weeks: each week's figures (hours per
 * kind, direct-work share, worked against contracted, evenings and weekends) with the worker's note for
 * it (caseload and two short reflections), the period's totals, and the direct-work share of the same
 * number of weeks just before, to say whether it went up or down. Every figure comes from
 * {@link ReportPeriod}'s {@link Trend}, so it agrees with {@code week}, {@code trend} and {@code balance}.
 * Block notes are never read into it.
 *
 * @param trend            the weeks of the period
 * @param weeks            each week of the period, oldest first, with its note (empty when none was written)
 * @param previous         the same number of weeks just before the period
 * @param previousCaseload the last caseload given in those earlier weeks, if any
 */
public record SupervisionSummary(Trend trend, List<Week> weeks, Trend previous, Optional<Caseload> previousCaseload) {

    /** One week's figures and the worker's note about it. */
    public record Week(WeekFigures figures, WeekNote note) {
        public WeekId week() {
            return figures.week();
        }

        /** True when the worker wrote either reflection for the week. */
        public boolean hasReflections() {
            return !note.wentWell().isEmpty() || !note.gotInTheWay().isEmpty();
        }
    }

    /** A caseload as given in a week's note. */
    public record Caseload(WeekId week, int count) {
    }

    public SupervisionSummary {
        weeks = List.copyOf(weeks);
    }

    /** The weeks holding {@code first} and {@code last}, both included, and as many weeks before them. */
    public static SupervisionSummary read(Diary diary, LocalDate first, LocalDate last) {
        ReportPeriod period = ReportPeriod.read(diary, first, last);
        Map<WeekId, WeekNote> notes = period.notes().stream()
                .collect(Collectors.toMap(WeekNote::week, Function.identity(), (a, b) -> b));
        List<Week> weeks = new ArrayList<>();
        for (WeekFigures figures : period.trend().weeks()) {
            weeks.add(new Week(figures, notes.getOrDefault(figures.week(), WeekNote.empty(figures.week()))));
        }
        WeekId previousTo = period.from().plusWeeks(-1);
        WeekId previousFrom = period.from().plusWeeks(-period.weekCount());
        Diary.Period earlier = diary.period(Trend.dataFrom(previousFrom), previousTo);
        Trend previous = Trend.of(previousFrom, previousTo, earlier.blocks(), earlier.zone(), earlier.settings(), earlier.marks());
        Optional<Caseload> previousCaseload = latest(diary.weekNotes(previousFrom, previousTo));
        return new SupervisionSummary(period.trend(), Collections.unmodifiableList(weeks), previous, previousCaseload);
    }

    public WeekId from() {
        return trend.from();
    }

    public WeekId to() {
        return trend.to();
    }

    public int weekCount() {
        return weeks.size();
    }

    /** The period's direct-work share (direct ÷ all minutes), or null when nothing is logged. */
    public Double directShare() {
        return trend.directShare();
    }

    /** The direct-work share of the same number of weeks just before, or null when they hold nothing. */
    public Double previousShare() {
        return previous.directShare();
    }

    /** The worker's target share in force in the period's last week, or null when none is set. */
    public Double directTarget() {
        return weeks.get(weeks.size() - 1).figures().directTarget();
    }

    /** The period's minutes of one kind. */
    public long minutes(WorkKind kind) {
        return trend.weeks().stream().mapToLong(week -> week.minutes(kind)).sum();
    }

    /** The most recent caseload given in the period. */
    public Optional<Caseload> latestCaseload() {
        return latest(weeks.stream().map(Week::note).toList());
    }

    /**
     * What the latest caseload is compared with: the first caseload given in the period when it is from an
     * earlier week, else the last one given in the weeks before the period.
     */
    public Optional<Caseload> earlierCaseload() {
        Optional<Caseload> latest = latestCaseload();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        for (Week week : weeks) {
            Integer count = week.note().caseload();
            if (count != null) {
                return week.week().equals(latest.get().week()) ? previousCaseload : Optional.of(new Caseload(week.week(), count));
            }
        }
        return previousCaseload;
    }

    /** Weeks without a reflection, oldest first. */
    public List<WeekId> weeksWithoutReflections() {
        return weeks.stream().filter(week -> !week.hasReflections()).map(Week::week).toList();
    }

    private static Optional<Caseload> latest(List<WeekNote> notes) {
        Caseload found = null;
        for (WeekNote note : notes) {
            if (note.caseload() != null && (found == null || note.week().compareTo(found.week()) > 0)) {
                found = new Caseload(note.week(), note.caseload());
            }
        }
        return Optional.ofNullable(found);
    }
}
