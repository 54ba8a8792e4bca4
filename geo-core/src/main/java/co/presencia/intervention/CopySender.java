package co.presencia.intervention;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.postgresql.copy.CopyIn;

/**
 * Sends the buffers a {@link CopyStagingWriter} fills to PostgreSQL on a thread of its own, so the importer's thread
 * goes on reading, placing and encoding rows while the server takes the previous ones (on two cores the import thread
 * otherwise waits on the socket whenever the server falls behind, and a core stands idle). At most
 * {@value #IN_FLIGHT} buffers wait to be sent; the connection is used by this thread alone from the first
 * {@link #send} until {@link #finish} or {@link #cancel} has joined it. A failure of the sending (a repeated record id
 * in a direct load, the connection gone, anything else the thread died of) is thrown to the importer's thread at its
 * next {@code send} or at {@code finish}, and {@code finish} ends the COPY only when every queued buffer was sent.
 */
final class CopySender {

    private static final int IN_FLIGHT = 6;
    private static final byte[] END = new byte[0];

    private record Chunk(byte[] bytes, int length) {
    }

    private final CopyIn copy;
    private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final BlockingQueue<byte[]> empty = new ArrayBlockingQueue<>(IN_FLIGHT + 1);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean sentAll;
    private int buffersMade = 1;
    private final int bufferSize;

    CopySender(CopyIn copy, int bufferSize) {
        this.copy = copy;
        this.bufferSize = bufferSize;
        this.thread = new Thread(this::run, "presencia-copy-sender");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code length} bytes of {@code buffer} and answers an empty buffer to fill next. */
    byte[] send(byte[] buffer, int length) throws SQLException {
        rethrow();
        put(new Chunk(buffer, length));
        byte[] next = empty.poll();
        if (next == null && buffersMade <= IN_FLIGHT) {
            buffersMade++;
            return new byte[bufferSize];
        }
        while (next == null) {
            rethrow();
            next = take();
        }
        return next;
    }

    /** Waits until everything queued is sent, then ends the COPY (the server's own checks answer here). */
    void finish() throws SQLException {
        put(new Chunk(END, 0));
        join();
        rethrow();
        if (!sentAll) {
            throw new SQLException("The COPY sender stopped before sending every row");
        }
        copy.endCopy();
    }

    /**
     * Stops sending and cancels the COPY (nothing it loaded stays). Also when the importer's thread was interrupted
     * (a job stopped): it still waits for the sender to leave the connection and cancels the COPY, which otherwise
     * keeps the connection locked, then keeps its interrupt.
     */
    void cancel() throws SQLException {
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (true) {
                Chunk chunk = filled.take();
                if (chunk.bytes() == END) {
                    sentAll = true;
                    return;
                }
                copy.writeToCopy(chunk.bytes(), 0, chunk.length());
                empty.offer(chunk.bytes());
            }
        } catch (InterruptedException e) {
            // cancel(): the importer's thread stops the COPY itself.
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void put(Chunk chunk) throws SQLException {
        try {
            while (!filled.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!thread.isAlive()) {
                    throw new SQLException("The COPY sender stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RowStager.Stopped();
        }
    }

    private byte[] take() {
        try {
            return empty.poll(50, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RowStager.Stopped();
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RowStager.Stopped();
        }
    }

    private void rethrow() throws SQLException {
        Throwable t = failure;
        if (t instanceof SQLException sql) {
            throw sql;
        }
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
        if (t != null) {
            throw new SQLException("The COPY sender failed", t);
        }
    }
}
