package co.presencia.intervention.source;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What one streaming pass over a file tells: its SHA-256, its size, and the evidence for its encoding, line by line
 * (lines end at LF, CR LF or a lone CR, as the CSV reader counts them). One pass, because files can be large.
 *
 * @param sha256          hex SHA-256 of the bytes
 * @param size            bytes
 * @param utf8Lines       lines with accented letters (multi-byte sequences) that are valid UTF-8, and nothing else
 * @param otherLines      lines holding bytes that cannot be UTF-8 (e.g. Latin-1 / Windows-1252 accents)
 * @param firstUtf8Lines  the first {@value #KEPT} of the former, by line number
 * @param firstOtherLines the first {@value #KEPT} of the latter
 */
public record FileProbe(String sha256, long size, long utf8Lines, long otherLines, List<Long> firstUtf8Lines,
                        List<Long> firstOtherLines) {

    static final int KEPT = 10;

    public FileProbe {
        firstUtf8Lines = List.copyOf(firstUtf8Lines);
        firstOtherLines = List.copyOf(firstOtherLines);
    }

    /** Whether every byte sequence of the file decodes as UTF-8. */
    public boolean utf8() {
        return otherLines == 0;
    }

    public static FileProbe of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Evidence evidence = new Evidence();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                size += n;
                evidence.accept(buffer, n);
            }
        }
        evidence.end();
        return new FileProbe(HexFormat.of().formatHex(digest.digest()), size, evidence.utf8Lines, evidence.otherLines,
                evidence.firstUtf8, evidence.firstOther);
    }

    /** Counts the lines of each kind while the bytes go by. */
    private static final class Evidence {
        /** Eight bytes at a time: most of a file is plain ASCII inside lines, which tells nothing. */
        private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final long ONES = 0x0101010101010101L;
        private static final long HIGH_BITS = 0x8080808080808080L;

        private final Utf8Scanner scanner = new Utf8Scanner();
        private final List<Long> firstUtf8 = new ArrayList<>();
        private final List<Long> firstOther = new ArrayList<>();
        private long line = 1;
        private long utf8Lines;
        private long otherLines;
        private boolean afterCr;

        void accept(byte[] bytes, int n) {
            int i = 0;
            while (i < n) {
                if (i + 8 <= n && !afterCr && scanner.betweenCharacters()) {
                    long eight = (long) EIGHT_BYTES.get(bytes, i);
                    if ((eight & HIGH_BITS) == 0 && !holds(eight, '\n') && !holds(eight, '\r')) {
                        scanner.acceptAscii(8);
                        i += 8;
                        continue;
                    }
                }
                // A line end or a byte above 127 in the next eight (or the buffer's last bytes): one at a time.
                for (int end = Math.min(n, i + 8); i < end; i++) {
                    accept(bytes[i] & 0xFF);
                }
            }
        }

        private void accept(int b) {
            if (b == '\n' && afterCr) {
                afterCr = false;
                return;
            }
            afterCr = b == '\r';
            if (b == '\n' || b == '\r') {
                endLine();
            } else {
                scanner.accept(b);
            }
        }

        /** Whether one of the eight ASCII bytes (high bits clear) of {@code eight} is {@code value}. */
        private static boolean holds(long eight, char value) {
            long x = eight ^ (value * ONES);
            return ((x - ONES) & ~x & HIGH_BITS) != 0;
        }

        private void endLine() {
            if (scanner.invalid()) {
                otherLines++;
                keep(firstOther, line);
            } else if (scanner.validMultibyte()) {
                utf8Lines++;
                keep(firstUtf8, line);
            }
            scanner.endLine();
            line++;
        }

        void end() {
            endLine();
        }

        private static void keep(List<Long> lines, long line) {
            if (lines.size() < KEPT) {
                lines.add(line);
            }
        }
    }
}
