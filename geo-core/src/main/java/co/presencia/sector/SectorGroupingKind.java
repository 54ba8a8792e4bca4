package co.presencia.sector;

/** Where a sector grouping comes from. */
public enum SectorGroupingKind {
    /** The 21 sections of CIIU Rev. 4 A.C., built in. */
    CIIU_SECTIONS,
    /** The 88 divisions of CIIU Rev. 4 A.C., built in. */
    CIIU_DIVISIONS,
    /** The 246 groups, as a breakdown of figures (not listed among the groupings). */
    CIIU_GROUPS,
    /** The 502 classes, as a breakdown of figures (not listed among the groupings). */
    CIIU_CLASSES,
    /** Shipped with Presencia to show the file format; not any program's official grouping. */
    EXAMPLE,
    /** Loaded from a planner's CSV file (configuration). */
    CONFIGURED
}
