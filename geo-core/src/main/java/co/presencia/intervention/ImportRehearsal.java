package co.presencia.intervention;

import co.presencia.intervention.source.FileProbe;
import co.presencia.intervention.source.ReadAhead;
import co.presencia.intervention.source.TabularSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Runs a file through the whole path of a first import into PostGIS — probe, reading thread, control-character scan,
 * parsing, placing, fingerprints, figures, COPY encoding and sending — and stores nothing, touching no database.
 * A service rehearses once after it starts, so that its first real import runs compiled code rather than paying for
 * the JIT compiler on the same two cores as the import (measured in {@code scripts/bench-import}: the first import
 * after start was 0.5 s slower than the next ones for a million rows).
 */
final class ImportRehearsal {

    private ImportRehearsal() {
    }

    /** The rows of {@code file} that went all the way to the COPY encoder (accepted: parsed and placed). */
    static long rehearse(InterventionImporter importer, Path file) throws IOException {
        String name = file.getFileName().toString();
        ImportOptions options = ImportOptions.of("rehearsal", name);
        FileProbe probe = FileProbe.of(file);
        TabularSource source = TabularSource.open(file, name, probe, null);
        ImportTally tally = new ImportTally();
        try (StagingWriter writer = new DirectLoadFigures(CopyStagingWriter.discarding(options.datasetId()))) {
            RowStager stager = new RowStager(options, importer.joiner, importer.classification, writer, tally,
                    new RecordIdSet(), rejection -> { }, ImportListener.NONE, source::bytesRead, probe.size());
            ReadAhead.read(source, stager, ImportRun.headerRule(options));
            writer.finish();
        } catch (SQLException e) {
            throw new IllegalStateException("A discarded COPY cannot fail", e);
        }
        return tally.rowsAccepted();
    }
}
