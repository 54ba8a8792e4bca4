package co.presencia.intervention;

/** Receives progress of an import, from the importing thread, at most every few thousand rows. */
@FunctionalInterface
public interface ImportListener {

    ImportListener NONE = progress -> { };

    void progress(ImportProgress progress);
}
