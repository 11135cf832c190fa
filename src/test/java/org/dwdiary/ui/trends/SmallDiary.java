package org.dwdiary.ui.trends;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A small diary whose trends are worked out by hand, on a 3-hour contract (Mon–Fri, 08:00–18:00) with a
 * 25% target, seen from Wednesday 4 March 2026 (week 10):
 * <pre>
 * W07  Mon 9 Feb direct 1:00; Sat 14 Feb recording 1:00 (a non-working day)   2:00, 50%, no overtime
 * W08  Mon 16 Feb direct 1:00, recording 3:00                                 4:00, 25%, 1:00 over
 * W09  nothing logged                                                         a gap
 * W10  Mon 2 Mar direct 1:15; Tue 3 Mar travel 0:30, recording 17:00–19:30    4:15, 29%, 1:15 over
 *      (1:30 of it after 18:00)
 * </pre>
 * Thirteen weeks to W10: 3:15 direct of 10:15 (32%); 2:15 over the contract in 2 weeks; 1:30 of
 * evenings and 1:00 on a non-working day.
 */
public final class SmallDiary {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private SmallDiary() {
    }

    public static Block block(String from, String to, WorkKind kind) {
        return Block.create(LocalDateTime.parse(from).atZone(LONDON).toInstant(),
                LocalDateTime.parse(to).atZone(LONDON).toInstant(), LONDON, kind, kind.displayName(), null);
    }

    public static void write(Diary diary) {
        diary.setZone("Europe/London");
        diary.setFigureSetting(FigureSetting.CONTRACT_HOURS, "3:00", null);
        diary.setFigureSetting(FigureSetting.DIRECT_TARGET, "25%", null);
        for (Block block : List.of(
                block("2026-02-09T09:00", "2026-02-09T10:00", WorkKind.DIRECT),
                block("2026-02-14T10:00", "2026-02-14T11:00", WorkKind.RECORDING),
                block("2026-02-16T09:00", "2026-02-16T10:00", WorkKind.DIRECT),
                block("2026-02-16T10:00", "2026-02-16T13:00", WorkKind.RECORDING),
                block("2026-03-02T09:00", "2026-03-02T10:15", WorkKind.DIRECT),
                block("2026-03-03T08:00", "2026-03-03T08:30", WorkKind.TRAVEL),
                block("2026-03-03T17:00", "2026-03-03T19:30", WorkKind.RECORDING))) {
            diary.add(block, RecordedVia.GUI);
        }
    }
}
