package org.dwdiary.bench;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.SampleDiary;
import org.dwdiary.store.Diary;
import org.dwdiary.store.SampleDiaryWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmarks' data, all of it from the demo's generator ({@link SampleDiary}, written by
 * {@link SampleDiaryWriter} as {@code dwdiary demo} writes it), on a fixed clock (Wednesday 25 November
 * 2026, noon, London).
 *
 * <p>Writing a big diary takes seconds (100,000 blocks: about 10 s), and JMH runs every benchmark method in a
 * JVM of its own, so the diaries are written once and kept under {@code target/bench-data} (or the folder in
 * the system property {@code dwdiary.bench.data}), in a folder named after what they hold and a digest of
 * the code that writes them; each benchmark works on its own copy.
 */
final class BenchData {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), LONDON);
    static final ZonedDateTime NOW = CLOCK.instant().atZone(LONDON);
    /** The seed of the benchmarks' ten-year diary (the demo's own default is 2026). */
    static final long SEED = 7;
    static final int TEN_YEARS = 520;
    static final int BLOCKS_PER_DAY = 10;
    static final int HUNDRED_THOUSAND = 100_000;

    private BenchData() {
    }

    /** 520 weeks up to 25 November 2026 at 10 blocks a working day (about 26,000 blocks), as {@code demo} writes it. */
    static Path tenYearDiary() {
        return cached("weeks-" + TEN_YEARS + "-blocks-" + BLOCKS_PER_DAY + "-seed-" + SEED,
                diary -> SampleDiaryWriter.write(diary, TEN_YEARS, BLOCKS_PER_DAY, SEED, CLOCK));
    }

    /** Exactly 100,000 blocks at 10 a working day: the last of about 38 years' sample. */
    static Path hundredThousandBlocks() {
        return cached("blocks-" + HUNDRED_THOUSAND + "-per-day-" + BLOCKS_PER_DAY + "-seed-" + SEED,
                diary -> SampleDiaryWriter.write(diary, hundredThousand()));
    }

    static List<Block> hundredThousand() {
        return SampleDiary.latest(HUNDRED_THOUSAND, BLOCKS_PER_DAY, SEED, NOW);
    }

    /** A new, empty diary in London time (where the sample's blocks are), closed; for importing into. */
    static Path emptyDiary(String name) {
        Path folder = tempFolder(name);
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.setZone(LONDON.getId());
        }
        return folder;
    }

    /** A private copy of a cached diary's folder, for a benchmark to open (opening may write). */
    static Path copyOf(Path diaryFolder) {
        Path copy = tempFolder(diaryFolder.getFileName().toString());
        copyTree(diaryFolder, copy);
        return copy;
    }

    static Path tempFolder(String name) {
        try {
            return Files.createTempDirectory("dwdiary-bench-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Filler {
        void fill(Diary diary);
    }

    private static synchronized Path cached(String name, Filler filler) {
        Path root = Path.of(System.getProperty("dwdiary.bench.data", "target/bench-data")).toAbsolutePath();
        Path folder = root.resolve(name + "-" + codeDigest());
        if (Files.isDirectory(folder)) {
            return folder;
        }
        try {
            Files.createDirectories(root);
            Path making = Files.createTempDirectory(root, name + "-making-");
            try (Diary diary = Diary.open(making, CLOCK)) {
                diary.setZone(LONDON.getId());
                filler.fill(diary);
            }
            try {
                Files.move(making, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException alreadyThere) {
                delete(making);
                if (!Files.isDirectory(folder)) {
                    throw alreadyThere;
                }
            }
            deleteOlder(root, name, folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Earlier versions of the same diary (written by older code) are of no more use. */
    private static void deleteOlder(Path root, String name, Path current) throws IOException {
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(other -> other.getFileName().toString().matches(Pattern.quote(name) + "-[0-9a-f]{12}"))
                    .filter(other -> !other.equals(current))
                    .forEach(BenchData::delete);
        }
    }

    /** A digest of the code that decides what a sample diary's file holds, so a changed generator or store writes it anew. */
    private static String codeDigest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Integer.toString(Diary.SCHEMA_VERSION).getBytes());
            for (Class<?> type : List.of(SampleDiary.class, SampleDiaryWriter.class, Diary.class, Block.class)) {
                try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
