package org.dwdiary.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.dwdiary.domain.London.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The proposed block is "Home visit" on Monday 2 March 2026, 09:00–12:00, unless a test says otherwise. */
class TrimsTest {
    private static final String DAY = "2026-03-02T";
    private static final Block PROPOSED = London.block(0, WorkKind.DIRECT, "Home visit", DAY + "09:00", DAY + "12:00");

    /** "08:00-10:00 11:00-13:00" as stored blocks with ids 1, 2… */
    private static List<Block> clashes(String spans) {
        List<Block> blocks = new ArrayList<>();
        for (String span : spans.trim().split("\\s+")) {
            String[] times = span.split("-");
            blocks.add(London.block(blocks.size() + 1, WorkKind.RECORDING, "Case notes " + (blocks.size() + 1),
                    DAY + times[0], DAY + times[1]));
        }
        return blocks;
    }

    /** "1@08:00-09:00": a block's id and wall-clock times. */
    private static String written(Block block) {
        ZonedDateTime start = block.start().atZone(ZONE);
        ZonedDateTime end = block.end().atZone(ZONE);
        return block.id() + "@" + DisplayFormats.TIME.format(start) + "-" + DisplayFormats.TIME.format(end);
    }

    private static String written(List<Block> blocks) {
        return blocks.stream().map(TrimsTest::written).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "09:00–12:00 against {0} becomes {1}")
    @CsvSource({
            // a clash covering the start
            "08:00-10:00,               10:00-12:00",
            // a clash covering the end
            "11:00-13:00,               09:00-11:00",
            // a clash inside: the longer free part wins
            "10:00-10:30,               10:30-12:00",
            "10:30-11:00,               09:00-10:30",
            // equal free parts: the earlier one
            "10:00-11:00,               09:00-10:00",
            // several clashes, given in any order
            "11:00-11:30 09:30-10:00,   10:00-11:00",
            "09:30-10:00 10:30-11:00,   11:00-12:00",
            "08:00-09:30 11:15-12:30,   09:30-11:15",
            // clashes that overlap each other
            "09:30-11:00 10:00-10:30,   11:00-12:00",
            "08:00-11:30 10:00-10:30,   11:30-12:00",
            // fully covered
            "08:00-13:00,               none",
            "09:00-12:00,               none",
            "09:00-10:30 10:30-12:00,   none",
            "08:00-11:00 10:00-12:30,   none",
    })
    void shorteningTheNewBlockKeepsItsLongestFreeStretch(String clashes, String expected) {
        Optional<Block> shortened = Trims.shortenProposed(PROPOSED, clashes(clashes));

        assertEquals(expected, shortened.map(b -> written(b).substring(2)).orElse("none"));
        shortened.ifPresent(block -> {
            assertEquals("Home visit", block.activity());
            assertEquals(WorkKind.DIRECT, block.kind());
            assertTrue(clashes(clashes).stream().noneMatch(block::overlaps));
        });
    }

    @ParameterizedTest(name = "09:00–12:00 against {0}: takes out [{1}], puts in [{2}]")
    @CsvSource(delimiter = '|', value = {
            // covering the start: the clash keeps its start and its id
            "08:00-10:00             | 1@08:00-10:00             | 1@08:00-09:00 0@09:00-12:00 | add \"Home visit\" and shorten \"Case notes 1\"",
            // covering the end: the clash keeps its end and its id
            "11:00-13:00             | 1@11:00-13:00             | 1@12:00-13:00 0@09:00-12:00 | add \"Home visit\" and shorten \"Case notes 1\"",
            // around: split in two, the second piece is a new block
            "08:00-13:00             | 1@08:00-13:00             | 1@08:00-09:00 0@12:00-13:00 0@09:00-12:00 | add \"Home visit\" and shorten \"Case notes 1\"",
            // several clashes
            "08:00-09:30 11:30-12:30 | 1@08:00-09:30 2@11:30-12:30 | 1@08:00-09:00 2@12:00-12:30 0@09:00-12:00 | add \"Home visit\" and shorten 2 blocks",
    })
    void makingRoomShortensTheBlocksInTheWay(String clashes, String removed, String added, String description) {
        DiaryChange change = Trims.makeRoom(PROPOSED, clashes(clashes)).orElseThrow();

        assertEquals(removed, written(change.removed()));
        assertEquals(added, written(change.added()));
        assertEquals(description, change.description());
    }

    @Test
    void splitBlockKeepsItsKindActivityAndNoteInBothPieces() {
        Block around = new Block(5, London.at(DAY + "08:00"), London.at(DAY + "13:00"), ZONE, WorkKind.MEETINGS,
                "Training", "All day");

        DiaryChange change = Trims.makeRoom(PROPOSED, List.of(around)).orElseThrow();

        List<Block> pieces = change.added().subList(0, 2);
        assertEquals(5, pieces.get(0).id());
        assertEquals(0, pieces.get(1).id());
        assertTrue(pieces.stream().allMatch(p -> p.kind() == WorkKind.MEETINGS
                && "Training".equals(p.activity()) && "All day".equals(p.note())));
        assertTrue(pieces.stream().noneMatch(PROPOSED::overlaps));
    }

    @ParameterizedTest(name = "09:00–12:00 against {0}: no room can be made")
    @CsvSource({
            "10:00-11:00",
            "09:00-12:00",
            "09:00-10:00",
            "11:00-12:00",
            "08:00-10:00 10:30-11:00",
    })
    void blockWhollyInsideTheNewOneIsNeverDeletedToMakeRoom(String clashes) {
        assertEquals(Optional.empty(), Trims.makeRoom(PROPOSED, clashes(clashes)));
    }

    @Test
    void undoingMadeRoomPutsTheOldBlockBack() {
        List<Block> clashes = clashes("08:00-13:00");

        DiaryChange undo = Trims.makeRoom(PROPOSED, clashes).orElseThrow().inverse();

        assertEquals(clashes, undo.added());
        assertEquals(3, undo.removed().size());
    }
}
