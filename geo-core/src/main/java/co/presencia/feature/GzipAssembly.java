package co.presencia.feature;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes one gzip member (RFC 1952) whose deflate stream (RFC 1951) is joined from pieces compressed apart, as pigz
 * joins its blocks: a {@linkplain #deflateSegment segment} is compressed once, on its own, ending byte-aligned with
 * a sync flush and without the final-block bit, so it can be copied into any number of responses; text between
 * segments is compressed as it comes by one streaming deflater, fully flushed before each segment so that nothing
 * after a segment refers back across it. The trailer's CRC-32 and length cover the whole uncompressed text. Any
 * gzip reader sees one ordinary member.
 *
 * <p>Not thread-safe; {@link #finish()} (or {@link #close()}) releases the deflater and writes the trailer.
 */
final class GzipAssembly implements AutoCloseable {

    /** Compression level of segments and streamed text: zlib's default, a good ratio at moderate cost. */
    static final int LEVEL = 6;
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final OutputStream out;
    private final Deflater stream = new Deflater(LEVEL, true);
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[16 * 1024];
    private long length;
    private boolean pending;
    private boolean finished;

    GzipAssembly(OutputStream out) throws IOException {
        this.out = out;
        out.write(HEADER);
    }

    /**
     * {@code plain} compressed on its own as a joinable segment: raw deflate, sync-flushed (ends byte-aligned),
     * never final.
     */
    static byte[] deflateSegment(byte[] plain) {
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setInput(plain);
            java.io.ByteArrayOutputStream result = new java.io.ByteArrayOutputStream(plain.length / 3 + 64);
            byte[] chunk = new byte[8192];
            while (true) {
                int n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
                result.write(chunk, 0, n);
                if (n < chunk.length && deflater.needsInput()) {
                    return result.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    /** Text to compress as part of the stream. */
    void write(byte[] plain) throws IOException {
        write(plain, 0, plain.length);
    }

    void write(byte[] plain, int offset, int count) throws IOException {
        if (count == 0) {
            return;
        }
        crc.update(plain, offset, count);
        length += count;
        stream.setInput(plain, offset, count);
        while (!stream.needsInput()) {
            drain(Deflater.NO_FLUSH);
        }
        pending = true;
    }

    /** A segment made by {@link #deflateSegment} from {@code plain}, copied as it is. */
    void writeSegment(byte[] plain, byte[] deflated) throws IOException {
        if (pending) {
            // Ends the streamed text byte-aligned and forgets it, so later text never refers across the segment.
            int n;
            do {
                n = drain(Deflater.FULL_FLUSH);
            } while (n == buffer.length);
            pending = false;
        }
        out.write(deflated);
        crc.update(plain, 0, plain.length);
        length += plain.length;
    }

    /** The final block and the trailer (CRC-32 and length, little-endian). */
    void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        try {
            stream.finish();
            while (!stream.finished()) {
                drain(Deflater.NO_FLUSH);
            }
        } finally {
            stream.end();
        }
        long value = crc.getValue();
        out.write(new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24),
                (byte) length, (byte) (length >>> 8), (byte) (length >>> 16), (byte) (length >>> 24)});
    }

    @Override
    public void close() throws IOException {
        finish();
    }

    private int drain(int flush) throws IOException {
        int n = stream.deflate(buffer, 0, buffer.length, flush);
        out.write(buffer, 0, n);
        return n;
    }
}
