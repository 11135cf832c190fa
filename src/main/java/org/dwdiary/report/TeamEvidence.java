package org.dwdiary.report;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a union representative puts before an employer: the figures of any number of member files taken
 * together, with no member named. Members are told apart only by the random id in their files, and shown
 * as "Member 1" to "Member n" in the order of those ids (so the numbers follow no file name or order).
 * Two files of one member are merged when their weeks do not overlap, and refused when they do.
 *
 * <p>The statistics, stated in {@link #METHOD}: weekly hours are taken over the <em>member-weeks with
 * time logged</em> (a week with nothing logged — leave, sickness, not yet recording — says nothing about
 * hours); the median and quartiles are by inclusive linear interpolation ({@link #quantile}); a week is
 * over contract when the hours worked exceed the hours contracted that week; the direct-work share of a
 * week is direct ÷ all time logged that week.
 */
public final class TeamEvidence {
    /** Buckets of the weekly-hours chart: five hours wide, or ten when that would need more than this many. */
    static final int MOST_HOUR_BUCKETS = 16;
    public static final int SHARE_BUCKETS = 10;

    public static final String METHOD = """
            Each member made their own file from their diary (Export member file): for each ISO week, the minutes \
            of direct work, recording, travel and meetings, the minutes worked and contracted, the overtime (worked \
            beyond contracted), the time outside hours (outside the standard window on working days, and on \
            non-working days), the possible working-time breaches flagged that week by rule, and the direct-work \
            share; and for the whole period the unpaid overtime as the member's diary counts it under their overtime \
            scheme (none: all overtime; paid: none; TOIL: TOIL earned and not taken; flexi: hours lost at \
            settlement). A file holds no names, activities, notes or times of day; members are told apart only by \
            a random id made once in each diary, and numbered here in the order of those ids. Each file carries a \
            SHA-256 checksum of its contents: a file that was edited or damaged, or that repeats weeks of a member \
            already included, is refused. Two files of one member covering different weeks are taken together. \
            Weekly hours are counted over member-weeks with time logged (weeks with nothing logged, such as leave, \
            are left out). The median and quartiles are by inclusive linear interpolation: the values are sorted, \
            and the p-quantile lies at position p × (n − 1) counting from 0, between the two values either side in \
            proportion (as Excel's QUARTILE.INC). A week is over contract when the hours worked exceed the hours \
            contracted that week. The direct-work share of a week is its direct minutes ÷ all minutes logged.""";

    /** A file left out, and why: {@code "team-3.json: the checksum does not match; …"}. */
    public record Refusal(String file, String reason) {
        public String message() {
            return file + ": " + reason;
        }
    }

    /** The files that can be taken together, and those refused, in the order given. */
    public record Sifted(List<MemberFile> accepted, List<Refusal> refused) {
    }

    /** The five-number summary of some values: smallest, lower quartile, median, upper quartile, largest. */
    public record Spread(int count, double min, double q1, double median, double q3, double max) {
        /** All values given (in any order) as a spread; null when there are none. */
        public static Spread of(double[] values) {
            if (values.length == 0) {
                return null;
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return new Spread(sorted.length, sorted[0], quantile(sorted, 0.25), quantile(sorted, 0.5),
                    quantile(sorted, 0.75), sorted[sorted.length - 1]);
        }
    }

    /** Possible breaches of one rule over all member-weeks, and how many members had one or more. */
    public record RuleCount(String code, String description, int count, int members) {
    }

    /**
     * Counts of values in equal bands: band {@code i} holds values from {@code low + i × width} up to (not
     * including) the next band's start.
     */
    public record Histogram(double low, double width, int[] counts) {
        public int max() {
            return Arrays.stream(counts).max().orElse(0);
        }

        /** Where a value falls along the bands: 0 at the first band's left edge, {@code counts.length} at the last's right. */
        public double position(double value) {
            return Math.max(0, Math.min(counts.length, (value - low) / width));
        }
    }

    /**
     * One member's weeks, from one file or several that do not overlap, with their figures worked out once.
     * {@code number} is the member's number in the report (1 to n, in the order of member ids).
     */
    public static final class Member {
        private final int number;
        private final String memberId;
        private final List<String> files;
        private final List<MemberExport.Week> weeks;
        private final long unpaidMinutes;
        private final int loggedWeeks;
        private final Double medianWeeklyMinutes;
        private final int weeksOverContract;
        private final long workedMinutes;
        private final long directMinutes;
        private final long overtimeMinutes;
        private final long outsideHoursMinutes;
        private final int breachCount;

        public Member(int number, String memberId, List<String> files, List<MemberExport.Week> weeks, long unpaidMinutes) {
            this.number = number;
            this.memberId = Objects.requireNonNull(memberId, "memberId");
            this.files = List.copyOf(files);
            this.weeks = List.copyOf(weeks);
            this.unpaidMinutes = unpaidMinutes;
            double[] logged = new double[weeks.size()];
            int count = 0;
            int over = 0;
            long worked = 0;
            long direct = 0;
            long overtime = 0;
            long outside = 0;
            int breaches = 0;
            for (MemberExport.Week week : weeks) {
                if (week.logged()) {
                    logged[count++] = week.worked();
                }
                over += week.overContract() ? 1 : 0;
                worked += week.worked();
                direct += week.minutes(WorkKind.DIRECT);
                overtime += week.overtime();
                outside += week.outsideHours();
                breaches += week.breachCount();
            }
            Spread spread = Spread.of(Arrays.copyOf(logged, count));
            this.loggedWeeks = count;
            this.medianWeeklyMinutes = spread == null ? null : spread.median();
            this.weeksOverContract = over;
            this.workedMinutes = worked;
            this.directMinutes = direct;
            this.overtimeMinutes = overtime;
            this.outsideHoursMinutes = outside;
            this.breachCount = breaches;
        }

        public int number() {
            return number;
        }

        public String memberId() {
            return memberId;
        }

        /** The names of the member's files, earliest weeks first. */
        public List<String> files() {
            return files;
        }

        public List<MemberExport.Week> weeks() {
            return weeks;
        }

        public long unpaidMinutes() {
            return unpaidMinutes;
        }

        public String label() {
            return "Member " + number;
        }

        public WeekId from() {
            return weeks.get(0).week();
        }

        public WeekId to() {
            return weeks.get(weeks.size() - 1).week();
        }

        public int loggedWeeks() {
            return loggedWeeks;
        }

        /** The median of the weeks with time logged, or null when none has. */
        public Double medianWeeklyMinutes() {
            return medianWeeklyMinutes;
        }

        public int weeksOverContract() {
            return weeksOverContract;
        }

        public long workedMinutes() {
            return workedMinutes;
        }

        public long overtimeMinutes() {
            return overtimeMinutes;
        }

        public long outsideHoursMinutes() {
            return outsideHoursMinutes;
        }

        public int breachCount() {
            return breachCount;
        }

        /** Direct ÷ all minutes over the member's weeks, or null when nothing is logged. */
        public Double directShare() {
            return workedMinutes == 0 ? null : (double) directMinutes / workedMinutes;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Member member && member.number == number && member.memberId.equals(memberId)
                    && member.files.equals(files) && member.weeks.equals(weeks) && member.unpaidMinutes == unpaidMinutes;
        }

        @Override
        public int hashCode() {
            return Objects.hash(number, memberId, files, weeks, unpaidMinutes);
        }
    }

    private final List<Member> members;
    private final int memberWeeks;
    private final double[] loggedHours;
    private final double[] loggedShares;
    private final Spread weeklyMinutes;
    private final Spread directShares;
    private final int weeksOverContract;
    private final long workedMinutes;
    private final long contractedMinutes;
    private final long overtimeMinutes;
    private final long unpaidMinutes;
    private final long outsideHoursMinutes;
    private final Map<WorkKind, Long> minutesByKind;
    private final List<RuleCount> breaches;
    private final int membersWithBreaches;

    /** Works every figure out once: a report over hundreds of members asks for them many times. */
    private TeamEvidence(List<Member> members) {
        this.members = List.copyOf(members);
        int weeks = 0;
        for (Member member : members) {
            weeks += member.weeks().size();
        }
        double[] hours = new double[weeks];
        double[] shares = new double[weeks];
        long[] kinds = new long[WorkKind.values().length];
        int logged = 0;
        int over = 0;
        long contracted = 0;
        long unpaid = 0;
        Map<String, int[]> rules = new LinkedHashMap<>();
        for (PossibleBreach.Rule rule : PossibleBreach.Rule.values()) {
            rules.put(rule.code(), new int[2]);
        }
        for (Member member : members) {
            unpaid += member.unpaidMinutes();
            Map<String, Integer> own = new HashMap<>();
            for (MemberExport.Week week : member.weeks()) {
                if (week.logged()) {
                    hours[logged] = week.worked();
                    shares[logged] = (double) week.minutes(WorkKind.DIRECT) / week.worked();
                    logged++;
                }
                over += week.overContract() ? 1 : 0;
                contracted += week.contracted();
                for (WorkKind kind : WorkKind.values()) {
                    kinds[kind.ordinal()] += week.minutes(kind);
                }
                week.breaches().forEach((code, count) -> own.merge(code, count, Integer::sum));
            }
            own.forEach((code, count) -> {
                int[] total = rules.computeIfAbsent(code, c -> new int[2]);
                total[0] += count;
                total[1] += count > 0 ? 1 : 0;
            });
        }
        this.memberWeeks = weeks;
        this.loggedHours = Arrays.copyOf(hours, logged);
        this.loggedShares = Arrays.copyOf(shares, logged);
        this.weeklyMinutes = Spread.of(loggedHours);
        this.directShares = Spread.of(loggedShares);
        this.weeksOverContract = over;
        this.contractedMinutes = contracted;
        this.unpaidMinutes = unpaid;
        this.workedMinutes = members.stream().mapToLong(Member::workedMinutes).sum();
        this.overtimeMinutes = members.stream().mapToLong(Member::overtimeMinutes).sum();
        this.outsideHoursMinutes = members.stream().mapToLong(Member::outsideHoursMinutes).sum();
        Map<WorkKind, Long> byKind = new EnumMap<>(WorkKind.class);
        for (WorkKind kind : WorkKind.values()) {
            byKind.put(kind, kinds[kind.ordinal()]);
        }
        this.minutesByKind = java.util.Collections.unmodifiableMap(byKind);
        List<RuleCount> counts = new ArrayList<>();
        rules.forEach((code, total) -> counts.add(new RuleCount(code, describe(code), total[0], total[1])));
        this.breaches = List.copyOf(counts);
        this.membersWithBreaches = (int) members.stream().filter(member -> member.breachCount() > 0).count();
    }

    /**
     * Which files can be taken together: in the order given, a file whose member already has a file with
     * any of the same weeks is refused, naming both.
     */
    public static Sifted sift(List<MemberFile> files) {
        List<MemberFile> accepted = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (MemberFile file : files) {
            MemberFile clash = null;
            for (MemberFile earlier : accepted) {
                if (earlier.memberId().equals(file.memberId()) && overlap(earlier.export(), file.export())) {
                    clash = earlier;
                    break;
                }
            }
            if (clash == null) {
                accepted.add(file);
            } else {
                WeekId from = max(clash.export().from(), file.export().from());
                WeekId to = min(clash.export().to(), file.export().to());
                refused.add(new Refusal(file.name(), "the same member as " + clash.name() + " (member id "
                        + shortId(file.memberId()) + "), with weeks in both files ("
                        + (from.equals(to) ? from.toString() : from + " to " + to) + "); take one of the two out"));
            }
        }
        return new Sifted(List.copyOf(accepted), List.copyOf(refused));
    }

    /** The files taken together; refused (naming the files) if two of one member overlap, or there are none. */
    public static TeamEvidence of(List<MemberFile> files) {
        Sifted sifted = sift(files);
        if (!sifted.refused().isEmpty()) {
            throw new InputRefusedException(String.join("\n", sifted.refused().stream().map(Refusal::message).toList()));
        }
        if (files.isEmpty()) {
            throw new InputRefusedException("no member files were given");
        }
        Map<String, List<MemberFile>> byMember = new TreeMap<>();
        for (MemberFile file : files) {
            byMember.computeIfAbsent(file.memberId(), id -> new ArrayList<>()).add(file);
        }
        List<Member> members = new ArrayList<>();
        for (Map.Entry<String, List<MemberFile>> entry : byMember.entrySet()) {
            List<MemberFile> own = new ArrayList<>(entry.getValue());
            own.sort(Comparator.comparing(file -> file.export().from()));
            List<MemberExport.Week> weeks = new ArrayList<>();
            long unpaid = 0;
            for (MemberFile file : own) {
                weeks.addAll(file.export().weeks());
                unpaid += file.export().unpaidMinutes();
            }
            members.add(new Member(members.size() + 1, entry.getKey(), own.stream().map(MemberFile::name).toList(), weeks, unpaid));
        }
        return new TeamEvidence(members);
    }

    /** The first characters of a member id, enough to tell two apart in a message: "a1b2c3d4…". */
    public static String shortId(String memberId) {
        return memberId.substring(0, Math.min(8, memberId.length())) + "…";
    }

    private static boolean overlap(MemberExport a, MemberExport b) {
        return a.from().compareTo(b.to()) <= 0 && b.from().compareTo(a.to()) <= 0;
    }

    private static WeekId max(WeekId a, WeekId b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static WeekId min(WeekId a, WeekId b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * The p-quantile (0 ≤ p ≤ 1) of sorted values by inclusive linear interpolation: at position
     * p × (n − 1) from 0, between the values either side in proportion (R's type 7, Excel's QUARTILE.INC).
     */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    public List<Member> members() {
        return members;
    }

    public int memberCount() {
        return members.size();
    }

    public WeekId from() {
        return members.stream().map(Member::from).min(Comparator.naturalOrder()).orElseThrow();
    }

    public WeekId to() {
        return members.stream().map(Member::to).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** All weeks of all members. */
    public int memberWeeks() {
        return memberWeeks;
    }

    /** The weeks with time logged: those the hours and shares are counted over. */
    public int loggedWeeks() {
        return loggedHours.length;
    }

    /** Minutes worked a week, over the member-weeks with time logged; null when none has. */
    public Spread weeklyMinutes() {
        return weeklyMinutes;
    }

    /** The direct-work share of each member-week with time logged; null when none has. */
    public Spread directShares() {
        return directShares;
    }

    public int weeksOverContract() {
        return weeksOverContract;
    }

    /** Weeks over contract ÷ weeks with time logged; null when none has. */
    public Double shareOverContract() {
        return loggedWeeks() == 0 ? null : (double) weeksOverContract() / loggedWeeks();
    }

    public long workedMinutes() {
        return workedMinutes;
    }

    public long contractedMinutes() {
        return contractedMinutes;
    }

    public long overtimeMinutes() {
        return overtimeMinutes;
    }

    public long unpaidMinutes() {
        return unpaidMinutes;
    }

    public long outsideHoursMinutes() {
        return outsideHoursMinutes;
    }

    public Map<WorkKind, Long> minutesByKind() {
        return minutesByKind;
    }

    /** Direct ÷ all minutes logged by everyone; null when nothing is logged. */
    public Double directShare() {
        long worked = workedMinutes();
        return worked == 0 ? null : (double) minutesByKind.get(WorkKind.DIRECT) / worked;
    }

    /**
     * Possible breaches per rule: every rule this version checks (with zero where none was found), then
     * any other rule code found in the files (from a newer version), each with the members affected.
     */
    public List<RuleCount> breaches() {
        return breaches;
    }

    public int breachCount() {
        return breaches.stream().mapToInt(RuleCount::count).sum();
    }

    /** Members with one or more possible breach of any rule. */
    public int membersWithBreaches() {
        return membersWithBreaches;
    }

    private static String describe(String code) {
        for (PossibleBreach.Rule rule : PossibleBreach.Rule.values()) {
            if (rule.code().equals(code)) {
                return rule.description();
            }
        }
        return code + " (a rule this version does not know)";
    }

    /**
     * The member-weeks with time logged by hours worked: bands of 5 hours (10 when 5 would need more than
     * {@value #MOST_HOUR_BUCKETS} bands), from the band of the fewest hours to the band of the most.
     */
    public Histogram hoursHistogram() {
        if (loggedHours.length == 0) {
            return new Histogram(0, 300, new int[8]);
        }
        double min = Arrays.stream(loggedHours).min().orElse(0);
        double max = Arrays.stream(loggedHours).max().orElse(0);
        long width = 300;
        while ((long) (Math.floor(max / width) - Math.floor(min / width)) + 1 > MOST_HOUR_BUCKETS) {
            width *= 2;
        }
        long low = (long) Math.floor(min / width) * width;
        int bands = (int) ((long) Math.floor(max / width) - low / width) + 1;
        int[] counts = new int[bands];
        for (double hours : loggedHours) {
            counts[(int) Math.min(bands - 1, (long) Math.floor((hours - low) / width))]++;
        }
        return new Histogram(low, width, counts);
    }

    /** The member-weeks with time logged by direct-work share, in bands of 10% (100% goes with 90–100%). */
    public Histogram shareHistogram() {
        int[] counts = new int[SHARE_BUCKETS];
        for (double share : loggedShares) {
            counts[Math.min(SHARE_BUCKETS - 1, (int) Math.floor(share * SHARE_BUCKETS + 1e-9))]++;
        }
        return new Histogram(0, 1.0 / SHARE_BUCKETS, counts);
    }

    /** The headline figures worded, label and value, as the report prints them and the window shows them. */
    public List<String[]> facts() {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Members", String.valueOf(memberCount())});
        facts.add(new String[] {"Period covered", period()});
        facts.add(new String[] {"Member-weeks", count(memberWeeks()) + ", of which " + count(loggedWeeks()) + " with time logged"});
        Spread hours = weeklyMinutes();
        facts.add(new String[] {"Weekly hours worked: median", hours == null ? "–" : hoursMinutes(hours.median())});
        facts.add(new String[] {"Weekly hours worked: middle half of weeks (quartiles)",
                hours == null ? "–" : hoursMinutes(hours.q1()) + " to " + hoursMinutes(hours.q3())});
        facts.add(new String[] {"Weeks worked over contract", count(weeksOverContract()) + " of " + count(loggedWeeks()) + " ("
                + DisplayFormats.percent(shareOverContract()) + ")"});
        facts.add(new String[] {"Overtime worked, total", total(overtimeMinutes())});
        facts.add(new String[] {"Unpaid overtime, total", total(unpaidMinutes())});
        facts.add(new String[] {"Outside hours (evenings, early mornings, weekends), total",
                total(outsideHoursMinutes()) + " (" + DisplayFormats.percent(workedMinutes() == 0 ? null
                        : (double) outsideHoursMinutes() / workedMinutes()) + " of time worked)"});
        facts.add(new String[] {"Possible working-time breaches", count(breachCount()) + ", affecting " + membersWithBreaches() + " of "
                + memberCount() + (memberCount() == 1 ? " member" : " members")});
        Spread shares = directShares();
        facts.add(new String[] {"Direct-work share of a week: median", shares == null ? "–"
                : DisplayFormats.percent(shares.median()) + " (quartiles " + DisplayFormats.percent(shares.q1()) + " to "
                + DisplayFormats.percent(shares.q3()) + ")"});
        return facts;
    }

    /** "2025-W10 to 2026-W09 (Mon 3 Mar 2025 – Sun 1 Mar 2026)" */
    public String period() {
        return from() + " to " + to() + " (" + DisplayFormats.day(from().monday()) + " – " + DisplayFormats.day(to().sunday()) + ")";
    }

    /** A count with thousands grouped: "26,000". */
    public static String count(long value) {
        return String.format(DisplayFormats.LOCALE, "%,d", value);
    }

    /** A team total of minutes as hours, thousands grouped: "71,564:53". */
    public static String total(long minutes) {
        return String.format(DisplayFormats.LOCALE, "%,d:%02d", minutes / 60, minutes % 60);
    }

    /** Minutes (perhaps a fraction, from a quartile) to the nearest minute, as hours: "41:30". */
    public static String hoursMinutes(double minutes) {
        return DisplayFormats.hoursMinutes(Math.round(minutes));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TeamEvidence team && team.members.equals(members);
    }

    @Override
    public int hashCode() {
        return Objects.hash(members);
    }
}
