package org.dwdiary.report;

import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.dwdiary.report.TeamSamples.A;
import static org.dwdiary.report.TeamSamples.B;
import static org.dwdiary.report.TeamSamples.week;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team figures of {@link TeamSamples}' two members, every one worked out by hand. */
class TeamEvidenceTest {
    @TempDir Path folder;

    private MemberFile file(MemberExport export, String name) throws IOException {
        return MemberFile.read(TeamSamples.write(export, folder.resolve(name)));
    }

    private TeamEvidence team() throws IOException {
        // B first: the member numbers follow the ids, not the order of the files.
        return TeamEvidence.of(List.of(file(TeamSamples.memberB(), "b.json"), file(TeamSamples.memberA(), "a.json")));
    }

    @Test
    void quantilesInterpolateLinearlyBetweenTheValuesEitherSide() {
        double[] sorted = {1800, 2400, 2700, 3000};
        // positions p × (n − 1): 0.75, 1.5, 2.25
        assertEquals(2250, TeamEvidence.quantile(sorted, 0.25), 1e-9);
        assertEquals(2550, TeamEvidence.quantile(sorted, 0.5), 1e-9);
        assertEquals(2775, TeamEvidence.quantile(sorted, 0.75), 1e-9);
        assertEquals(1800, TeamEvidence.quantile(sorted, 0), 1e-9);
        assertEquals(3000, TeamEvidence.quantile(sorted, 1), 1e-9);
        assertEquals(7, TeamEvidence.quantile(new double[] {7}, 0.25), 1e-9);
        assertEquals(3, TeamEvidence.quantile(new double[] {1, 2, 3, 4, 5}, 0.5), 1e-9, "an odd count: the middle value");
    }

    @Test
    void weeklyHoursAreCountedOverTheWeeksWithTimeLogged() throws IOException {
        TeamEvidence team = team();

        assertEquals(2, team.memberCount());
        assertEquals(5, team.memberWeeks());
        assertEquals(4, team.loggedWeeks(), "B's week of leave says nothing about hours");
        TeamEvidence.Spread hours = team.weeklyMinutes();
        assertEquals(new TeamEvidence.Spread(4, 1800, 2250, 2550, 2775, 3000), hours);
        assertEquals("42:30", TeamEvidence.hoursMinutes(hours.median()));
        assertEquals(WeekId.parse("2026-W01"), team.from());
        assertEquals(WeekId.parse("2026-W03"), team.to());
    }

    @Test
    void weeksOverContractOvertimeAndUnpaidHoursAddUp() throws IOException {
        TeamEvidence team = team();

        assertEquals(3, team.weeksOverContract(), "A's W02, B's W01 and W03");
        assertEquals(0.75, team.shareOverContract(), 1e-9);
        assertEquals(780 + 180 + 480, team.overtimeMinutes());
        assertEquals(780 + 300, team.unpaidMinutes());
        assertEquals(120, team.outsideHoursMinutes());
        assertEquals(1800 + 3000 + 2400 + 2700, team.workedMinutes());
    }

    @Test
    void breachesAreCountedPerRuleWithTheMembersAffected() throws IOException {
        TeamEvidence team = team();

        List<TeamEvidence.RuleCount> rules = team.breaches();
        assertEquals(List.of("weekly-48h", "daily-rest-11h", "weekly-rest-24h", "break-20min", "night-8h"),
                rules.stream().map(TeamEvidence.RuleCount::code).toList(), "every rule, in its own order");
        assertEquals(new TeamEvidence.RuleCount("daily-rest-11h", PossibleBreach.Rule.DAILY_REST_11H.description(), 2, 2), rules.get(1));
        assertEquals(new TeamEvidence.RuleCount("break-20min", PossibleBreach.Rule.BREAK_20MIN.description(), 2, 1), rules.get(3));
        assertEquals(0, rules.get(0).count());
        assertEquals(4, team.breachCount());
        assertEquals(2, team.membersWithBreaches());
    }

    @Test
    void theDirectShareIsSpreadOverTheWeeksWithTimeLogged() throws IOException {
        TeamEvidence team = team();

        // shares 1/4 (B W01), 1/3 (A W01), 2/5 (A W02), 1/2 (B W03), from the minutes
        TeamEvidence.Spread shares = team.directShares();
        assertEquals(0.25, shares.min(), 1e-9);
        assertEquals(0.25 + 0.75 * (1 / 3.0 - 0.25), shares.q1(), 1e-9);
        assertEquals(1 / 3.0 + 0.5 * (0.4 - 1 / 3.0), shares.median(), 1e-9);
        assertEquals(0.4 + 0.25 * (0.5 - 0.4), shares.q3(), 1e-9);
        assertArrayEquals(new int[] {0, 0, 1, 1, 1, 1, 0, 0, 0, 0}, team.shareHistogram().counts());
        assertEquals((600 + 1200 + 600 + 1350) / 9900.0, team.directShare(), 1e-9);
    }

    @Test
    void theHoursHistogramRunsInFiveHourBandsFromTheFewestHoursToTheMost() throws IOException {
        TeamEvidence.Histogram histogram = team().hoursHistogram();

        assertEquals(1800, histogram.low(), 1e-9);
        assertEquals(300, histogram.width(), 1e-9);
        assertArrayEquals(new int[] {1, 0, 1, 1, 1}, histogram.counts(), "30–35, 35–40, 40–45, 45–50, 50–55");
        assertEquals(2.5, histogram.position(2550), 1e-9, "the median, 42:30, half way through 40–45");
    }

    @Test
    void membersAreNumberedInTheOrderOfTheirIdsWithTheirOwnFigures() throws IOException {
        List<TeamEvidence.Member> members = team().members();

        assertEquals(A, members.get(0).memberId());
        assertEquals("Member 1", members.get(0).label());
        assertEquals(List.of("a.json"), members.get(0).files());
        TeamEvidence.Member b = members.get(1);
        assertEquals(3, b.weeks().size());
        assertEquals(2, b.loggedWeeks());
        assertEquals(2550, b.medianWeeklyMinutes(), 1e-9, "40:00 and 45:00");
        assertEquals(2, b.weeksOverContract());
        assertEquals(660, b.overtimeMinutes());
        assertEquals(300, b.unpaidMinutes());
        assertEquals(3, b.breachCount());
        assertEquals(1950 / 5100.0, b.directShare(), 1e-9);
    }

    @Test
    void headlineFiguresAreWordedOnce() throws IOException {
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        team().facts().forEach(row -> facts.put(row[0], row[1]));

        assertEquals("2", facts.get("Members"));
        assertEquals("2026-W01 to 2026-W03 (Mon 29 Dec 2025 – Sun 18 Jan 2026)", facts.get("Period covered"));
        assertEquals("5, of which 4 with time logged", facts.get("Member-weeks"));
        assertEquals("42:30", facts.get("Weekly hours worked: median"));
        assertEquals("37:30 to 46:15", facts.get("Weekly hours worked: middle half of weeks (quartiles)"));
        assertEquals("3 of 4 (75%)", facts.get("Weeks worked over contract"));
        assertEquals("24:00", facts.get("Overtime worked, total"));
        assertEquals("18:00", facts.get("Unpaid overtime, total"));
        assertEquals("4, affecting 2 of 2 members", facts.get("Possible working-time breaches"));
        assertEquals("37% (quartiles 31% to 43%)", facts.get("Direct-work share of a week: median"));
    }

    @Test
    void twoFilesOfOneMemberWithTheSameWeeksAreRefusedNamingBoth() throws IOException {
        MemberFile first = file(TeamSamples.memberA(), "team-2.json");
        MemberFile again = file(TeamSamples.memberA(), "team-5.json");
        MemberFile other = file(TeamSamples.memberB(), "team-3.json");

        TeamEvidence.Sifted sifted = TeamEvidence.sift(List.of(first, other, again));
        assertEquals(List.of(first, other), sifted.accepted());
        assertEquals(1, sifted.refused().size());
        String message = sifted.refused().get(0).message();
        assertTrue(message.startsWith("team-5.json: the same member as team-2.json"), message);
        assertTrue(message.contains("2026-W01 to 2026-W02"), message);

        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> TeamEvidence.of(List.of(first, other, again)));
        assertTrue(refused.getMessage().contains("team-5.json") && refused.getMessage().contains("team-2.json"), refused.getMessage());
    }

    @Test
    void oneMembersTwoQuartersAreTakenTogetherAsOneMember() throws IOException {
        MemberExport spring = new MemberExport(A, WeekId.parse("2026-W14"), WeekId.parse("2026-W15"), List.of(
                week("2026-W14", 600, 1800, 0, 0, 2220, 0, Map.of()),
                week("2026-W15", 0, 2700, 0, 0, 2220, 60, Map.of("weekly-48h", 1))), 200);
        // the later quarter given first: the weeks still run in order
        TeamEvidence team = TeamEvidence.of(List.of(file(spring, "a-q2.json"), file(TeamSamples.memberA(), "a-q1.json"),
                file(TeamSamples.memberB(), "b.json")));

        assertEquals(2, team.memberCount());
        TeamEvidence.Member a = team.members().get(0);
        assertEquals(List.of("a-q1.json", "a-q2.json"), a.files());
        assertEquals(List.of("2026-W01", "2026-W02", "2026-W14", "2026-W15"),
                a.weeks().stream().map(w -> w.week().toString()).toList());
        assertEquals(980, a.unpaidMinutes());
        assertEquals(780 + 180 + 480, a.overtimeMinutes());
        assertEquals(1, team.breaches().get(0).count(), "weekly-48h, in A's second quarter");
        assertEquals(2, team.breaches().get(1).count(), "daily-rest-11h, as before");
        assertEquals(2, team.membersWithBreaches());
        assertEquals(WeekId.parse("2026-W15"), team.to());
    }

    @Test
    void noFilesAreRefused() {
        assertThrows(InputRefusedException.class, () -> TeamEvidence.of(List.of()));
    }
}
