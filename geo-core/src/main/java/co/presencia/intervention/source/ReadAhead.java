package co.presencia.intervention.source;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a source on a thread of its own, a few batches of rows ahead of the caller: decoding and splitting a file into
 * cells (about a third of an import's work) runs beside checking, placing and loading the rows. The caller's sink
 * receives exactly what {@link TabularSource#read} would hand it, in order, on the caller's thread; a failure of the
 * reading thread is thrown to the caller after the rows read before it. Each row comes with whether it may hold
 * control characters ({@link RowSink#row(List, long, boolean)}), scanned on the reading thread. Memory: at most {@value #BATCHES} batches of
 * {@value #BATCH} rows.
 */
public final class ReadAhead {

    static final int BATCH = 1024;
    static final int BATCHES = 8;

    /** One thing the source handed over. */
    private record Event(int kind, List<String> cells, long line, String reason, boolean mayHoldControlCharacters) {
        static final int HEADER = 0;
        static final int ROW = 1;
        static final int UNREADABLE = 2;
    }

    private static final List<Event> END = List.of();

    private final BlockingQueue<List<Event>> queue = new ArrayBlockingQueue<>(BATCHES);
    private volatile Throwable failure;

    private ReadAhead() {
    }

    /** Reads {@code source} into {@code sink} as {@link TabularSource#read} does, with the reading on another thread. */
    public static void read(TabularSource source, RowSink sink, HeaderRule rule) throws IOException {
        new ReadAhead().run(source, sink, rule);
    }

    private void run(TabularSource source, RowSink sink, HeaderRule rule) throws IOException {
        Thread reader = new Thread(() -> produce(source, rule), "presencia-import-reader");
        reader.setDaemon(true);
        reader.start();
        boolean finished = false;
        try {
            while (true) {
                List<Event> batch = queue.take();
                if (batch == END) {
                    break;
                }
                for (Event e : batch) {
                    switch (e.kind()) {
                        case Event.HEADER -> sink.header(e.cells(), e.line());
                        case Event.ROW -> sink.row(e.cells(), e.line(), e.mayHoldControlCharacters());
                        default -> sink.unreadable(e.line(), e.reason());
                    }
                }
            }
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Reading the file was interrupted");
        } finally {
            if (!finished) {
                reader.interrupt();
                queue.clear();
            }
            join(reader);
        }
        rethrow(failure);
    }

    private void produce(TabularSource source, HeaderRule rule) {
        Batcher batcher = new Batcher();
        try {
            source.read(batcher, rule);
            batcher.send();
        } catch (Throwable t) {
            failure = t;
        } finally {
            try {
                put(END);
            } catch (InterruptedException e) {
                // The caller left: nobody waits for the end.
            }
        }
    }

    private void put(List<Event> batch) throws InterruptedException {
        while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
        }
    }

    private static void join(Thread reader) {
        try {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t == null) {
            return;
        }
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
        throw new UncheckedIOException(new IOException(t));
    }

    /** Collects what the source hands over into batches (copying the cells, which sources may reuse). */
    private final class Batcher implements RowSink {
        private List<Event> batch = new ArrayList<>(BATCH);

        @Override
        public void header(List<String> names, long line) {
            add(new Event(Event.HEADER, List.copyOf(names), line, null, true));
        }

        @Override
        public void row(List<String> cells, long line) {
            add(new Event(Event.ROW, new ArrayList<>(cells), line, null, ControlCharacterScan.anyIn(cells)));
        }

        @Override
        public void unreadable(long line, String reason) {
            add(new Event(Event.UNREADABLE, List.of(), line, reason, true));
        }

        private void add(Event e) {
            batch.add(e);
            if (batch.size() == BATCH) {
                send();
            }
        }

        void send() {
            if (batch.isEmpty()) {
                return;
            }
            try {
                put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import stopped reading");
            }
            batch = new ArrayList<>(BATCH);
        }
    }
}
