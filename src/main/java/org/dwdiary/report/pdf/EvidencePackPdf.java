package org.dwdiary.report.pdf;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.Integrity;
import org.dwdiary.domain.RecordKeeping;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.report.Balances;
import org.dwdiary.report.ChartScale;
import org.dwdiary.report.EvidencePack;
import org.dwdiary.report.PossibleBreach;
import org.dwdiary.report.Progress;
import org.dwdiary.report.ReportPeriod;
import org.dwdiary.report.Trend;
import org.dwdiary.report.WeekFigures;
import org.dwdiary.report.WorkingTimeChecks;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.dwdiary.report.pdf.ReportPages.Column.left;
import static org.dwdiary.report.pdf.ReportPages.Column.right;

/**
 * The union evidence pack as a PDF a representative can put in a grievance or tribunal bundle: a cover
 * (the worker and employer only when given, the period, the generation date, what the pack is and its
 * contents), the summary figures, the weeks in a table, four charts, the possible breaches of the Working
 * Time Regulations with their dates and figures, how the record was kept (with the history's final hash),
 * and an appendix of every block. Every figure comes from the {@link EvidencePack}; this class only lays
 * them out.
 */
public final class EvidencePackPdf {
    public static final String TITLE = "Working time evidence";
    static final String SUMMARY = "Summary";
    static final String WEEKS = "Week by week";
    static final String CHARTS = "Charts";
    static final String BREACHES = "Possible breaches of the Working Time Regulations";
    static final String RECORD = "How the record was kept";
    static final String APPENDIX = "Appendix: every block";
    private static final int ROWS_PER_STEP = 100;
    private static final int WEEKS_LABELLED_BY_DAY = 53;
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("d MMM", DisplayFormats.LOCALE);
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM yyyy", DisplayFormats.LOCALE);
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' HH:mm", DisplayFormats.LOCALE);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", DisplayFormats.LOCALE);
    /** "BST", "GMT": which of a time that happens twice, in the words of the clocks people read. */
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", DisplayFormats.LOCALE);
    private static final float TABLE_SIZE = 7.5f;
    private static final float FACT_LABELS = 0.42f;

    /** The finished PDF and its number of pages. */
    public record Rendered(byte[] bytes, int pages) {
    }

    private final EvidencePack pack;
    private final ReportPeriod period;
    private final ZonedDateTime generated;
    private final Progress progress;
    private final ReportPages pages;
    private final Map<String, Integer> sections = new LinkedHashMap<>();

    private EvidencePackPdf(EvidencePack pack, ZonedDateTime generated, Progress progress, ReportPages pages) {
        this.pack = pack;
        this.period = pack.period();
        this.generated = generated;
        this.progress = progress;
        this.pages = pages;
    }

    /** The pack as PDF bytes; a cancelled {@code progress} stops it with a CancellationException. */
    public static byte[] render(EvidencePack pack, ZonedDateTime generated, Progress progress) throws IOException {
        return build(pack, generated, progress).bytes();
    }

    /** The same, with the number of pages (for a message such as "61 pages"). */
    public static Rendered build(EvidencePack pack, ZonedDateTime generated, Progress progress) throws IOException {
        Objects.requireNonNull(pack, "pack");
        Progress reported = progress == null ? Progress.NONE : progress;
        try (ReportPages pages = new ReportPages(TITLE, generated)) {
            EvidencePackPdf pdf = new EvidencePackPdf(pack, generated, reported, pages);
            pdf.write();
            reported.step("Saving the PDF", 0.97);
            byte[] bytes = pages.toBytes();
            reported.update("Done", 1);
            return new Rendered(bytes, pages.pageCount());
        }
    }

    private void write() throws IOException {
        progress.step("Cover", 0.01);
        float contentsTop = cover();
        pages.newPage();
        progress.step(SUMMARY, 0.04);
        summary();
        progress.step(WEEKS, 0.08);
        weeks();
        progress.step(CHARTS, 0.14);
        charts();
        progress.step(BREACHES, 0.2);
        breaches();
        progress.step(RECORD, 0.24);
        record();
        progress.step(APPENDIX, 0.26);
        appendix();
        contents(contentsTop);
    }

    private void section(String title) throws IOException {
        pages.heading(title);
        sections.put(title, pages.pageNumber());
    }

    // ---------------------------------------------------------------- cover

    /** @return where the contents list goes, drawn last when its page numbers are known */
    private float cover() throws IOException {
        pages.space(70);
        pages.title(TITLE);
        pages.paragraph("Hours worked, from the worker's own diary", 12, false, ReportPages.MUTED);
        pages.space(22);
        List<String[]> facts = new ArrayList<>();
        EvidencePack.Options options = pack.options();
        if (options.name() != null) {
            facts.add(new String[] {"Worker", options.name()});
        }
        if (options.employer() != null) {
            facts.add(new String[] {"Employer", options.employer()});
        }
        facts.add(new String[] {"Period", weeksText()});
        facts.add(new String[] {"Dates", DisplayFormats.day(period.firstDay()) + " to " + DisplayFormats.day(period.lastDay())});
        facts.add(new String[] {"Generated", GENERATED.format(generated) + " (" + generated.getZone().getId() + ")"});
        pages.facts(facts, 0.25f);
        pages.space(10);
        pages.subheading("In brief");
        pages.paragraph(inBrief());
        pages.space(4);
        pages.subheading("What this pack is");
        pages.paragraph("This is the worker's own contemporaneous diary of their working time, kept in Direct Work Diary "
                + "as the work was done. The figures (contracted hours, hours worked, overtime, balances and possible "
                + "breaches of the Working Time Regulations 1998) are computed by Direct Work Diary from that record, "
                + "the same way each time. Possible breaches are found from the worker's own record; they are not "
                + "legal advice. The last section before the appendix says how the record was kept and how this "
                + "pack can be matched to the diary.");
        if (!options.withNotes()) {
            pages.note("The blocks' private notes are left out of this pack.");
        }
        pages.space(10);
        pages.subheading("Contents");
        float top = pages.position();
        pages.space(6 * BODY_LEADING + 6);
        return top;
    }

    /** The headline figures in a sentence, each as the summary gives it. */
    private String inBrief() {
        Trend trend = pack.trend();
        Balances balances = pack.balances();
        int found = pack.breaches().size();
        return hours(trend.totalMinutes()) + " hours worked against " + hours(trend.contractMinutes()) + " contracted in "
                + weeks(trend.weeks().size()) + "; " + hours(balances.overtimeMinutes()) + " of overtime, of which "
                + hours(balances.unpaidMinutes()) + " unpaid; " + (found == 0 ? "no" : String.valueOf(found)) + " possible "
                + (found == 1 ? "breach" : "breaches") + " of the Working Time Regulations.";
    }

    private static final float BODY_LEADING = ReportPages.BODY * 1.6f;

    private void contents(float top) throws IOException {
        pages.drawOn(1, canvas -> {
            float y = top;
            int number = 1;
            for (Map.Entry<String, Integer> section : sections.entrySet()) {
                y -= BODY_LEADING;
                float base = y + ReportPages.BODY * 0.35f;
                canvas.text(number++ + ". " + section.getKey(), ReportPages.MARGIN, base, ReportPages.BODY, false,
                        ReportPages.INK, PdfCanvas.Align.LEFT);
                canvas.text("page " + section.getValue(), ReportPages.MARGIN + pages.width(), base, ReportPages.BODY, false,
                        ReportPages.INK, PdfCanvas.Align.RIGHT);
                canvas.line(ReportPages.MARGIN, y, ReportPages.MARGIN + pages.width(), y, 0.3f, ReportPages.RULE, false);
            }
        });
    }

    // ---------------------------------------------------------------- summary

    private void summary() throws IOException {
        section(SUMMARY);
        Trend trend = pack.trend();
        Balances balances = pack.balances();
        WorkingRules rules = period.rules();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Period", weeksText() + ", " + DisplayFormats.day(period.firstDay()) + " to "
                + DisplayFormats.day(period.lastDay())});
        facts.add(new String[] {"Contracted hours", hours(trend.contractMinutes())
                + (period.marks().isEmpty() ? "" : " (less days of leave, sickness, bank holidays and TOIL taken)")});
        facts.add(new String[] {"Hours worked", hours(trend.totalMinutes())});
        facts.add(new String[] {"Overtime (counted week by week)", hours(balances.overtimeMinutes())
                + " in " + trend.weeksOverContract() + " of " + weeks(trend.weeks().size())});
        facts.add(new String[] {"Balance (worked − contracted)", signed(balances.balanceMinutes())});
        facts.add(new String[] {"Unpaid overtime", hours(balances.unpaidMinutes())});
        Balances.Toil toil = balances.toil();
        if (rules.scheme() == WorkingRules.Scheme.TOIL || toil.takenMinutes() > 0) {
            facts.add(new String[] {"TOIL owed (earned − taken)", signed(toil.balanceMinutes()) + " (earned "
                    + hours(toil.earnedMinutes()) + ", taken " + hours(toil.takenMinutes()) + ")"});
        } else {
            facts.add(new String[] {"TOIL owed (earned − taken)", "none: overtime is not earned as TOIL under this scheme"});
        }
        if (rules.scheme() == WorkingRules.Scheme.FLEXI) {
            long settled = balances.flexi().stream().filter(Balances.FlexiPeriod::complete).count();
            long lostAt = balances.flexi().stream().filter(flexi -> flexi.lostMinutes() > 0).count();
            facts.add(new String[] {"Flexi hours lost at settlement", hours(balances.lostMinutes()) + (settled == 0
                    ? " (no settlement in these weeks yet)"
                    : lostAt == 0 ? " (none at " + settlements(settled) + "; carry-over limit " + signed(rules.flexiCreditLimit()) + ")"
                    : " (at " + lostAt + " of " + settlements(settled) + ": worked above the " + signed(rules.flexiCreditLimit())
                    + " carry-over limit, never paid or returned)")});
        } else {
            facts.add(new String[] {"Flexi hours lost at settlement", "none: not on flexi-time"});
        }
        facts.add(new String[] {"Outside hours", hours(trend.outsideHoursMinutes())
                + " (evenings on working days " + hours(trend.outsideWindowMinutes()) + ", non-working days "
                + hours(trend.nonWorkingDayMinutes()) + ")"});
        facts.add(new String[] {"Possible breaches of the Working Time Regulations", breachSummary()});
        facts.add(new String[] {"Direct-work share", DisplayFormats.percent(trend.directShare()) + " of the time logged was direct work"});
        RecordKeeping kept = pack.recordKeeping();
        facts.add(new String[] {"Recorded within 24 hours", kept.minutes() == 0 ? "nothing logged"
                : DisplayFormats.percent(kept.timelyShare()) + " of the time logged; " + edits(kept.laterEdits())});
        facts.add(new String[] {"Integrity of the diary's history", pack.integrity().intact() ? "check passed"
                : "CHECK FAILED (see " + RECORD.toLowerCase(Locale.ROOT) + ")"});
        pages.facts(facts, FACT_LABELS);
        pages.note(balances.unpaidMethod() + " Overtime is counted week by week: a short week does not cancel a long one. "
                + "Outside hours are time outside the standard working window on working days, and all time on "
                + "non-working days." + stillRunning());

        pages.subheading("How the figures were counted");
        List<String[]> terms = new ArrayList<>();
        terms.add(new String[] {"Contracted hours a week", pack.settings().describe(FigureSetting.CONTRACT_HOURS)});
        terms.add(new String[] {"Working days", pack.settings().describe(FigureSetting.WORKING_DAYS)});
        terms.add(new String[] {"Standard working window", pack.settings().describe(FigureSetting.STANDARD_WINDOW)});
        terms.add(new String[] {"Overtime scheme", capitalised(rules.scheme().description())});
        if (rules.scheme() == WorkingRules.Scheme.FLEXI) {
            terms.add(new String[] {"Flexi settlement", "every " + weeks(rules.flexiPeriodWeeks()) + "; at most "
                    + signed(rules.flexiCreditLimit()) + " and " + signed(-rules.flexiDebitLimit())
                    + " carried into the next period"});
        }
        terms.add(new String[] {"Balances count from", "the first week of this pack, " + DisplayFormats.day(period.firstDay())});
        terms.add(new String[] {"48-hour average (reg. 4)", rules.optedOut()
                ? "not checked: the worker has opted out in writing" : "checked (no opt-out)"});
        terms.add(new String[] {"Weekly rest (reg. 11)", rules.fortnightlyRest()
                ? "48 hours, or two of 24, in each 14 days" : "24 hours in each 7 days"});
        terms.add(new String[] {"Night time (reg. 6)", DisplayFormats.TIME.format(rules.nightStart()) + "–"
                + DisplayFormats.TIME.format(rules.nightEnd())});
        terms.add(new String[] {"Time zone of the figures", period.zone().getId()});
        pages.facts(terms, FACT_LABELS);
        LocalDate balanceStart = rules.balanceFrom() != null ? rules.balanceFrom() : pack.firstBlockDay().orElse(null);
        if (balanceStart != null && !WeekId.of(balanceStart).equals(period.from())) {
            pages.note("The diary's balances count from " + DisplayFormats.day(balanceStart) + "; the balances in this pack "
                    + "count from its first week, so they may differ from the diary's own running balance.");
        }
    }

    /** A sentence when the last week had not ended when the pack was generated, so its hours are not yet all there. */
    private String stillRunning() {
        LocalDate today = generated.withZoneSameInstant(period.zone()).toLocalDate();
        if (!today.isBefore(period.lastDay())) {
            return "";
        }
        return " The last week, " + period.to() + ", had not ended when this pack was generated ("
                + DisplayFormats.day(today) + "): its hours are those recorded so far.";
    }

    private String breachSummary() {
        List<PossibleBreach> breaches = pack.breaches();
        if (breaches.isEmpty()) {
            return "none found" + (period.rules().optedOut() ? " (the 48-hour average is not checked: opted out)" : "");
        }
        StringBuilder text = new StringBuilder().append(breaches.size()).append(" in all:");
        for (Map.Entry<PossibleBreach.Rule, Integer> rule : pack.breachCounts().entrySet()) {
            text.append('\n').append(rule.getValue()).append(" × ").append(rule.getKey().description());
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- weeks

    private void weeks() throws IOException {
        pages.newPage();
        section(WEEKS);
        ReportPages.Table table = pages.table(List.of(left("Week", 45), left("Dates", 62), right("Contracted", 53),
                right("Worked", 45), right("Overtime", 46), right("Balance", 45), right("Outside hours", 43),
                right("Direct", 33), left("Days off", 81), right("Possible breaches", 46)), TABLE_SIZE);
        Map<WeekId, List<PossibleBreach>> breaches = pack.breachesByWeek();
        Map<WeekId, List<DayMark>> marks = pack.marksByWeek();
        List<Balances.Week> balanceWeeks = pack.balances().weeks();
        List<WeekFigures> weeks = pack.trend().weeks();
        double markedDays = 0;
        for (int i = 0; i < weeks.size(); i++) {
            WeekFigures week = weeks.get(i);
            List<DayMark> weekMarks = marks.getOrDefault(week.week(), List.of());
            int found = breaches.getOrDefault(week.week(), List.of()).size();
            table.row(week.week().toString(), weekDates(week.from(), week.to()), hours(week.contractMinutes()),
                    hours(week.totalMinutes()), hours(week.overtimeMinutes()), signed(balanceWeeks.get(i).balanceMinutes()),
                    hours(week.outsideHoursMinutes()), DisplayFormats.percent(week.directShare()), marks(weekMarks),
                    found == 0 ? "" : String.valueOf(found));
            for (DayMark mark : weekMarks) {
                markedDays += mark.half() ? 0.5 : 1;
            }
        }
        Trend trend = pack.trend();
        Balances balances = pack.balances();
        table.totalRow("Total", weeks(weeks.size()), hours(trend.contractMinutes()), hours(trend.totalMinutes()),
                hours(balances.overtimeMinutes()), signed(balances.balanceMinutes()), hours(trend.outsideHoursMinutes()),
                DisplayFormats.percent(trend.directShare()), markedDays == 0 ? "" : days(markedDays),
                String.valueOf(pack.breaches().size()));
        table.end();
        pages.note("Hours as hours:minutes. Balance: worked − contracted, added up from the first week. Direct: the "
                + "direct-work share of the week's logged time. Days off: annual leave, sickness, bank holidays and TOIL "
                + "taken, which come off the week's contracted hours (½: a half day). Possible breaches are counted in "
                + "the week of their first day (a 17-week average in the week its reference period ends)." + stillRunning());
        flexi();
    }

    private void flexi() throws IOException {
        List<Balances.FlexiPeriod> periods = pack.balances().flexi();
        if (periods.isEmpty()) {
            return;
        }
        WorkingRules rules = period.rules();
        pages.subheading("Flexi settlement periods");
        ReportPages.Table table = pages.table(List.of(left("Period", 2.6f), right("Carried in", 1f), right("In the period", 1f),
                right("At the end", 1f), right("Carried forward", 1.1f), right("Lost", 0.9f), left("", 1.2f)), TABLE_SIZE);
        for (Balances.FlexiPeriod flexi : periods) {
            table.row(dates(flexi.from(), flexi.to()), signed(flexi.carriedInMinutes()), signed(flexi.differenceMinutes()),
                    signed(flexi.endMinutes()), flexi.complete() ? signed(flexi.carriedForwardMinutes()) : "–",
                    flexi.complete() ? hours(flexi.lostMinutes()) : "–",
                    flexi.complete() ? (flexi.debitBeyondMinutes() > 0 ? hours(flexi.debitBeyondMinutes()) + " below the debit limit" : "")
                            : "not over yet");
        }
        table.totalRow("Lost at settlement", "", "", "", "", hours(pack.balances().lostMinutes()), "");
        table.end();
        pages.note("Settled every " + weeks(rules.flexiPeriodWeeks()) + ": at most " + signed(rules.flexiCreditLimit())
                + " is carried forward; hours above that are lost, worked and never paid or returned.");
    }

    // ---------------------------------------------------------------- charts

    private void charts() throws IOException {
        pages.newPage();
        section(CHARTS);
        List<WeekFigures> weeks = pack.trend().weeks();
        DateTimeFormatter labelFormat = weeks.size() <= WEEKS_LABELLED_BY_DAY ? DAY_LABEL : MONTH_LABEL;
        List<String> bands = weeks.stream().map(week -> labelFormat.format(week.from())).toList();
        int n = weeks.size();
        float height = 150;

        double[] share = new double[n];
        Double[] moving = pack.trend().movingShares().toArray(Double[]::new);
        Double[] target = new Double[n];
        double maxShare = 0;
        boolean anyTarget = false;
        for (int i = 0; i < n; i++) {
            WeekFigures week = weeks.get(i);
            share[i] = week.directShare() == null ? 0 : week.directShare();
            target[i] = week.directTarget();
            anyTarget |= target[i] != null;
            maxShare = Math.max(maxShare, share[i]);
            maxShare = Math.max(maxShare, moving[i] == null ? 0 : moving[i]);
            maxShare = Math.max(maxShare, target[i] == null ? 0 : target[i]);
        }
        PdfChart shareChart = new PdfChart("Direct-work share of each week", bands, ChartScale.shares(maxShare))
                .stacked("Direct-work share", PdfChart.DIRECT, share)
                .line(Trend.MOVING_WEEKS + "-week average", PdfChart.AVERAGE, moving, false);
        if (anyTarget) {
            shareChart.line("Target", PdfChart.TARGET, target, true);
        }
        pages.chart(shareChart, height);

        PdfChart kinds = new PdfChart("Hours of each kind of work, week by week", bands,
                ChartScale.hours(weeks.stream().mapToLong(WeekFigures::totalMinutes).max().orElse(0)));
        for (WorkKind kind : WorkKind.values()) {
            kinds.stacked(kind.displayName(), PdfChart.colour(kind), values(weeks, week -> week.minutes(kind)));
        }
        pages.chart(kinds, height);

        Map<WeekId, List<PossibleBreach>> breaches = pack.breachesByWeek();
        boolean[] flagged = new boolean[n];
        for (int i = 0; i < n; i++) {
            flagged[i] = !breaches.getOrDefault(weeks.get(i).week(), List.of()).isEmpty();
        }
        long most = weeks.stream().mapToLong(week -> Math.max(week.totalMinutes(), week.contractMinutes())).max().orElse(0);
        PdfChart contract = new PdfChart("Hours worked against the contract", bands, ChartScale.hours(most))
                .stacked("Worked, up to the contract", PdfChart.WORKED, values(weeks, week -> week.totalMinutes() - week.overtimeMinutes()))
                .stacked("Over the contract", PdfChart.OVERTIME, values(weeks, WeekFigures::overtimeMinutes))
                .level("Contracted hours", PdfChart.CONTRACT, values(weeks, WeekFigures::contractMinutes));
        if (!pack.breaches().isEmpty()) {
            contract.markers("Week with a possible breach", flagged);
        }
        pages.chart(contract, height);

        PdfChart outside = new PdfChart("Hours outside the standard working window", bands,
                ChartScale.hours(weeks.stream().mapToLong(WeekFigures::outsideHoursMinutes).max().orElse(0)))
                .stacked("Evenings and early mornings on working days", PdfChart.EVENING, values(weeks, WeekFigures::outsideWindowMinutes))
                .stacked("Non-working days (weekends)", PdfChart.WEEKEND, values(weeks, WeekFigures::nonWorkingDayMinutes));
        pages.chart(outside, height);
        pages.note("Each bar is one ISO week, labelled with its Monday. The figures are those of the table "
                + "\"" + WEEKS + "\". The " + Trend.MOVING_WEEKS + "-week average takes each week with the three before it.");
    }

    private interface WeekValue {
        long of(WeekFigures week);
    }

    private static double[] values(List<WeekFigures> weeks, WeekValue value) {
        double[] values = new double[weeks.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.of(weeks.get(i));
        }
        return values;
    }

    // ---------------------------------------------------------------- breaches

    private void breaches() throws IOException {
        pages.newPage();
        section(BREACHES);
        List<PossibleBreach> breaches = pack.breaches();
        WorkingRules rules = period.rules();
        if (breaches.isEmpty()) {
            pages.paragraph("None found in these weeks" + (rules.optedOut()
                    ? " (the 48-hour average is not checked: the worker has opted out in writing)." : "."));
        } else {
            pages.paragraph(breaches.size() + (breaches.size() == 1 ? " possible breach" : " possible breaches")
                    + " found in these weeks:");
            List<String[]> counts = new ArrayList<>();
            for (Map.Entry<PossibleBreach.Rule, Integer> rule : pack.breachCounts().entrySet()) {
                counts.add(new String[] {rule.getKey().description(), String.valueOf(rule.getValue())});
            }
            pages.facts(counts, 0.7f);
            ReportPages.Table table = pages.table(List.of(right("No.", 22), left("Dates", 160),
                    left("Rule", 125), left("Figure and limit", 192)), TABLE_SIZE + 0.5f);
            int number = 1;
            for (PossibleBreach breach : breaches) {
                table.row(String.valueOf(number++), breach.days(), shortName(breach.rule()), breach.figure());
            }
            table.end();
            if (rules.optedOut()) {
                pages.note("The 48-hour average is not checked: the worker has opted out in writing.");
            }
        }
        pages.subheading("Method");
        pages.note(WorkingTimeChecks.METHOD);
        pages.paragraph("These are possible breaches found in the worker's own record. They are not legal advice, "
                + "and whether a breach happened is for the employer, an adviser or a tribunal to decide.",
                ReportPages.BODY, true, ReportPages.INK);
    }

    /** The rule in a few words for the list; the counts above give each rule's full description. */
    static String shortName(PossibleBreach.Rule rule) {
        return switch (rule) {
            case WEEKLY_48H -> "48-hour average (reg. 4)";
            case DAILY_REST_11H -> "Daily rest (reg. 10)";
            case WEEKLY_REST_24H -> "Weekly rest (reg. 11)";
            case BREAK_20MIN -> "Rest break (reg. 12)";
            case NIGHT_8H -> "Night work (reg. 6)";
        };
    }

    // ---------------------------------------------------------------- record keeping

    private void record() throws IOException {
        pages.newPage();
        section(RECORD);
        RecordKeeping kept = pack.recordKeeping();
        Integrity integrity = pack.integrity();
        pages.paragraph("The worker recorded their time in Direct Work Diary, a diary kept on their own computer. For "
                + "every block of time the diary keeps when it was first recorded, and every later change goes into an "
                + "append-only history. Each history entry carries a SHA-256 hash of its content and of the entry "
                + "before it, so a change made outside the app breaks the chain and is found by the integrity check.");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Period", weeksText() + ", " + DisplayFormats.day(period.firstDay()) + " to "
                + DisplayFormats.day(period.lastDay())});
        facts.add(new String[] {"Time logged in these weeks", hours(kept.minutes()) + " in "
                + DisplayFormats.blocks(period.blocks().size())});
        facts.add(new String[] {"Recorded within 24 hours of the end of the work", kept.minutes() == 0 ? "nothing logged"
                : DisplayFormats.percent(kept.timelyShare()) + " (" + hours(kept.minutesRecordedWithin24Hours()) + " of "
                + hours(kept.minutes()) + ")"});
        facts.add(new String[] {"Later edits to these weeks' blocks", String.valueOf(kept.laterEdits())});
        facts.add(new String[] {"Integrity check of the whole diary", integrity.intact()
                ? "passed: the history's hash chain is unbroken, and every block and day mark matches its last entry"
                : "FAILED: " + integrity.problem()});
        facts.add(new String[] {"Entries in the history", String.valueOf(integrity.entries())});
        pages.facts(facts, FACT_LABELS);
        pages.subheading("Final hash of the history");
        pages.paragraph(integrity.finalHash(), 9, true, ReportPages.INK);
        pages.space(6);
        pages.paragraph("To match this pack to the diary, run \"dwdiary verify\" on the diary's folder (or choose Verify "
                + "in the app). It checks the whole chain again and prints the final hash, which is the one above as long "
                + "as nothing has been recorded or changed since this pack was generated: every later change adds an "
                + "entry to the history, and so a new final hash.");
        if (!integrity.intact()) {
            pages.paragraph("The integrity check did not pass: part of the diary was changed outside the app after it was "
                    + "recorded. The figures in this pack are those of the diary as it is now.", ReportPages.BODY, true, ReportPages.INK);
        }
        pages.note("\"Recorded within 24 hours\": of the minutes logged in these weeks, those in blocks first recorded at most "
                + "24 hours after the block ended. \"Later edits\": the changes made to these weeks' blocks after they were "
                + "first recorded.");
    }

    // ---------------------------------------------------------------- appendix

    private void appendix() throws IOException {
        pages.newPage();
        section(APPENDIX);
        boolean withNotes = pack.options().withNotes();
        ZoneId zone = period.zone();
        pages.note("Every block with time in these weeks, by its start, in " + zone.getId() + " time: date, start, end, "
                + "duration and kind, with the activity as the worker labelled it"
                + (withNotes ? " and the worker's note." : "; the worker's notes are left out.")
                + " An end marked \"next day\" is after midnight. Durations are elapsed time, so on the nights the clocks "
                + "change a block lasts an hour more or less than its times suggest; a time that happens twice (when the "
                + "clocks go back) is shown with its time zone's name (BST, GMT). Days off are listed on their day.");
        List<ReportPages.Column> columns = new ArrayList<>(List.of(left("Date", 74), left("Start", 48),
                left("End", 80), right("Duration", 44), left("Kind", 52), left("Activity", withNotes ? 92 : 201)));
        if (withNotes) {
            columns.add(left("Note", 119));
        }
        ReportPages.Table table = pages.table(columns, TABLE_SIZE);
        TreeMap<LocalDate, DayMark> marks = new TreeMap<>();
        for (DayMark mark : period.marks()) {
            marks.put(mark.day(), mark);
        }
        List<Block> blocks = period.blocks();
        int total = blocks.size();
        int row = 0;
        LocalDate previous = null;
        for (Block block : blocks) {
            LocalDate day = block.start().atZone(block.zone()).toLocalDate();
            while (!marks.isEmpty() && !marks.firstKey().isAfter(day)) {
                DayMark mark = marks.pollFirstEntry().getValue();
                if (previous != null && !mark.day().equals(previous)) {
                    table.divider();
                }
                markRow(table, mark, withNotes);
                previous = mark.day();
            }
            if (previous != null && !day.equals(previous)) {
                table.divider();
            }
            previous = day;
            String[] cells = new String[withNotes ? 7 : 6];
            cells[0] = DisplayFormats.day(day);
            cells[1] = time(block.start(), block.zone(), null, zone);
            cells[2] = time(block.end(), block.zone(), day, zone);
            cells[3] = hours(block.minutes());
            cells[4] = block.kind().displayName();
            cells[5] = block.activity() == null ? "" : block.activity();
            if (withNotes) {
                cells[6] = block.note() == null ? "" : block.note();
            }
            table.row(cells);
            if (++row % ROWS_PER_STEP == 0) {
                progress.step(APPENDIX + " (" + row + " of " + total + ")", 0.26 + 0.7 * row / total);
            }
        }
        while (!marks.isEmpty()) {
            if (previous != null) {
                table.divider();
            }
            DayMark mark = marks.pollFirstEntry().getValue();
            markRow(table, mark, withNotes);
            previous = mark.day();
        }
        table.totalRow("Total", "", "", hours(blocks.stream().mapToLong(Block::minutes).sum()), "", DisplayFormats.blocks(total));
        table.end();
        pages.note("The total is the blocks' full length; the weekly figures count only the minutes inside the period's weeks.");
    }

    private static void markRow(ReportPages.Table table, DayMark mark, boolean withNotes) throws IOException {
        String[] cells = new String[withNotes ? 7 : 6];
        cells[0] = DisplayFormats.day(mark.day());
        cells[1] = "";
        cells[2] = "";
        cells[3] = "";
        cells[4] = "Day off";
        cells[5] = mark.describe();
        table.row(cells);
    }

    /**
     * "09:00"; with "next day" when it falls after the row's day; with its zone's short name ("01:30 BST",
     * "01:30 GMT") when the time happens twice (the night the clocks go back) or the block was recorded in
     * another zone than the diary's.
     */
    private static String time(Instant instant, ZoneId blockZone, LocalDate rowDay, ZoneId diaryZone) {
        ZonedDateTime local = instant.atZone(blockZone);
        String text = DisplayFormats.TIME.format(local);
        boolean twice = blockZone.getRules().getValidOffsets(local.toLocalDateTime()).size() > 1;
        if (twice || !blockZone.equals(diaryZone)) {
            text += " " + ZONE_NAME.format(local);
        }
        if (rowDay != null && local.toLocalDate().isAfter(rowDay)) {
            text += " next day";
        }
        return text;
    }

    // ---------------------------------------------------------------- words

    private String weeksText() {
        return period.from().equals(period.to()) ? "ISO week " + period.from()
                : "ISO weeks " + period.from() + " to " + period.to() + " (" + weeks(period.weekCount()) + ")";
    }

    /** "2–8 Mar", "23 Feb–1 Mar", "29 Dec–4 Jan": the week's id beside it gives the year. */
    static String weekDates(LocalDate from, LocalDate to) {
        if (from.getMonth() != to.getMonth()) {
            return DAY_MONTH.format(from) + "–" + DAY_MONTH.format(to);
        }
        return from.getDayOfMonth() + "–" + DAY_MONTH.format(to);
    }

    /** "2–29 Mar 2026", "23 Feb–22 Mar 2026", "29 Dec 2025–25 Jan 2026". */
    static String dates(LocalDate from, LocalDate to) {
        if (from.getYear() != to.getYear()) {
            return DAY_MONTH.format(from) + " " + from.getYear() + "–" + DAY_MONTH.format(to) + " " + to.getYear();
        }
        return weekDates(from, to) + " " + to.getYear();
    }

    /** "Leave Mon, Tue; Sick Thu ½". */
    static String marks(List<DayMark> marks) {
        Map<DayMark.Kind, List<String>> byKind = new LinkedHashMap<>();
        for (DayMark mark : marks) {
            byKind.computeIfAbsent(mark.kind(), kind -> new ArrayList<>())
                    .add(mark.day().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, DisplayFormats.LOCALE)
                            + (mark.half() ? " ½" : ""));
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<DayMark.Kind, List<String>> kind : byKind.entrySet()) {
            String name = switch (kind.getKey()) {
                case LEAVE -> "Leave";
                case SICK -> "Sick";
                case HOLIDAY -> "Bank holiday";
                case TOIL -> "TOIL";
            };
            parts.add(name + " " + String.join(", ", kind.getValue()));
        }
        return String.join("; ", parts);
    }

    /** "1 day", "2½ days", "½ day". */
    private static String days(double days) {
        long whole = (long) Math.floor(days);
        String number = (whole == 0 && days > 0 ? "" : String.valueOf(whole)) + (days > whole ? "½" : "");
        return number + (days <= 1 ? " day" : " days");
    }

    private static String settlements(long count) {
        return count + (count == 1 ? " settlement" : " settlements");
    }

    private static String weeks(long count) {
        return count + (count == 1 ? " week" : " weeks");
    }

    private static String edits(long count) {
        return count + (count == 1 ? " later edit" : " later edits");
    }

    private static String hours(long minutes) {
        return DisplayFormats.hoursMinutes(minutes);
    }

    private static String signed(long minutes) {
        return (minutes > 0 ? "+" : "") + DisplayFormats.hoursMinutes(minutes);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
