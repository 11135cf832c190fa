package org.dwdiary.ui.evidence;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.Integrity;
import org.dwdiary.domain.RecordKeeping;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.report.Balances;
import org.dwdiary.report.PossibleBreach;
import org.dwdiary.report.Trend;
import org.dwdiary.report.WorkingTimeChecks;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryStorageException;
import org.dwdiary.ui.range.RangeChoice;
import org.dwdiary.ui.range.WeekRange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The evidence screen: for the weeks chosen (by default from the balance start to this week), the hours
 * against the contract with the running balance, the TOIL ledger, the flexi settlements and the hours lost
 * at them, the possible breaches of the Working Time Regulations, how the record was kept and whether it
 * is intact, and the working rules in words. Every figure comes from {@code report} (the same as the
 * command line's {@code balance} and {@code check}); this class only words them.
 *
 * <p>The diary is read on {@code background} and the results shown on {@code fx}; a load overtaken by a
 * newer one is dropped. The integrity check (which can take a second on years of history) runs after
 * the figures, so they never wait for it.
 */
public final class EvidenceViewModel {
    /** Characters of the final hash shown on screen (the tooltip has all of it). */
    static final int HASH_SHOWN = 12;
    public static final String NOT_LEGAL_ADVICE = "This is not legal advice.";
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", DisplayFormats.LOCALE);

    /**
     * What one load found. {@code balanceStart} is the day balances count from: the setting, else
     * {@code firstDay}, the day of the diary's first block.
     */
    public record Loaded(WeekId thisWeek, RangeChoice.Weeks weeks, WorkingRules rules, Optional<LocalDate> firstDay,
                         Optional<LocalDate> balanceStart, Trend trend,
                         Balances balances, List<PossibleBreach> breaches, RecordKeeping kept) {
    }

    /** A row of the weeks table, worded. {@code current}: this week, whose whole contract counts though it is not over. */
    public record WeekRow(WeekId week, String days, String contracted, String worked, String overtime, String difference,
                          String balance, boolean current) {
        /** What the row means in a sentence (its tooltip). */
        public String note() {
            return week + (current ? ", this week (not over yet: its whole contract already counts)" : "") + ": worked " + worked
                    + " against " + contracted + " contracted, " + difference + "; running balance " + balance
                    + ". Click or Enter: open it in the week view.";
        }
    }

    /**
     * A row of the flexi table, worded. {@code lost}: hours were lost at its settlement; {@code note}: what
     * the row means in a sentence (its tooltip), with any deficit beyond the debit limit.
     */
    public record FlexiRow(LocalDate from, String period, String carriedIn, String difference, String end,
                           String carriedForward, String lostText, boolean lost, boolean complete, String note) {
    }

    /** A possible breach, worded: its days, the rule, and the figure against the limit. */
    public record BreachRow(PossibleBreach breach, String days, String rule, String figure) {
        /** The week a click opens. */
        public WeekId week() {
            return breach.week();
        }
    }

    private final Diary diary;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final Consumer<WeekId> openWeek;

    private final RangeChoice ranges = new RangeChoice(WeekRange.BALANCE_START,
            List.of(WeekRange.BALANCE_START, WeekRange.LAST_13, WeekRange.LAST_26, WeekRange.LAST_52, WeekRange.CUSTOM));
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Integrity> integrity = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper rangeTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper balanceNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scheme = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper schemeDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper contracted = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper worked = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper overtime = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper overtimeDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper balance = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper balanceDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper toilShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper toil = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper toilDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper flexiShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper lost = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper lostDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper anyLost = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper breachCount = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper breachDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper anyBreach = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper record = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recordDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper recordBroken = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper flexiTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper breachesTitle = new ReadOnlyStringWrapper("Possible breaches");
    private final ReadOnlyStringWrapper noBreaches = new ReadOnlyStringWrapper("");
    private final ObservableList<WeekRow> weekRows = FXCollections.observableArrayList();
    private final ObservableList<FlexiRow> flexiRows = FXCollections.observableArrayList();
    private final ObservableList<BreachRow> breachRows = FXCollections.observableArrayList();
    private final ObservableList<String> ruleLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    /** Counts loads (on the FX thread), so a result overtaken by a newer load is dropped; read on the background thread too. */
    private volatile long loads;
    private boolean errorOutlastsLoad;
    /** The working rules as last read, for the rules dialog to start from. */
    private WorkingRules rules = WorkingRules.DEFAULT;

    /**
     * @param openWeek shows a week in the week view (a click on a week row or a breach)
     */
    public EvidenceViewModel(Diary diary, Clock clock, Executor background, Executor fx, Consumer<WeekId> openWeek) {
        this.diary = diary;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        this.openWeek = openWeek;
    }

    /** The weeks offered and chosen (the range buttons and custom dates bind to it). */
    public RangeChoice ranges() {
        return ranges;
    }

    public ReadOnlyObjectProperty<WeekRange> rangeProperty() {
        return ranges.rangeProperty();
    }

    /** The last completed load, or null before the first. */
    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The diary's integrity, checked after each load; null while it is being checked. */
    public ReadOnlyObjectProperty<Integrity> integrityProperty() {
        return integrity.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** "2026-W07 to 2026-W10 · Mon 9 Feb – Sun 8 Mar 2026 · 4 weeks". */
    public ReadOnlyStringProperty rangeTitleProperty() {
        return rangeTitle.getReadOnlyProperty();
    }

    /** When the weeks shown do not start at the balance start: that the balances count from the first week shown. */
    public ReadOnlyStringProperty balanceNoteProperty() {
        return balanceNote.getReadOnlyProperty();
    }

    /** The overtime scheme by name, which the hours against the contract stand under: "Overtime scheme: flexi-time". */
    public ReadOnlyStringProperty schemeProperty() {
        return scheme.getReadOnlyProperty();
    }

    /** The scheme in a sentence: "Flexi-time: hours over or under carry between settlement periods, up to a limit". */
    public ReadOnlyStringProperty schemeDescriptionProperty() {
        return schemeDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty contractedProperty() {
        return contracted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workedProperty() {
        return worked.getReadOnlyProperty();
    }

    /** Each week's hours over its contract, added up (a short week cancels none of it). */
    public ReadOnlyStringProperty overtimeProperty() {
        return overtime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overtimeDetailProperty() {
        return overtimeDetail.getReadOnlyProperty();
    }

    /** Worked − contracted over the weeks shown: "+16:00", "-2:30". */
    public ReadOnlyStringProperty balanceProperty() {
        return balance.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty balanceDetailProperty() {
        return balanceDetail.getReadOnlyProperty();
    }

    /** Whether the TOIL ledger shows: the scheme is TOIL, or TOIL was taken in the weeks shown. */
    public ReadOnlyBooleanProperty toilShownProperty() {
        return toilShown.getReadOnlyProperty();
    }

    /** The TOIL balance, "+0:18". */
    public ReadOnlyStringProperty toilProperty() {
        return toil.getReadOnlyProperty();
    }

    /** "earned 4:00 · taken 3:42". */
    public ReadOnlyStringProperty toilDetailProperty() {
        return toilDetail.getReadOnlyProperty();
    }

    /** Whether the scheme is flexi-time: the lost hours and the settlement periods show. */
    public ReadOnlyBooleanProperty flexiShownProperty() {
        return flexiShown.getReadOnlyProperty();
    }

    /** Hours lost at flexi settlements in the weeks shown, "6:00". */
    public ReadOnlyStringProperty lostProperty() {
        return lost.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lostDetailProperty() {
        return lostDetail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty anyLostProperty() {
        return anyLost.getReadOnlyProperty();
    }

    /** How many possible breaches, "2". */
    public ReadOnlyStringProperty breachCountProperty() {
        return breachCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty breachDetailProperty() {
        return breachDetail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty anyBreachProperty() {
        return anyBreach.getReadOnlyProperty();
    }

    /** "20% of the minutes recorded within 24 hours of their end · 0 later edits · record intact, final hash 3f9a1c2b07de…". */
    public ReadOnlyStringProperty recordProperty() {
        return record.getReadOnlyProperty();
    }

    /** The whole final hash and what it is for (the record line's tooltip). */
    public ReadOnlyStringProperty recordDetailProperty() {
        return recordDetail.getReadOnlyProperty();
    }

    /** The record was changed outside the app (the line says where). */
    public ReadOnlyBooleanProperty recordBrokenProperty() {
        return recordBroken.getReadOnlyProperty();
    }

    /** "Settled every 4 weeks · at most +10:00 or -5:00 carried into the next period". */
    public ReadOnlyStringProperty flexiTitleProperty() {
        return flexiTitle.getReadOnlyProperty();
    }

    /** "Possible breaches of the Working Time Regulations 1998: 2". */
    public ReadOnlyStringProperty breachesTitleProperty() {
        return breachesTitle.getReadOnlyProperty();
    }

    /** What the breaches list says when it is empty. */
    public ReadOnlyStringProperty noBreachesProperty() {
        return noBreaches.getReadOnlyProperty();
    }

    public ObservableList<WeekRow> weekRows() {
        return weekRows;
    }

    public ObservableList<FlexiRow> flexiRows() {
        return flexiRows;
    }

    public ObservableList<BreachRow> breachRows() {
        return breachRows;
    }

    /** The working rules, one line each, in words. */
    public ObservableList<String> ruleLines() {
        return ruleLines;
    }

    /** The working rules as last read. */
    public WorkingRules rules() {
        return rules;
    }

    /** The working rules dialog's model, starting from the rules as last read. */
    public WorkingRulesViewModel editRules() {
        Loaded shown = loaded.get();
        return new WorkingRulesViewModel(diary, rules, shown == null ? Optional.empty() : shown.firstDay(), background, fx);
    }

    /** After the rules dialog: its message, and the figures read again under the new rules. */
    public void rulesSaved(WorkingRulesViewModel.Outcome outcome) {
        if (outcome.saved()) {
            info(outcome.message());
        } else {
            error(outcome.message());
            errorOutlastsLoad = true; // unlike refused dates, the next load does not answer it
        }
        reload();
    }

    /** How the possible breaches were found ({@link WorkingTimeChecks#METHOD}). */
    public String method() {
        return WorkingTimeChecks.METHOD;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** A preset range; {@link WeekRange#CUSTOM} takes the custom dates. */
    public void choose(WeekRange chosen) {
        if (ranges.select(chosen, this::error)) {
            reload();
        }
    }

    /**
     * The whole ISO weeks containing {@code from} and {@code to}; refused with a message (the weeks shown
     * stay) when a date is missing, the first is after the last, or the span is implausibly long.
     *
     * @return whether the range was taken
     */
    public boolean applyCustom(LocalDate from, LocalDate to) {
        boolean taken = ranges.selectCustom(from, to, this::error);
        if (taken) {
            reload();
        }
        return taken;
    }

    /** Reads the diary again (on showing the view, regaining focus, after settings or working rules are saved). */
    public void reload() {
        RangeChoice.Request request = ranges.request();
        long load = ++loads;
        loading.set(true);
        background.execute(() -> {
            try {
                Loaded result = load(request);
                fx.execute(() -> {
                    if (load == loads) {
                        show(request.range(), result);
                    }
                });
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> {
                    if (load == loads) {
                        loading.set(false);
                        error(e.getMessage());
                    }
                });
                return;
            }
            // The figures are on their way; the integrity check queues behind any newer load, and is
            // left to that load if there is one.
            background.execute(() -> checkIntegrity(load));
        });
    }

    /** On the background thread: the whole history's hash chain, which can take a second on years of it. */
    private void checkIntegrity(long load) {
        if (load != loads) {
            return;
        }
        Integrity checked;
        try {
            checked = diary.verify();
        } catch (DiaryStorageException e) {
            checked = new Integrity(false, 0, "", "the history could not be read: " + e.getMessage());
        }
        Integrity found = checked;
        fx.execute(() -> {
            if (load == loads) {
                showIntegrity(found);
            }
        });
    }

    /** On the background thread: one read of the diary for the balances and the working-time checks. */
    private Loaded load(RangeChoice.Request request) {
        ZoneId zone = diary.zone();
        WeekId thisWeek = WeekId.of(clock.instant().atZone(zone).toLocalDate());
        WorkingRules read = diary.workingRules();
        Optional<LocalDate> firstDay = diary.firstDay();
        Optional<LocalDate> start = read.balanceFrom() != null ? Optional.of(read.balanceFrom()) : firstDay;
        RangeChoice.Weeks weeks = request.weeks(thisWeek, start);
        LocalDate first = weeks.from().monday();
        LocalDate last = weeks.to().sunday();
        WeekId checksFrom = WeekId.of(WorkingTimeChecks.dataFrom(first));
        WeekId trendFrom = Trend.dataFrom(weeks.from());
        Diary.Period period = diary.period(checksFrom.compareTo(trendFrom) < 0 ? checksFrom : trendFrom,
                WeekId.of(last.plusDays(1)));
        Trend trend = Trend.of(weeks.from(), weeks.to(), period.blocks(), period.zone(), period.settings(), period.marks());
        Balances balances = Balances.of(trend, read);
        List<PossibleBreach> breaches = WorkingTimeChecks.check(period.blocks(), period.marks(), period.zone(), first, last, read);
        RecordKeeping kept = diary.recordKeeping(weeks.from().start(period.zone()), weeks.to().end(period.zone()));
        return new Loaded(thisWeek, weeks, read, firstDay, start, trend, balances, breaches, kept);
    }

    private void show(WeekRange chosen, Loaded result) {
        loading.set(false);
        rules = result.rules();
        RangeChoice.Weeks weeks = result.weeks();
        long count = weeks.count();
        rangeTitle.set(RangeChoice.title(weeks));
        ranges.shown(chosen, weeks);
        Optional<LocalDate> start = result.balanceStart();
        boolean fromStart = start.isEmpty() || WeekId.of(start.get()).equals(weeks.from());
        balanceNote.set(fromStart ? "" : "The running balance and the flexi periods count from the first week shown, "
                + weeks.from() + "; your balances count from " + DisplayFormats.day(start.get())
                + " (\"" + WeekRange.BALANCE_START.label() + "\" shows them so).");

        Balances balances = result.balances();
        Trend trend = result.trend();
        scheme.set("Overtime scheme: " + schemeName(rules.scheme()));
        schemeDescription.set(capitalised(rules.scheme().description()));
        contracted.set(hours(trend.contractMinutes()));
        worked.set(hours(trend.totalMinutes()));
        overtime.set(hours(balances.overtimeMinutes()));
        overtimeDetail.set("in " + trend.weeksOverContract() + " of " + RangeChoice.weeksText(count));
        balance.set(signed(balances.balanceMinutes()));
        balanceDetail.set(balances.balanceMinutes() > 0 ? "worked over the contract, all weeks together"
                : balances.balanceMinutes() < 0 ? "worked under the contract, all weeks together" : "worked as contracted, all weeks together");

        Balances.Toil ledger = balances.toil();
        toilShown.set(rules.scheme() == WorkingRules.Scheme.TOIL || ledger.takenMinutes() > 0);
        toil.set(signed(ledger.balanceMinutes()));
        toilDetail.set("earned " + hours(ledger.earnedMinutes()) + " · taken " + hours(ledger.takenMinutes())
                + (rules.scheme() == WorkingRules.Scheme.TOIL ? "" : " · overtime is not earned as TOIL under this scheme"));

        boolean flexi = rules.scheme() == WorkingRules.Scheme.FLEXI;
        flexiShown.set(flexi);
        long settled = balances.flexi().stream().filter(Balances.FlexiPeriod::complete).count();
        long lostAt = balances.flexi().stream().filter(period -> period.lostMinutes() > 0).count();
        lost.set(hours(balances.lostMinutes()));
        anyLost.set(balances.lostMinutes() > 0);
        lostDetail.set(settled == 0 ? "no settlement in these weeks yet"
                : balances.lostMinutes() > 0
                ? "worked above the " + signed(rules.flexiCreditLimit()) + " carry-over limit at " + lostAt + " of "
                + settlements(settled) + ": never paid or returned"
                : "none at " + settlements(settled) + " · carry-over limit " + signed(rules.flexiCreditLimit()));
        flexiTitle.set("Settled every " + RangeChoice.weeksText(rules.flexiPeriodWeeks()) + " · at most "
                + signed(rules.flexiCreditLimit()) + " or " + signed(-rules.flexiDebitLimit()) + " carried into the next period");
        List<FlexiRow> periods = new ArrayList<>();
        for (Balances.FlexiPeriod period : balances.flexi()) {
            periods.add(flexiRow(period));
        }
        flexiRows.setAll(periods);

        List<Balances.Week> balanceWeeks = balances.weeks();
        List<WeekRow> rows = new ArrayList<>(balanceWeeks.size());
        for (Balances.Week week : balanceWeeks) {
            rows.add(new WeekRow(week.week(), span(week.week().monday(), week.week().sunday(), false), hours(week.contractMinutes()), hours(week.workedMinutes()),
                    hours(week.overtimeMinutes()), signed(week.differenceMinutes()), signed(week.balanceMinutes()),
                    week.week().equals(result.thisWeek())));
        }
        weekRows.setAll(rows);

        List<PossibleBreach> breaches = result.breaches();
        breachCount.set(String.valueOf(breaches.size()));
        anyBreach.set(!breaches.isEmpty());
        Map<PossibleBreach.Rule, Long> byRule = new EnumMap<>(PossibleBreach.Rule.class);
        breaches.forEach(breach -> byRule.merge(breach.rule(), 1L, Long::sum));
        breachDetail.set(byRule.entrySet().stream().map(rule -> shortName(rule.getKey()) + ": " + rule.getValue())
                .map(text -> text + " · ").collect(Collectors.joining()) + "in " + RangeChoice.weeksText(count)
                + " · not legal advice");
        breachesTitle.set("Possible breaches of the Working Time Regulations 1998: " + breaches.size());
        noBreaches.set("None found in these weeks" + (rules.optedOut() ? " (the 48-hour average is not checked: you have opted out)." : "."));
        breachRows.setAll(breaches.stream()
                .map(breach -> new BreachRow(breach, breach.days(), breach.rule().description(), breach.figure())).toList());

        ruleLines.setAll(ruleLines(rules, result.firstDay()));
        showRecord(result.kept(), integrity.get());
        if (messageIsError.get() && !errorOutlastsLoad) {
            info("");
        }
        loaded.set(result);
    }

    private void showIntegrity(Integrity checked) {
        integrity.set(checked);
        Loaded shown = loaded.get();
        if (shown != null) {
            showRecord(shown.kept(), checked);
        }
    }

    private void showRecord(RecordKeeping kept, Integrity checked) {
        String timely = kept.minutes() == 0 ? "nothing logged in these weeks"
                : DisplayFormats.percent(kept.timelyShare()) + " of the minutes recorded within 24 hours of their end";
        String edits = kept.laterEdits() + (kept.laterEdits() == 1 ? " later edit" : " later edits");
        String chain;
        if (checked == null) {
            chain = "checking the record…";
            recordDetail.set("The history's hash chain is being checked.");
            recordBroken.set(false);
        } else if (checked.intact()) {
            String hash = checked.finalHash();
            chain = "record intact, final hash " + (hash.length() > HASH_SHOWN ? hash.substring(0, HASH_SHOWN) + "…" : hash);
            recordDetail.set("Every change is kept in a hash-chained history (" + checked.entries()
                    + (checked.entries() == 1 ? " entry" : " entries") + "). Final hash, to match a printed report:\n" + hash);
            recordBroken.set(false);
        } else {
            chain = "record NOT intact: " + checked.problem();
            recordDetail.set(chain);
            recordBroken.set(true);
        }
        record.set(timely + " · " + edits + " · " + chain);
    }

    private FlexiRow flexiRow(Balances.FlexiPeriod period) {
        String dates = span(period.from(), period.to(), true);
        String words = DisplayFormats.day(period.from()) + " to " + DisplayFormats.day(period.to()) + ": "
                + signed(period.carriedInMinutes()) + " carried in, " + signed(period.differenceMinutes()) + " in the period, "
                + signed(period.endMinutes()) + " at its end";
        if (!period.complete()) {
            return new FlexiRow(period.from(), dates, signed(period.carriedInMinutes()), signed(period.differenceMinutes()),
                    signed(period.endMinutes()), "not over yet", "–", false, false,
                    words + "; the period is not over yet, so nothing is settled or lost.");
        }
        String settled = "; " + signed(period.carriedForwardMinutes()) + " carried forward"
                + (period.lostMinutes() > 0 ? ", " + hours(period.lostMinutes()) + " lost: worked and never paid or returned" : "")
                + (period.debitBeyondMinutes() > 0 ? ", " + hours(period.debitBeyondMinutes())
                + " under the contract beyond the debit limit (an employer may deduct it)" : "") + ".";
        return new FlexiRow(period.from(), dates, signed(period.carriedInMinutes()), signed(period.differenceMinutes()),
                signed(period.endMinutes()), signed(period.carriedForwardMinutes()),
                hours(period.lostMinutes()) + (period.debitBeyondMinutes() > 0 ? " *" : ""), period.lostMinutes() > 0, true,
                words + settled);
    }

    /** "9–15 Feb", "23 Feb – 1 Mar", "29 Dec – 4 Jan"; with {@code year}: "9 Feb – 8 Mar 2026", "29 Dec 2025 – 4 Jan 2026". */
    static String span(LocalDate from, LocalDate to, boolean year) {
        String end = DAY_MONTH.format(to) + (year ? " " + to.getYear() : "");
        if (from.getYear() != to.getYear()) {
            return DAY_MONTH.format(from) + (year ? " " + from.getYear() : "") + " – " + end;
        }
        return from.getMonth() == to.getMonth() ? from.getDayOfMonth() + "–" + end : DAY_MONTH.format(from) + " – " + end;
    }

    /** The working rules in words, one line each. */
    static List<String> ruleLines(WorkingRules rules, Optional<LocalDate> firstDay) {
        List<String> lines = new ArrayList<>();
        lines.add(rules.optedOut() ? "48-hour average: you have opted out in writing, so it is not checked"
                : "48-hour average: checked (you have not opted out)");
        lines.add("Weekly rest: " + (rules.fortnightlyRest() ? "48 hours, or two of 24, in each 14 days" : "24 hours in each 7 days"));
        lines.add("Night time: " + DisplayFormats.TIME.format(rules.nightStart()) + "–" + DisplayFormats.TIME.format(rules.nightEnd()));
        lines.add("Overtime: " + rules.scheme().description());
        if (rules.scheme() == WorkingRules.Scheme.FLEXI) {
            lines.add("Flexi periods: " + RangeChoice.weeksText(rules.flexiPeriodWeeks()) + ", at most "
                    + signed(rules.flexiCreditLimit()) + " and " + signed(-rules.flexiDebitLimit()) + " carried into the next");
        }
        lines.add("Balances count from: " + (rules.balanceFrom() != null ? DisplayFormats.day(rules.balanceFrom())
                : "your first block" + firstDay.map(day -> " (" + DisplayFormats.day(day) + ")").orElse(" (none yet)")));
        return lines;
    }

    /** A click or Enter on a week row or a breach: that week in the week view. */
    public void openWeek(WeekId week) {
        openWeek.accept(week);
    }

    public void info(String text) {
        errorOutlastsLoad = false;
        messageIsError.set(false);
        message.set(text);
    }

    /** An error, shown until the next load succeeds (dates refused, the diary unreadable) or another message. */
    public void error(String text) {
        errorOutlastsLoad = false;
        messageIsError.set(true);
        message.set(capitalised(text));
    }

    /** The scheme's name: "flexi-time", "time off in lieu (TOIL)". */
    static String schemeName(WorkingRules.Scheme scheme) {
        return switch (scheme) {
            case FLEXI -> "flexi-time";
            case TOIL -> "time off in lieu (TOIL)";
            case PAID -> "paid overtime";
            case NONE -> "none (overtime neither paid nor returned)";
        };
    }

    /** A rule in a word or two, for counts: "breaks", "daily rest". */
    static String shortName(PossibleBreach.Rule rule) {
        return switch (rule) {
            case WEEKLY_48H -> "48-hour average";
            case DAILY_REST_11H -> "daily rest";
            case WEEKLY_REST_24H -> "weekly rest";
            case BREAK_20MIN -> "breaks";
            case NIGHT_8H -> "night work";
        };
    }

    private static String settlements(long count) {
        return count + (count == 1 ? " settlement" : " settlements");
    }

    private static String hours(long minutes) {
        return DisplayFormats.hoursMinutes(minutes);
    }

    /** "+16:00", "-2:30", "0:00". */
    static String signed(long minutes) {
        return (minutes > 0 ? "+" : "") + DisplayFormats.hoursMinutes(minutes);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
