package org.dwdiary.report;

import org.dwdiary.domain.InputRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A member file that is not sound is refused, naming the file and what is wrong, before any figure is used. */
class MemberFileTest {
    @TempDir Path folder;

    private String refusal(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return assertThrows(InputRefusedException.class, () -> MemberFile.read(file)).getMessage();
    }

    private String refusal(String name, String content) throws IOException {
        return refusal(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The sample member A's file with {@code from} replaced by {@code to}, its checksum made anew (a program that forges figures). */
    private static String resealed(String from, String to) {
        String text = TeamSamples.memberA().toJson();
        String changed = text.replace(from, to);
        assertTrue(!changed.equals(text), "the edit applies: " + from);
        Map<String, Object> body;
        try {
            body = com.fasterxml.jackson.jr.ob.JSON.std.with(com.fasterxml.jackson.jr.ob.JSON.Feature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .mapFrom(changed);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        body.remove("checksum");
        String sum = MemberExport.checksum(MemberExport.compact(body));
        return changed.replaceFirst("sha256:[0-9a-f]{64}", sum);
    }

    @Test
    void aSoundFileReadsBack() throws IOException {
        Path file = TeamSamples.write(TeamSamples.memberA(), folder.resolve("a.json"));

        MemberFile read = MemberFile.read(file);
        assertEquals("a.json", read.name());
        assertEquals(TeamSamples.memberA(), read.export());
    }

    @Test
    void theChecksumIsOverTheCompactJsonWithoutIt() throws IOException {
        String text = TeamSamples.memberA().toJson();
        String compactBody = text.replaceAll("\\s+", "").replaceFirst(",\"checksum\":\"sha256:[0-9a-f]{64}\"", "");

        // what `jq -cj 'del(.checksum)' FILE | sha256sum` prints: no string in the file holds a space
        assertTrue(text.contains(MemberExport.checksum(compactBody)), compactBody);
    }

    @Test
    void editsDamageAndOtherFilesAreRefusedNamingTheFile() throws IOException {
        String sound = TeamSamples.memberA().toJson();
        assertEquals("team-3.json: the checksum does not match; the file was edited or damaged",
                refusal("team-3.json", sound.replace("\"worked\" : 3000", "\"worked\" : 3001")));
        assertEquals("cut.json: it is not valid JSON (line 1, column 2: Unexpected end-of-input: expected close marker for Object)",
                refusal("cut.json", "{"), "a cut file");
        assertTrue(refusal("cut2.json", sound.substring(0, sound.length() / 2)).startsWith("cut2.json: it is not valid JSON ("));
        assertEquals("more.json: there is more after the JSON object; the file was edited or damaged", refusal("more.json", sound + "{}"));
        assertEquals("list.json: it is not a JSON object, so not a member file", refusal("list.json", "[1, 2]"));
        assertEquals("other.json: it is not a member file (no \"format\": \"dwdiary-member/1\")", refusal("other.json", "{\"name\": \"x\"}"));
        assertEquals("new.json: it is in the format dwdiary-member/2, which this version cannot read (it reads dwdiary-member/1)",
                refusal("new.json", "{\"format\": \"dwdiary-member/2\"}"));
        assertEquals("nosum.json: it has no checksum (\"checksum\": \"sha256:…\"), so an edit cannot be ruled out",
                refusal("nosum.json", sound.replaceFirst(",\\s*\"checksum\" : \"sha256:[0-9a-f]{64}\"", "")));
        assertEquals("latin1.json: it is not UTF-8 text, so not a member file",
                refusal("latin1.json", new byte[] {'{', '"', (byte) 0xe9, '"', ':', '1', '}'}));
        String duplicate = refusal("dup.json", "{\"format\": \"dwdiary-member/1\", \"format\": \"x\"}");
        assertTrue(duplicate.startsWith("dup.json: it is not valid JSON (") && duplicate.contains("format"), duplicate);
        assertEquals("missing.json: there is no such file",
                assertThrows(InputRefusedException.class, () -> MemberFile.read(folder.resolve("missing.json"))).getMessage());
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = folder.resolve("huge.json");
        try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
            big.setLength(MemberFile.MOST_BYTES + 1);
        }
        assertEquals("huge.json: it is 4 MB; a member file is far smaller (at most 4 MB)",
                assertThrows(InputRefusedException.class, () -> MemberFile.read(file)).getMessage());
    }

    @Test
    void figuresThatDisagreeAreRefusedEvenWithAMatchingChecksum() throws IOException {
        assertEquals("w.json: \"weeks[2026-W02].worked\" is 3001, not the sum of the minutes of each kind (3000)",
                refusal("w.json", resealed("\"worked\" : 3000", "\"worked\" : 3001")));
        assertEquals("o.json: \"weeks[2026-W02].overtime\" is 700, not worked beyond contracted (780)",
                refusal("o.json", resealed("\"overtime\" : 780", "\"overtime\" : 700")));
        assertEquals("n.json: \"weeks[2026-W01].minutes.direct\" is -600, outside 0 to 10140",
                refusal("n.json", resealed("\"direct\" : 600", "\"direct\" : -600")));
        assertEquals("u.json: \"unpaidMinutes\" is 9999, outside 0 to 780",
                refusal("u.json", resealed("\"unpaidMinutes\" : 780", "\"unpaidMinutes\" : 9999")));
        assertEquals("s.json: \"weeks[2026-W01].directShare\" is 0.9, not direct ÷ worked (0.3333)",
                refusal("s.json", resealed("\"directShare\" : 0.3333", "\"directShare\" : 0.9")));
        assertEquals("k.json: it holds \"weeks[2026-W01].activity\", which a member file does not have",
                refusal("k.json", resealed("\"week\" : \"2026-W01\",", "\"week\" : \"2026-W01\", \"activity\" : \"Home visit\",")));
        assertEquals("f.json: \"from\" is 2025-12-30, not a Monday",
                refusal("f.json", resealed("\"from\" : \"2025-12-29\"", "\"from\" : \"2025-12-30\"")));
        assertEquals("c.json: \"weeks\" has 2 weeks, but 2026-W01 to 2026-W03 is 3",
                refusal("c.json", resealed("\"to\" : \"2026-01-11\"", "\"to\" : \"2026-01-18\"")));
        assertEquals("i.json: \"memberId\" is not a member id (a UUID): Jane Smith",
                refusal("i.json", resealed(TeamSamples.A, "Jane Smith")));
        assertEquals("b.json: \"weeks[2026-W02].breaches.daily-rest-11h\" is not a count: many",
                refusal("b.json", resealed("\"daily-rest-11h\" : 1", "\"daily-rest-11h\" : \"many\"")));
    }
}
