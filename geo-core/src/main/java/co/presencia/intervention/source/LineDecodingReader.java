package co.presencia.intervention.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Decodes a file line by line in the encoding decided for it (UTF-8 or Windows-1252) and remembers every line that
 * contradicts the decision, so that the row holding it is reported instead of stored garbled: in a UTF-8 file a line
 * with bytes that are not UTF-8; in a Windows-1252 file a line whose accents are valid UTF-8 sequences ("MedellÃ­n").
 * Lines end at LF, CR LF or a lone CR (as commons-csv counts them).
 *
 * <p>Also guards against a quote that never closes: a record may not run over {@value #MAX_RECORD_LINES} lines or
 * {@value #MAX_RECORD_CHARS} characters, so an unbalanced quote near the top of a large file fails early, with the
 * line where the record began, instead of reading the rest of the file into one field.
 */
final class LineDecodingReader extends Reader {

    static final int MAX_RECORD_LINES = 5_000;
    static final int MAX_RECORD_CHARS = 1_000_000;

    private final InputStream in;
    private final boolean utf8;
    private final CharsetDecoder decoder;
    private final Utf8Scanner scanner = new Utf8Scanner();
    private final byte[] buffer = new byte[1 << 16];
    private int bufferPos;
    private int bufferLen;
    private byte[] line = new byte[256];
    private int lineLen;
    private boolean lineAscii;
    private char[] chars = new char[256];
    private int charPos;
    private int charLen;
    private long lineNumber;
    private long bytesRead;
    private long charsOut;
    private long recordStartLine = 1;
    private long recordCharLimit = MAX_RECORD_CHARS;
    private boolean eof;
    private final NavigableMap<Long, String> contradictions = new TreeMap<>();

    LineDecodingReader(InputStream in, boolean utf8) {
        this.in = in;
        this.utf8 = utf8;
        this.decoder = (utf8 ? StandardCharsets.UTF_8 : CsvSource.WINDOWS_1252).newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (charPos == charLen) {
            if (!nextLine()) {
                return -1;
            }
        }
        int n = Math.min(length, charLen - charPos);
        System.arraycopy(chars, charPos, target, offset, n);
        charPos += n;
        charsOut += n;
        return n;
    }

    /** Tells the reader that a record ended on {@code line}: the next one starts after it. */
    void recordEnded(long line) {
        recordStartLine = line + 1;
        recordCharLimit = charsOut + MAX_RECORD_CHARS;
        if (!contradictions.isEmpty()) {
            contradictions.headMap(line, true).clear();
        }
    }

    /** The lines among {@code from}–{@code to} that contradict the encoding, with what is wrong in each. */
    NavigableMap<Long, String> contradictions(long from, long to) {
        return contradictions.isEmpty() ? contradictions : contradictions.subMap(from, true, to, true);
    }

    long bytesRead() {
        return bytesRead;
    }

    private boolean nextLine() throws IOException {
        if (eof) {
            return false;
        }
        lineLen = 0;
        lineAscii = true;
        while (true) {
            int b = nextByte();
            if (b < 0) {
                eof = true;
                break;
            }
            append(b);
            if (b == '\n') {
                break;
            }
            if (b == '\r') {
                if (peekByte() == '\n') {
                    append(nextByte());
                }
                break;
            }
        }
        if (lineLen == 0) {
            return false;
        }
        lineNumber++;
        guardRecordLength();
        decodeLine();
        return true;
    }

    private void guardRecordLength() throws MalformedFileException {
        if (lineNumber - recordStartLine >= MAX_RECORD_LINES || charsOut > recordCharLimit) {
            throw new MalformedFileException("Comilla sin cerrar: el registro que empieza en la línea " + recordStartLine
                    + " sigue abierto " + (lineNumber - recordStartLine) + " líneas después; revise las comillas de esa fila"
                    + " (unbalanced quote: the record never ends)", "línea " + recordStartLine, recordStartLine);
        }
    }

    private void decodeLine() {
        ensureChars(lineLen);
        charPos = 0;
        if (lineAscii) {
            for (int i = 0; i < lineLen; i++) {
                chars[i] = (char) line[i];
            }
            charLen = lineLen;
            return;
        }
        for (int i = 0; i < lineLen; i++) {
            int b = line[i] & 0xFF;
            if (b != '\n' && b != '\r') {
                scanner.accept(b);
            }
        }
        if (utf8 && scanner.invalid()) {
            contradictions.put(lineNumber, "no es UTF-8 como el resto del archivo: " + scanner.firstInvalid());
        } else if (!utf8 && scanner.validMultibyte()) {
            contradictions.put(lineNumber, "tiene acentos escritos en UTF-8, y el resto del archivo está en Windows-1252");
        }
        scanner.endLine();
        decoder.reset();
        CharBuffer out = CharBuffer.wrap(chars);
        decoder.decode(ByteBuffer.wrap(line, 0, lineLen), out, true);
        decoder.flush(out);
        charLen = out.position();
    }

    private void append(int b) throws MalformedFileException {
        if (lineLen == MAX_RECORD_CHARS) {
            throw new MalformedFileException("La línea " + (lineNumber + 1) + " tiene más de " + MAX_RECORD_CHARS
                    + " bytes: no es una fila de una tabla (line too long)", "línea " + (lineNumber + 1), lineNumber + 1);
        }
        if (lineLen == line.length) {
            line = java.util.Arrays.copyOf(line, line.length * 2);
        }
        line[lineLen++] = (byte) b;
        if (b >= 0x80) {
            lineAscii = false;
        }
    }

    private void ensureChars(int n) {
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
    }

    private int nextByte() throws IOException {
        if (bufferPos == bufferLen && !fill()) {
            return -1;
        }
        return buffer[bufferPos++] & 0xFF;
    }

    private int peekByte() throws IOException {
        if (bufferPos == bufferLen && !fill()) {
            return -1;
        }
        return buffer[bufferPos] & 0xFF;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        bufferPos = 0;
        bufferLen = n;
        bytesRead += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
