package co.presencia.sector;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A way of grouping CIIU classes into sectors: the sections and the divisions of CIIU (built in), or a grouping
 * loaded as configuration (MARO's 15 goods and 13 services sectors, a program's own). No class lies in two sectors
 * of one grouping; a class may lie in none (it is then "unassigned" in that grouping).
 */
public final class SectorGrouping {

    /** Grouping ids: lower-case letters, digits and '-', starting with a letter, up to 64. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    /** Ids taken by the CIIU levels ({@code level=section|division|group|class}) and the API path {@code /sectors/classification}. */
    public static final Set<String> RESERVED_IDS = Set.of("section", "division", "group", "class", "classification");

    private final String id;
    private final String name;
    private final SectorGroupingKind kind;
    private final String source;
    private final List<Sector> sectors;
    private final Map<String, Sector> byId;
    private final Map<String, Sector> byClass;
    private final int classes;

    public SectorGrouping(String id, String name, SectorGroupingKind kind, String source, List<Sector> sectors,
                          CiiuClassification classification) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.source = source;
        this.sectors = List.copyOf(sectors);
        Map<String, Sector> ids = new LinkedHashMap<>();
        Map<String, Sector> classIndex = new HashMap<>();
        for (Sector sector : this.sectors) {
            if (ids.put(sector.id(), sector) != null) {
                throw new IllegalArgumentException("Grouping " + id + " has two sectors with id '" + sector.id() + "'");
            }
            for (String code : sector.classes()) {
                Sector other = classIndex.put(code, sector);
                if (other != null) {
                    throw new IllegalArgumentException("Grouping " + id + ": class " + code + " lies in sectors '"
                            + other.id() + "' and '" + sector.id() + "'");
                }
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byClass = Map.copyOf(classIndex);
        this.classes = classification.activities(CiiuLevel.CLASS).size();
    }

    /** The 21 sections, each holding its classes. */
    public static SectorGrouping sections(CiiuClassification classification) {
        return ofLevel(CiiuLevel.SECTION, classification);
    }

    /** The 88 divisions, each holding its classes. */
    public static SectorGrouping divisions(CiiuClassification classification) {
        return ofLevel(CiiuLevel.DIVISION, classification);
    }

    /** Every entry of {@code level} as a sector holding its classes; the grouping's id is the level's. */
    static SectorGrouping ofLevel(CiiuLevel level, CiiuClassification classification) {
        SectorGroupingKind kind = switch (level) {
            case SECTION -> SectorGroupingKind.CIIU_SECTIONS;
            case DIVISION -> SectorGroupingKind.CIIU_DIVISIONS;
            case GROUP -> SectorGroupingKind.CIIU_GROUPS;
            case CLASS -> SectorGroupingKind.CIIU_CLASSES;
        };
        String name = switch (level) {
            case SECTION -> "Secciones";
            case DIVISION -> "Divisiones";
            case GROUP -> "Grupos";
            case CLASS -> "Clases";
        } + " CIIU Rev. 4 A.C.";
        List<Sector> sectors = classification.activities(level).stream()
                .map(a -> new Sector(a.code(), a.title(), codes(classification.classesOf(a))))
                .toList();
        return new SectorGrouping(level.id(), name, kind, CiiuClassification.SOURCE, sectors, classification);
    }

    static TreeSet<String> codes(List<CiiuActivity> classes) {
        TreeSet<String> codes = new TreeSet<>();
        classes.forEach(c -> codes.add(c.code()));
        return codes;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public SectorGroupingKind kind() {
        return kind;
    }

    /** Where the grouping comes from: DANE for the built-in ones, the file for configured ones. */
    public String source() {
        return source;
    }

    public List<Sector> sectors() {
        return sectors;
    }

    public Optional<Sector> sector(String sectorId) {
        return Optional.ofNullable(byId.get(sectorId));
    }

    /**
     * The sector of an entry: for a class, the sector holding it; for a coarser entry (a record coded only at group,
     * division or section level), the sector holding all its classes, else none (the entry spans several sectors).
     */
    public Optional<Sector> sectorOf(CiiuActivity activity, CiiuClassification classification) {
        if (activity.level() == CiiuLevel.CLASS) {
            return Optional.ofNullable(byClass.get(activity.code()));
        }
        Sector first = null;
        for (CiiuActivity c : classification.classesOf(activity)) {
            Sector sector = byClass.get(c.code());
            if (sector == null || (first != null && first != sector)) {
                return Optional.empty();
            }
            first = sector;
        }
        return Optional.ofNullable(first);
    }

    /** How many classes of the classification lie in no sector of this grouping. */
    public int unassignedClasses() {
        return classes - byClass.size();
    }
}
