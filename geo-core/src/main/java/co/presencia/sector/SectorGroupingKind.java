package co.presencia.sector;

/** Where a sector grouping comes from. */
public enum SectorGroupingKind {
    /** The 21 sections of CIIU Rev. 4 A.C., built in. */
    CIIU_SECTIONS,
    /** The 88 divisions of CIIU Rev. 4 A.C., built in. */
    CIIU_DIVISIONS,
    /** Shipped with Presencia to show the file format; not any program's official grouping. */
    EXAMPLE,
    /** Loaded from a planner's CSV file (configuration). */
    CONFIGURED
}
