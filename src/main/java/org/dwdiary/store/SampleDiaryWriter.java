package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.ImportBatch;
import org.dwdiary.domain.ImportRow;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.SampleDiary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Fills a diary with a generated sample, in one transaction (for `demo`, the welcome screen and benchmarks). */
public final class SampleDiaryWriter {
    private SampleDiaryWriter() {
    }

    /** @return the number of blocks written */
    public static int write(Diary diary, int weeks, int blocksPerDay, long seed, Clock clock) {
        return write(diary, SampleDiary.generate(weeks, blocksPerDay, seed, clock.instant().atZone(diary.zone())));
    }

    /** Writes blocks made by {@link SampleDiary} (e.g. {@link SampleDiary#latest}); @return the number written */
    public static int write(Diary diary, List<Block> blocks) {
        List<ImportRow> rows = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            rows.add(new ImportRow(i + 1, blocks.get(i)));
        }
        return diary.importBatch(new ImportBatch("the sample diary", rows, List.of()), RecordedVia.DEMO);
    }
}
