package co.presencia.territory;

import java.time.Instant;
import java.util.List;

/**
 * What a boundary load did: the files and their CRS, how many units it kept, every geometry it repaired, every
 * coverage problem (gap or overlap) it found, and warnings. Logged and served by the API.
 */
public record LoadReport(
        Instant loadedAt,
        String municipalSource,
        String municipalCrs,
        String municipalEncoding,
        String fieldConvention,
        String departmentSource,
        int municipalities,
        int departments,
        long vertices,
        List<Issue> repairs,
        List<Issue> coverageIssues,
        int coverageGaps,
        List<String> warnings,
        long durationMillis) {

    /** A problem tied to one unit (code) or to a place (code null). */
    public record Issue(String code, String description) {
    }
}
