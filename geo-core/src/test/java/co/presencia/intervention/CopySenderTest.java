package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteStreamWriter;

/**
 * The COPY sender's thread hand-off: every queued byte is written before the COPY ends; whatever the sending dies of
 * reaches the importer and the COPY is not ended; a cancel from an interrupted importer still cancels the COPY.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)   // a sender that hangs the importer fails here rather than stalling the build
class CopySenderTest {

    @Test
    void everyQueuedBufferIsWrittenInOrderBeforeTheCopyEnds() throws Exception {
        RecordingCopy copy = new RecordingCopy(Integer.MAX_VALUE, null);
        CopySender sender = new CopySender(copy, 4);
        byte[] buffer = new byte[4];
        for (int i = 0; i < 100; i++) {
            buffer[0] = (byte) i;
            buffer = sender.send(buffer, 1);
        }
        sender.finish();
        byte[] written = copy.bytes.toByteArray();
        assertThat(written).hasSize(100);
        for (int i = 0; i < 100; i++) {
            assertThat(written[i]).isEqualTo((byte) i);
        }
        assertThat(copy.ended).isTrue();
    }

    @Test
    void aServerErrorReachesTheImporterAndTheCopyIsNotEnded() {
        assertFailureReachesTheImporter(new SQLException("duplicate key value violates unique constraint"), SQLException.class);
    }

    @Test
    void anyOtherFailureOfTheSenderAlsoReachesTheImporter() {
        assertFailureReachesTheImporter(new IllegalStateException("broken"), IllegalStateException.class);
    }

    @Test
    void anInterruptedImporterStillCancelsTheCopyAndKeepsItsInterrupt() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RecordingCopy copy = new RecordingCopy(Integer.MAX_VALUE, null) {
            @Override
            public void writeToCopy(byte[] buf, int off, int size) {
                writing.countDown();
                try {
                    // as a socket write: deaf to interrupts until the server takes the bytes
                    while (!release.await(10, TimeUnit.MILLISECONDS)) {
                        Thread.interrupted();
                    }
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        };
        CopySender sender = new CopySender(copy, 4);
        sender.send(new byte[4], 1);
        assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
        new Thread(() -> {
            sleep(100);
            release.countDown();
        }).start();
        Thread.currentThread().interrupt();
        try {
            sender.cancel();
            assertThat(Thread.currentThread().isInterrupted()).as("the importer's interrupt is kept").isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(copy.cancelled).as("the COPY no longer holds the connection").isTrue();
        assertThat(copy.ended).isFalse();
    }

    private static void assertFailureReachesTheImporter(Exception failure, Class<? extends Exception> expected) {
        RecordingCopy copy = new RecordingCopy(3, failure);
        CopySender sender = new CopySender(copy, 4);
        assertThatThrownBy(() -> {
            byte[] buffer = new byte[4];
            for (int i = 0; i < 50; i++) {
                buffer = sender.send(buffer, 1);
            }
            sender.finish();
        }).isInstanceOf(expected).hasMessageContaining(failure.getMessage());
        assertThat(copy.ended).as("a COPY whose rows were not all sent is never ended").isFalse();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps what is written; the write number {@code failAt} (1-based) throws {@code failure}. */
    static class RecordingCopy implements CopyIn {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int failAt;
        private final Exception failure;
        private int writes;
        volatile boolean ended;
        volatile boolean cancelled;

        RecordingCopy(int failAt, Exception failure) {
            this.failAt = failAt;
            this.failure = failure;
        }

        @Override
        public void writeToCopy(byte[] buf, int off, int size) throws SQLException {
            if (++writes == failAt) {
                if (failure instanceof SQLException sql) {
                    throw sql;
                }
                throw (RuntimeException) failure;
            }
            bytes.write(buf, off, size);
        }

        @Override
        public void writeToCopy(ByteStreamWriter from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flushCopy() {
        }

        @Override
        public long endCopy() {
            ended = true;
            return 0;
        }

        @Override
        public int getFieldCount() {
            return 0;
        }

        @Override
        public int getFormat() {
            return 0;
        }

        @Override
        public int getFieldFormat(int field) {
            return 0;
        }

        @Override
        public boolean isActive() {
            return !ended && !cancelled;
        }

        @Override
        public void cancelCopy() {
            cancelled = true;
        }

        @Override
        public long getHandledRowCount() {
            return 0;
        }
    }
}
