package co.presencia.application;

import co.presencia.coverage.SectorBreakdown;
import co.presencia.coverage.SectorFilter;
import co.presencia.error.InvalidParameterException;
import co.presencia.error.NotFoundException;
import co.presencia.sector.CiiuActivity;
import co.presencia.sector.CiiuClassification;
import co.presencia.sector.CiiuCode;
import co.presencia.sector.CiiuLevel;
import co.presencia.sector.Sector;
import co.presencia.sector.SectorCatalog;
import co.presencia.sector.SectorGrouping;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The sector dimension as the adapters see it: CIIU Rev. 4 A.C. and the sector groupings, with lookups that raise the
 * domain's errors naming the parameter (an unknown level or code is an invalid parameter, an unknown grouping or
 * sector is not found).
 */
public final class Sectors {

    private final SectorCatalog catalog;
    /** The breakdowns asked for, built once each (the catalog does not change while the process runs). */
    private final Map<String, SectorBreakdown> breakdowns = new ConcurrentHashMap<>();

    Sectors(SectorCatalog catalog) {
        this.catalog = catalog;
    }

    public SectorCatalog catalog() {
        return catalog;
    }

    public CiiuClassification classification() {
        return catalog.classification();
    }

    /** The groupings to list: CIIU sections and divisions, the example, the configured ones. */
    public Collection<SectorGrouping> groupings() {
        return catalog.groupings();
    }

    /** The grouping named (case-insensitive). */
    public SectorGrouping grouping(String id) {
        String normalized = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return catalog.grouping(normalized).orElseThrow(() -> new NotFoundException("sector.grouping.unknown", String.valueOf(id),
                catalog.groupings().stream().map(SectorGrouping::id).collect(Collectors.joining(", "))));
    }

    /** The CIIU level a {@code level} parameter names; null or blank means sections. */
    public CiiuLevel level(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return CiiuLevel.SECTION;
        }
        return CiiuLevel.of(text).orElseThrow(() -> new InvalidParameterException(parameter, "parameter.oneOf", parameter,
                text, Arrays.stream(CiiuLevel.values()).map(CiiuLevel::id).collect(Collectors.joining(", "))));
    }

    /** The entries of a level, in DANE's order. */
    public List<CiiuActivity> classification(CiiuLevel level) {
        return catalog.classification().activities(level);
    }

    /** What a {@code level} parameter of a sector figure names: a CIIU level or a grouping. */
    public SectorGrouping breakdown(String parameter, String text) {
        String id = text == null || text.isBlank() ? CiiuLevel.SECTION.id() : text.strip().toLowerCase(Locale.ROOT);
        return catalog.breakdown(id).orElseThrow(() -> new InvalidParameterException(parameter, "sector.level.unknown", text,
                catalog.groupings().stream().map(SectorGrouping::id).collect(Collectors.joining(", "))));
    }

    /** What figures split by for a {@code level} parameter (a CIIU level or a grouping), every CIIU code assigned. */
    public SectorBreakdown figureBreakdown(String parameter, String text) {
        SectorGrouping grouping = breakdown(parameter, text);
        return breakdowns.computeIfAbsent(grouping.id(), id -> SectorBreakdown.of(grouping, catalog.classification()));
    }

    /** A CIIU code as written in parameter (or field) {@code parameter}. */
    public CiiuCode code(String parameter, String written) {
        return catalog.classification().parse(parameter, written);
    }

    /** A {@code sector} filter: a CIIU code of any level or {@code grouping:id}. */
    public Sector sector(String parameter, String written) {
        return catalog.sector(parameter, written).orElseThrow(() -> new NotFoundException("sector.unknown", String.valueOf(written)));
    }

    /**
     * One value of a coverage filter's {@code sector} parameter, compiled for the coverage index and named canonically:
     * the CIIU code read ({@code 111} → {@code 0111}) or {@code grouping:sector}. A code that is no CIIU entry, or a
     * grouping or sector that does not exist, is an invalid value of {@code parameter}.
     */
    public SectorFilter filter(String parameter, String written) {
        String text = written == null ? "" : written.strip();
        Sector sector;
        try {
            sector = sector(parameter, text);
        } catch (NotFoundException e) {
            throw new InvalidParameterException(parameter, e.code(), e.arguments());
        }
        int colon = text.indexOf(':');
        String id = colon > 0 ? text.substring(0, colon).strip().toLowerCase(Locale.ROOT) + ":" + sector.id() : sector.id();
        return SectorFilter.of(id, sector, catalog.classification());
    }
}
