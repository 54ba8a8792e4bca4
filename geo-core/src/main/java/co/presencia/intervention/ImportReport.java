package co.presencia.intervention;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one import job: what was read, what was stored, every rejected row (the first
 * {@value #REJECTS_INLINE} inline; all of them through {@link InterventionRepository#forEachReject}).
 *
 * @param jobId           the job's id
 * @param datasetId       the target dataset
 * @param fileName        the file as the user named it
 * @param fileSha256      SHA-256 of the file's bytes
 * @param source          what was detected, e.g. "CSV, windows-1252, delimitador ';'" or "XLSX, hoja 'Datos' (2 de
 *                        3), encabezado en la fila 11"
 * @param notes           what reading decided or left out, for people: the encoding against contradicting lines,
 *                        rows above the header, trailing totals and notes, the sheet used
 * @param status          how it ended
 * @param acceptPartial   whether valid rows were imported despite rejects
 * @param replace         whether records missing from the file were removed
 * @param startedAt       start
 * @param finishedAt      end (null while running)
 * @param rowsRead        data rows read (blank rows not counted)
 * @param rowsAccepted    rows that became interventions
 * @param rowsRejected    rows rejected (a row with several problems counts once)
 * @param inserted        new records stored
 * @param updated         stored records whose content changed
 * @param unchanged       stored records identical to the file's
 * @param removed         records removed (replace mode)
 * @param placements      accepted rows by how they were placed
 * @param columns         field → header as written, as the file was read
 * @param ignoredColumns  header cells no field uses
 * @param rejectsTotal    number of rejection entries (a row may have several)
 * @param rejects         the first {@value #REJECTS_INLINE} rejection entries, in line order
 * @param message         a sentence for people (Spanish, then English)
 * @param dataset         the dataset after the import (null when it does not exist)
 */
public record ImportReport(
        String jobId,
        String datasetId,
        String fileName,
        String fileSha256,
        String source,
        List<String> notes,
        ImportStatus status,
        boolean acceptPartial,
        boolean replace,
        Instant startedAt,
        Instant finishedAt,
        long rowsRead,
        long rowsAccepted,
        long rowsRejected,
        long inserted,
        long updated,
        long unchanged,
        long removed,
        Map<Placement, Long> placements,
        Map<String, String> columns,
        List<String> ignoredColumns,
        long rejectsTotal,
        List<Rejection> rejects,
        String message,
        DatasetSummary dataset) {

    /** Rejections carried inline in a report; the rest are stored and streamed as CSV. */
    public static final int REJECTS_INLINE = 1000;

    public ImportReport {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /**
     * The report of a job that ended without reading its file, or whose import could not report: nothing read,
     * nothing stored.
     */
    public static ImportReport withoutRows(String jobId, ImportOptions options, ImportStatus status, String message,
                                           Instant startedAt) {
        return new ImportReport(jobId, options.datasetId(), options.fileName(), null, null, List.of(), status,
                options.acceptPartial(), options.replace(), startedAt, Instant.now(), 0, 0, 0, 0, 0, 0, 0, Map.of(),
                Map.of(), List.of(), 0, List.of(), message, null);
    }

    /** Whether the import changed nothing stored (rejected, invalid, failed, or identical content). */
    public boolean changedNothing() {
        return status != ImportStatus.IMPORTED || inserted + updated + removed == 0;
    }
}
