package co.presencia.intervention.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe's line evidence equals an independent reading: lines split at LF, CR LF or a lone CR, each decoded by the
 * JDK's strict UTF-8 decoder. Files are random mixes of plain ASCII runs (the probe's eight-byte path), line ends of
 * every kind, valid multi-byte letters, Latin-1 bytes and broken sequences, some placed across the probe's 64 KiB
 * buffer boundary.
 */
class FileProbeTest {

    private static final byte[][] PIECES = {
        "Medellín".getBytes(StandardCharsets.UTF_8), "Bogotá, D.C.".getBytes(StandardCharsets.UTF_8),
        "€".getBytes(StandardCharsets.UTF_8), "𝄞".getBytes(StandardCharsets.UTF_8),
        "Medellín".getBytes(StandardCharsets.ISO_8859_1), {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xA9}, {(byte) 0x80, (byte) 0xBF}, {'\n'}, {'\r'}, {'\r', '\n'}, {'\n', '\r'},
    };

    @TempDir
    Path folder;

    @Test
    void lineEvidenceAgreesWithTheStrictDecoderOnRandomFiles() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        for (int file = 0; file < 60; file++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int target = file < 50 ? random.nextInt(1, 400) : random.nextInt(60_000, 200_000);
            while (bytes.size() < target) {
                if (random.nextInt(4) > 0) {
                    for (int k = random.nextInt(0, 40); k > 0; k--) {
                        bytes.write(random.nextInt(0x20, 0x7F));
                    }
                } else {
                    byte[] piece = PIECES[random.nextInt(PIECES.length)];
                    bytes.write(piece, 0, piece.length);
                }
            }
            assertAgreement(bytes.toByteArray(), "random file " + file);
        }
    }

    @Test
    void aSequenceCutByEightAsciiBytesIsNotUtf8() throws IOException {
        // A lead byte, then eight ASCII bytes (the fast path's step), then a continuation byte: not UTF-8.
        for (int before = 0; before < 9; before++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes("abcdefgh".substring(0, before).getBytes(StandardCharsets.US_ASCII));
            bytes.write(0xC3);
            bytes.writeBytes("hijklmno".getBytes(StandardCharsets.US_ASCII));
            bytes.write(0xA9);
            bytes.write('\n');
            assertAgreement(bytes.toByteArray(), "lead at " + before);
            assertThat(FileProbe.of(folder.resolve("probe.csv")).otherLines()).as("lead at " + before).isEqualTo(1);
        }
    }

    @Test
    void sequencesAndLineEndsAcrossTheBufferBoundary() throws IOException {
        for (byte[] piece : PIECES) {
            for (int shift = -9; shift <= 9; shift++) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                for (int i = 0; i < (1 << 16) + shift; i++) {
                    bytes.write('a');
                }
                bytes.write(piece, 0, piece.length);
                bytes.writeBytes("plain line\nMedellín\n".getBytes(StandardCharsets.UTF_8));
                assertAgreement(bytes.toByteArray(), "piece at 64 KiB " + shift);
            }
        }
    }

    private void assertAgreement(byte[] content, String label) throws IOException {
        Path file = folder.resolve("probe.csv");
        Files.write(file, content);
        FileProbe probe = FileProbe.of(file);
        List<Long> utf8 = new ArrayList<>();
        List<Long> other = new ArrayList<>();
        long line = 1;
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            boolean end = i == content.length || content[i] == '\n' || content[i] == '\r';
            if (!end) {
                continue;
            }
            classify(content, start, i, line++, utf8, other);
            if (i + 1 < content.length && content[i] == '\r' && content[i + 1] == '\n') {
                i++;
            }
            start = i + 1;
        }
        assertThat(probe.utf8Lines()).as(label + ": UTF-8 lines").isEqualTo(utf8.size());
        assertThat(probe.otherLines()).as(label + ": other lines").isEqualTo(other.size());
        assertThat(probe.firstUtf8Lines()).as(label).isEqualTo(utf8.subList(0, Math.min(FileProbe.KEPT, utf8.size())));
        assertThat(probe.firstOtherLines()).as(label).isEqualTo(other.subList(0, Math.min(FileProbe.KEPT, other.size())));
        assertThat(probe.size()).isEqualTo(content.length);
        assertThat(probe.sha256()).isEqualTo(sha256(content));
    }

    private static void classify(byte[] content, int from, int to, long line, List<Long> utf8, List<Long> other) {
        boolean multibyte = false;
        for (int i = from; i < to; i++) {
            multibyte |= content[i] < 0;
        }
        if (!multibyte) {
            return;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content, from, to - from));
            utf8.add(line);
        } catch (CharacterCodingException e) {
            other.add(line);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
