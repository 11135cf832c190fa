package org.dwdiary.report.pdf;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.report.ChartScale;
import org.dwdiary.report.Progress;
import org.dwdiary.report.TeamEvidence;
import org.dwdiary.report.WorkingTimeChecks;

import java.awt.Color;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The team evidence as a PDF for a union representative: the headline figures, the spread of weekly
 * hours and of the direct-work share as histograms with their median and quartiles, the possible
 * breaches per rule, one anonymous row per member, and the method. Every figure comes from
 * {@link TeamEvidence}, as in {@code team --json} and the window.
 */
public final class TeamPdf {
    public static final String TITLE = "Team working-time evidence";
    private static final Color MEDIAN = ReportPages.INK;
    private static final Color QUARTILE = PdfChart.TARGET;

    private TeamPdf() {
    }

    public static byte[] render(TeamEvidence team, ZonedDateTime generated, Progress progress) throws IOException {
        progress.step("Headline figures", 0.05);
        try (ReportPages pages = new ReportPages(TITLE, generated)) {
            pages.title(TITLE);
            pages.paragraph(team.memberCount() + (team.memberCount() == 1 ? " member" : " members") + " · " + team.period(),
                    11, false, ReportPages.MUTED);
            pages.space(6);
            pages.heading("Headline figures");
            pages.facts(team.facts());
            pages.note("Taken from member files made by each member from their own diary. No member is named: members "
                    + "are numbered in the order of random ids. The breaches are possible breaches found from the members' "
                    + "own records, not legal advice.");

            progress.step("Charts", 0.15);
            pages.keep(170 + 40);
            pages.heading("Weekly hours worked");
            pages.chart(hoursChart(team), 170);
            pages.note("Each bar counts the member-weeks with time logged whose hours worked fall in that band (from the "
                    + "lower figure up to, not including, the higher). The solid line is the median week, the dashed "
                    + "lines the quartiles: half of all weeks lie between them.");
            pages.keep(140 + 40);
            pages.heading("Direct-work share of each week");
            pages.chart(shareChart(team), 140);
            pages.note("Direct work ÷ all time logged in the week, for each member-week with time logged.");

            progress.step("Possible breaches", 0.25);
            pages.heading("Possible breaches of the Working Time Regulations");
            ReportPages.Table rules = pages.table(List.of(ReportPages.Column.left("Rule", 6),
                    ReportPages.Column.right("Possible breaches", 1.6f), ReportPages.Column.right("Members affected", 1.6f)), 8.5f);
            for (TeamEvidence.RuleCount rule : team.breaches()) {
                rules.row(rule.description(), TeamEvidence.count(rule.count()), rule.members() + " of " + team.memberCount());
            }
            rules.totalRow("All rules", TeamEvidence.count(team.breachCount()), team.membersWithBreaches() + " of " + team.memberCount());
            rules.end();
            pages.note("A breach is counted once for each day or week it is flagged; a 17-week average over the limit "
                    + "is flagged for each week it stays over.");

            pages.heading("Members");
            ReportPages.Table table = pages.table(List.of(
                    // Widths in points at 7.5 pt, measured: "Member 472", "2025-W10 to 2026-W09", "71,564:53" in bold.
                    ReportPages.Column.left("Member", 54),
                    ReportPages.Column.left("Weeks", 96),
                    ReportPages.Column.right("Logged", 44),
                    ReportPages.Column.right("Median week", 37),
                    ReportPages.Column.right("Over contract", 42),
                    ReportPages.Column.right("Overtime", 49),
                    ReportPages.Column.right("Unpaid", 49),
                    ReportPages.Column.right("Outside hours", 49),
                    ReportPages.Column.right("Possible breaches", 45),
                    ReportPages.Column.right("Direct share", 32)), 7.5f);
            List<TeamEvidence.Member> members = team.members();
            for (int i = 0; i < members.size(); i++) {
                if (i % 25 == 0) {
                    progress.step("Member rows", 0.3 + 0.5 * i / members.size());
                }
                TeamEvidence.Member member = members.get(i);
                Double median = member.medianWeeklyMinutes();
                table.row(member.label(),
                        member.from().equals(member.to()) ? member.from().toString() : member.from() + " to " + member.to(),
                        member.loggedWeeks() + " of " + member.weeks().size(),
                        median == null ? "–" : TeamEvidence.hoursMinutes(median),
                        String.valueOf(member.weeksOverContract()),
                        DisplayFormats.hoursMinutes(member.overtimeMinutes()),
                        DisplayFormats.hoursMinutes(member.unpaidMinutes()),
                        DisplayFormats.hoursMinutes(member.outsideHoursMinutes()),
                        String.valueOf(member.breachCount()),
                        DisplayFormats.percent(member.directShare()));
            }
            TeamEvidence.Spread hours = team.weeklyMinutes();
            table.totalRow("All members", team.from() + " to " + team.to(),
                    TeamEvidence.count(team.loggedWeeks()) + " of " + TeamEvidence.count(team.memberWeeks()),
                    hours == null ? "–" : TeamEvidence.hoursMinutes(hours.median()), TeamEvidence.count(team.weeksOverContract()),
                    TeamEvidence.total(team.overtimeMinutes()), TeamEvidence.total(team.unpaidMinutes()),
                    TeamEvidence.total(team.outsideHoursMinutes()), TeamEvidence.count(team.breachCount()),
                    DisplayFormats.percent(team.directShare()));
            table.end();
            pages.note("Weeks: the first and last week of the member's files. Logged: weeks with time logged, of all weeks. "
                    + "Median week: hours worked in the member's median week with time logged. Over contract: weeks worked "
                    + "beyond the hours contracted. Unpaid: overtime neither paid nor returned, as the member's diary counts "
                    + "it. Direct share: direct work ÷ all time logged over the member's weeks.");

            progress.step("Method", 0.85);
            pages.heading("Method");
            pages.subheading("The member files and the figures");
            pages.paragraph(TeamEvidence.METHOD);
            pages.subheading("Possible breaches of the Working Time Regulations");
            pages.paragraph(WorkingTimeChecks.METHOD);
            progress.step("Finishing", 0.95);
            return pages.toBytes();
        }
    }

    private static PdfChart hoursChart(TeamEvidence team) {
        TeamEvidence.Histogram histogram = team.hoursHistogram();
        List<String> bands = new ArrayList<>();
        for (int i = 0; i < histogram.counts().length; i++) {
            long from = Math.round((histogram.low() + i * histogram.width()) / 60);
            long to = Math.round((histogram.low() + (i + 1) * histogram.width()) / 60);
            bands.add(from + "–" + to);
        }
        PdfChart chart = new PdfChart("Member-weeks by hours worked in the week (hours)", bands, ChartScale.counts(histogram.max()))
                .stacked("Member-weeks", PdfChart.WORKED, counts(histogram));
        TeamEvidence.Spread spread = team.weeklyMinutes();
        if (spread != null) {
            chart.mark("Median " + TeamEvidence.hoursMinutes(spread.median()), MEDIAN, histogram.position(spread.median()), false)
                    .mark("Quartiles " + TeamEvidence.hoursMinutes(spread.q1()) + " and " + TeamEvidence.hoursMinutes(spread.q3()),
                            QUARTILE, histogram.position(spread.q1()), true)
                    .mark("Quartiles " + TeamEvidence.hoursMinutes(spread.q1()) + " and " + TeamEvidence.hoursMinutes(spread.q3()),
                            QUARTILE, histogram.position(spread.q3()), true);
        }
        return chart;
    }

    private static PdfChart shareChart(TeamEvidence team) {
        TeamEvidence.Histogram histogram = team.shareHistogram();
        List<String> bands = new ArrayList<>();
        for (int i = 0; i < histogram.counts().length; i++) {
            bands.add(i * 10 + "–" + (i + 1) * 10 + "%");
        }
        PdfChart chart = new PdfChart("Member-weeks by direct-work share", bands, ChartScale.counts(histogram.max()))
                .stacked("Member-weeks", PdfChart.DIRECT, counts(histogram));
        TeamEvidence.Spread spread = team.directShares();
        if (spread != null) {
            String quartiles = "Quartiles " + DisplayFormats.percent(spread.q1()) + " and " + DisplayFormats.percent(spread.q3());
            chart.mark("Median " + DisplayFormats.percent(spread.median()), MEDIAN, histogram.position(spread.median()), false)
                    .mark(quartiles, QUARTILE, histogram.position(spread.q1()), true)
                    .mark(quartiles, QUARTILE, histogram.position(spread.q3()), true);
        }
        return chart;
    }

    private static double[] counts(TeamEvidence.Histogram histogram) {
        double[] counts = new double[histogram.counts().length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = histogram.counts()[i];
        }
        return counts;
    }
}
