package org.dwdiary.cli;

import org.dwdiary.report.MemberFile;
import org.dwdiary.report.Progress;
import org.dwdiary.report.TeamEvidence;
import org.dwdiary.report.pdf.TeamPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "team", mixinStandardHelpOptions = true,
        description = {"Takes any number of member files (made with `export member`) together, for a union representative:",
                "members, member-weeks, the median and quartiles of weekly hours, the share of weeks over contract, total",
                "overtime and unpaid overtime, possible breaches per rule, the spread of the direct-work share, and one",
                "row per member (numbered, never named). A file whose checksum fails, or that repeats weeks of a member",
                "already given, is refused: then nothing is written and every refused file is named on stderr."})
final class TeamCommand implements Callable<Integer> {
    @ParentCommand DiaryCli root;
    @Spec private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Member files (.json).")
    private List<Path> files;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the team report here (PDF).")
    private Path out;

    @Option(names = "--json", description = "Print the figures as JSON (minutes, shares 0–1).")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        if (out == null && !json) {
            throw new ParameterException(spec.commandLine(), "Give --out FILE.pdf, --json, or both");
        }
        List<MemberFile> read = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (MemberFile.Outcome outcome : MemberFile.readAll(files)) {
            if (outcome.file() != null) {
                read.add(outcome.file());
            } else {
                refused.add(outcome.refusal());
            }
        }
        for (TeamEvidence.Refusal refusal : TeamEvidence.sift(read).refused()) {
            refused.add(refusal.message());
        }
        if (!refused.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            for (String reason : refused) {
                err.println("team: " + reason);
            }
            err.println("team: nothing was written; " + refused.size() + " of " + files.size()
                    + (files.size() == 1 ? " file was" : " files were") + " refused.");
            err.flush();
            return DiaryCli.REFUSED;
        }
        TeamEvidence team = TeamEvidence.of(read);
        if (out != null) {
            ZonedDateTime now = ZonedDateTime.now(root.clock());
            byte[] pdf = TeamPdf.render(team, now, Progress.NONE);
            OutputFile.writeBinary(out, pdf);
        }
        if (json) {
            spec.commandLine().getOut().println(Json.write(asJson(team)));
        } else {
            spec.commandLine().getOut().println("Wrote " + out + ": " + team.memberCount()
                    + (team.memberCount() == 1 ? " member, " : " members, ") + team.memberWeeks() + " member-weeks.");
        }
        return 0;
    }

    static Map<String, Object> asJson(TeamEvidence team) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("members", team.memberCount());
        json.put("from", team.from().toString());
        json.put("to", team.to().toString());
        json.put("memberWeeks", team.memberWeeks());
        json.put("loggedWeeks", team.loggedWeeks());
        json.put("weeklyMinutes", spread(team.weeklyMinutes(), false));
        json.put("weeksOverContract", team.weeksOverContract());
        json.put("shareOverContract", Json.share(team.shareOverContract()));
        json.put("workedMinutes", team.workedMinutes());
        json.put("contractedMinutes", team.contractedMinutes());
        json.put("overtimeMinutes", team.overtimeMinutes());
        json.put("unpaidMinutes", team.unpaidMinutes());
        json.put("outsideHoursMinutes", team.outsideHoursMinutes());
        List<Map<String, Object>> rules = new ArrayList<>();
        for (TeamEvidence.RuleCount rule : team.breaches()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rule", rule.code());
            entry.put("count", rule.count());
            entry.put("members", rule.members());
            rules.add(entry);
        }
        json.put("breaches", rules);
        Map<String, Object> direct = new LinkedHashMap<>();
        direct.put("overall", Json.share(team.directShare()));
        direct.put("weekly", spread(team.directShares(), true));
        direct.put("buckets", team.shareHistogram().counts());
        json.put("directShare", direct);
        List<Map<String, Object>> members = new ArrayList<>();
        for (TeamEvidence.Member member : team.members()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("member", member.number());
            row.put("from", member.from().toString());
            row.put("to", member.to().toString());
            row.put("weeks", member.weeks().size());
            row.put("loggedWeeks", member.loggedWeeks());
            row.put("medianWeeklyMinutes", member.medianWeeklyMinutes() == null ? null : Math.round(member.medianWeeklyMinutes()));
            row.put("weeksOverContract", member.weeksOverContract());
            row.put("overtimeMinutes", member.overtimeMinutes());
            row.put("unpaidMinutes", member.unpaidMinutes());
            row.put("outsideHoursMinutes", member.outsideHoursMinutes());
            row.put("breaches", member.breachCount());
            row.put("directShare", Json.share(member.directShare()));
            members.add(row);
        }
        json.put("memberRows", members);
        return json;
    }

    /** Minutes to the nearest minute (as the report shows them), or shares to four decimals; null for no values. */
    private static Map<String, Object> spread(TeamEvidence.Spread spread, boolean shares) {
        if (spread == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        double[] values = {spread.min(), spread.q1(), spread.median(), spread.q3(), spread.max()};
        String[] names = {"min", "q1", "median", "q3", "max"};
        for (int i = 0; i < values.length; i++) {
            json.put(names[i], shares ? Json.share(values[i]) : (Object) Math.round(values[i]));
        }
        return json;
    }
}
