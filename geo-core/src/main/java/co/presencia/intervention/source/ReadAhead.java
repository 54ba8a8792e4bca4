package co.presencia.intervention.source;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reads a source on a thread of its own, a few batches of rows ahead of the caller: decoding and splitting a file into
 * cells (about a third of an import's work) runs beside checking, placing and loading the rows. The caller's sink
 * receives exactly what {@link TabularSource#read} would hand it, in order, on the caller's thread; a failure of the
 * reading thread is thrown to the caller after the rows read before it. A {@link PreparingSink} also has its rows
 * prepared (checked, parsed, placed) by one worker per processor, batch by batch; the caller still receives the batches
 * in file order, and a preparer's failure is thrown to it at the batch where it happened. Memory: at most
 * {@value #BATCHES} batches of {@value #BATCH} rows in flight, plus one per worker.
 */
public final class ReadAhead {

    static final int BATCH = 1024;
    static final int BATCHES = 8;
    static final int MAX_WORKERS = 4;

    /** One thing the source handed over. */
    private record Event(int kind, List<String> cells, long line, String reason) {
        static final int HEADER = 0;
        static final int ROW = 1;
        static final int UNREADABLE = 2;
    }

    /** A batch of events and, for a preparing sink, what its preparers made of each row. */
    private static final class Batch {
        final List<Event> events;
        final Supplier<PreparingSink.RowPreparer> preparers;
        final Object[] prepared;
        final CompletableFuture<Batch> done = new CompletableFuture<>();

        Batch(List<Event> events, Supplier<PreparingSink.RowPreparer> preparers) {
            this.events = events;
            this.preparers = preparers;
            this.prepared = preparers == null ? null : new Object[events.size()];
        }
    }

    private static final Batch END = new Batch(List.of(), null);

    /** The batches in file order, each done once prepared. */
    private final BlockingQueue<CompletableFuture<Batch>> queue = new ArrayBlockingQueue<>(BATCHES);
    /** The batches waiting for a worker (never more than {@link #queue} holds). */
    private final BlockingQueue<Batch> work = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile Throwable failure;

    private ReadAhead() {
    }

    /** Reads {@code source} into {@code sink} as {@link TabularSource#read} does, with the reading on another thread. */
    public static void read(TabularSource source, RowSink sink, HeaderRule rule) throws IOException {
        new ReadAhead().run(source, sink, rule);
    }

    private void run(TabularSource source, RowSink sink, HeaderRule rule) throws IOException {
        Thread reader = new Thread(() -> produce(source, rule, sink), "presencia-import-reader");
        reader.setDaemon(true);
        reader.start();
        boolean finished = false;
        try {
            while (true) {
                Batch batch = next();
                if (batch == END) {
                    break;
                }
                for (int i = 0; i < batch.events.size(); i++) {
                    Event e = batch.events.get(i);
                    switch (e.kind()) {
                        case Event.HEADER -> sink.header(e.cells(), e.line());
                        case Event.ROW -> {
                            if (batch.prepared != null) {
                                ((PreparingSink) sink).row(e.cells(), e.line(), batch.prepared[i]);
                            } else {
                                sink.row(e.cells(), e.line());
                            }
                        }
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
            stopWorkers();
        }
        rethrow(failure);
    }

    /** The next batch in file order, once prepared; a preparer's failure is thrown here. */
    private Batch next() throws InterruptedException, IOException {
        try {
            return queue.take().get();
        } catch (ExecutionException e) {
            rethrow(e.getCause());
            throw new IllegalStateException(e);
        }
    }

    private void produce(TabularSource source, HeaderRule rule, RowSink sink) {
        Batcher batcher = new Batcher(sink);
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

    private void put(Batch batch) throws InterruptedException {
        if (batch.prepared == null) {
            batch.done.complete(batch);
        }
        while (!queue.offer(batch.done, 100, TimeUnit.MILLISECONDS)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
        }
        if (batch.prepared != null) {
            startWorkers();
            work.add(batch);
        }
    }

    /** On the reading thread, at the first batch to prepare: one worker per processor. */
    private void startWorkers() {
        synchronized (workers) {
            if (!workers.isEmpty()) {
                return;
            }
            int count = Math.max(1, Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors()));
            for (int i = 0; i < count; i++) {
                Thread worker = new Thread(this::prepare, "presencia-import-worker-" + i);
                worker.setDaemon(true);
                workers.add(worker);
                worker.start();
            }
        }
    }

    /** A worker: prepares the rows of one batch after another, with preparers of its own. */
    private void prepare() {
        Supplier<PreparingSink.RowPreparer> madeBy = null;
        PreparingSink.RowPreparer preparer = null;
        try {
            while (true) {
                Batch batch = work.take();
                if (batch == END) {
                    return;
                }
                try {
                    if (batch.preparers != madeBy) {
                        madeBy = batch.preparers;
                        preparer = madeBy.get();
                    }
                    for (int i = 0; i < batch.events.size(); i++) {
                        Event e = batch.events.get(i);
                        if (e.kind() == Event.ROW) {
                            batch.prepared[i] = preparer.prepare(e.cells(), e.line());
                        }
                    }
                    batch.done.complete(batch);
                } catch (Throwable t) {
                    batch.done.completeExceptionally(t);
                }
            }
        } catch (InterruptedException e) {
            // The import is over or stopped: nothing waits for this worker.
        }
    }

    private void stopWorkers() {
        synchronized (workers) {
            for (Thread worker : workers) {
                worker.interrupt();
            }
            for (Thread worker : workers) {
                join(worker);
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
        private final RowSink sink;
        private Supplier<PreparingSink.RowPreparer> preparers;
        private List<Event> batch = new ArrayList<>(BATCH);

        Batcher(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void header(List<String> names, long line) {
            List<String> header = List.copyOf(names);
            if (sink instanceof PreparingSink preparing) {
                try {
                    preparers = preparing.preparers(header);
                } catch (RuntimeException e) {
                    preparers = null; // the caller's own header() meets the same problem, in order
                }
            }
            add(new Event(Event.HEADER, header, line, null));
        }

        @Override
        public void row(List<String> cells, long line) {
            add(new Event(Event.ROW, new ArrayList<>(cells), line, null));
        }

        @Override
        public void unreadable(long line, String reason) {
            add(new Event(Event.UNREADABLE, List.of(), line, reason));
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
                put(new Batch(batch, hasRows() ? preparers : null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import stopped reading");
            }
            batch = new ArrayList<>(BATCH);
        }

        private boolean hasRows() {
            return batch.stream().anyMatch(e -> e.kind() == Event.ROW);
        }
    }
}
