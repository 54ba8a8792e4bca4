package co.presencia.cluster;

/**
 * How the processes on one store tell each other that a dataset changed (an import, a rename, a deletion), so each
 * drops what it keeps of it. A process publishes after its change committed; the others' listeners hear it within
 * moments. {@link #NONE} is for a store only one process serves at a time, or that has no such channel (H2GIS):
 * there, readers check the stored dataset instead.
 */
public interface ChangeNotices extends AutoCloseable {

    /** Nothing is sent and nothing is heard. */
    ChangeNotices NONE = new ChangeNotices() {
        @Override
        public void publish(String datasetId) {
        }

        @Override
        public void listen(Listener listener) {
        }

        @Override
        public boolean listening() {
            return false;
        }

        @Override
        public void close() {
        }
    };

    /** Tells the other processes that {@code datasetId} changed; call it after the change committed. */
    void publish(String datasetId);

    /** Starts hearing the other processes' notices (not this process's own); once per process. */
    void listen(Listener listener);

    /** Whether notices are being heard now: only then may a process trust what it keeps until told otherwise. */
    boolean listening();

    @Override
    void close();

    /** What a listening process is told. */
    interface Listener {

        /** Another process changed {@code datasetId}. */
        void changed(String datasetId);

        /** Notices may have been missed (the channel broke, or was just re-established): treat everything as changed. */
        void missed();
    }
}
