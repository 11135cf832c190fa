package org.dwdiary.report;

import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two members whose team figures are worked out by hand (see {@code TeamEvidenceTest}):
 * <pre>
 * member aaaa…  2026-W01  direct 10:00, recording 20:00            30:00 of 37:00
 *               2026-W02  direct 20:00, recording 20:00, travel 5:00, meetings 5:00
 *                                                                  50:00 of 37:00, 13:00 over, 2:00 outside hours,
 *                                                                  1 daily-rest-11h; unpaid 13:00
 * member bbbb…  2026-W01  direct 10:00, recording 30:00            40:00 of 37:00, 3:00 over
 *               2026-W02  nothing (leave: contracted 0)
 *               2026-W03  direct 22:30, meetings 22:30              45:00 of 37:00, 8:00 over,
 *                                                                  2 break-20min, 1 daily-rest-11h; unpaid 5:00
 * </pre>
 */
public final class TeamSamples {
    public static final String A = "aaaaaaaa-1111-4111-8111-111111111111";
    public static final String B = "bbbbbbbb-2222-4222-8222-222222222222";

    private TeamSamples() {
    }

    public static MemberExport.Week week(String week, long direct, long recording, long travel, long meetings,
                                         long contracted, long outside, Map<String, Integer> breaches) {
        Map<WorkKind, Long> minutes = new EnumMap<>(WorkKind.class);
        minutes.put(WorkKind.DIRECT, direct);
        minutes.put(WorkKind.RECORDING, recording);
        minutes.put(WorkKind.TRAVEL, travel);
        minutes.put(WorkKind.MEETINGS, meetings);
        long worked = direct + recording + travel + meetings;
        return new MemberExport.Week(WeekId.parse(week), minutes, worked, contracted, Math.max(0, worked - contracted), outside,
                MemberExport.roundShare(worked == 0 ? null : (double) direct / worked), new LinkedHashMap<>(breaches));
    }

    public static MemberExport memberA() {
        return new MemberExport(A, WeekId.parse("2026-W01"), WeekId.parse("2026-W02"), List.of(
                week("2026-W01", 600, 1200, 0, 0, 2220, 0, Map.of()),
                week("2026-W02", 1200, 1200, 300, 300, 2220, 120, Map.of("daily-rest-11h", 1))), 780);
    }

    public static MemberExport memberB() {
        Map<String, Integer> w03 = new LinkedHashMap<>();
        w03.put("daily-rest-11h", 1);
        w03.put("break-20min", 2);
        return new MemberExport(B, WeekId.parse("2026-W01"), WeekId.parse("2026-W03"), List.of(
                week("2026-W01", 600, 1800, 0, 0, 2220, 0, Map.of()),
                week("2026-W02", 0, 0, 0, 0, 0, 0, Map.of()),
                week("2026-W03", 1350, 0, 0, 1350, 2220, 0, w03)), 300);
    }

    /** Writes an export as a member would send it. */
    public static Path write(MemberExport export, Path file) throws IOException {
        export.write(file);
        return file;
    }
}
