package co.presencia.intervention;

import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteStreamWriter;

/** A COPY that takes every byte and keeps none: the rehearsal's ({@link ImportRehearsal}) end of the load. */
final class DiscardedCopy implements CopyIn {

    private boolean active = true;

    @Override
    public void writeToCopy(byte[] buf, int off, int size) {
        // discarded
    }

    @Override
    public void writeToCopy(ByteStreamWriter from) {
        // discarded
    }

    @Override
    public void flushCopy() {
        // nothing is buffered
    }

    @Override
    public long endCopy() {
        active = false;
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
        return active;
    }

    @Override
    public void cancelCopy() {
        active = false;
    }

    @Override
    public long getHandledRowCount() {
        return 0;
    }
}
