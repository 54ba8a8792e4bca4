package co.presencia.intervention;

import java.math.BigInteger;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * A dataset's figures counted while a first import loads it straight into its table (no staging, nothing stored
 * before): the rows written are exactly the rows stored, so the count, the distinct beneficiaries and municipalities
 * and the exact sum of the row hashes equal what {@code select_figures.sql} would find, without a second pass over
 * a million rows in the database. A writer decorator: every row added is counted. Beneficiaries are counted exactly
 * in {@link DistinctTexts} (no object per id); beyond {@value #MAX_BENEFICIARIES} distinct ones it stops (about
 * 30 bytes each: memory) and {@link #figures()} says "ask the database".
 */
final class DirectLoadFigures implements StagingWriter {

    static final int MAX_BENEFICIARIES = 4_000_000;

    /** What the database would answer for the dataset just loaded. */
    record Figures(long interventions, long beneficiaries, long municipalities, BigInteger hashSum) {
    }

    private final StagingWriter writer;
    private final Set<String> municipalities = new HashSet<>();
    private DistinctTexts beneficiaries = new DistinctTexts();
    private long rows;
    /** The exact sum of the signed 64-bit row hashes, as a 128-bit two's complement number: high and low words. */
    private long sumHigh;
    private long sumLow;

    DirectLoadFigures(StagingWriter writer) {
        this.writer = writer;
    }

    @Override
    public void add(Intervention intervention, long rowHash) throws SQLException {
        writer.add(intervention, rowHash);
        rows++;
        addToSum(rowHash);
        municipalities.add(intervention.municipality().value());
        if (beneficiaries != null) {
            beneficiaries.add(intervention.beneficiaryId());
            if (beneficiaries.size() > MAX_BENEFICIARIES) {
                beneficiaries = null;
            }
        }
    }

    private void addToSum(long value) {
        long low = sumLow + value;
        long carry = Long.compareUnsigned(low, sumLow) < 0 ? 1 : 0;
        sumHigh += (value >> 63) + carry;
        sumLow = low;
    }

    /** The figures of the rows added, or null when they are too many distinct beneficiaries to keep. */
    Figures figures() {
        if (beneficiaries == null) {
            return null;
        }
        BigInteger sum = BigInteger.valueOf(sumHigh).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(sumLow)));
        return new Figures(rows, beneficiaries.size(), municipalities.size(), sum);
    }

    @Override
    public void finish() throws SQLException {
        writer.finish();
    }

    @Override
    public void close() throws SQLException {
        writer.close();
    }
}
