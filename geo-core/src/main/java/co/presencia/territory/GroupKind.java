package co.presencia.territory;

/** Where a territory group comes from; fixes how it is built, not what can be computed on it. */
public enum GroupKind {
    DEPARTMENTS,
    PDET,
    ZOMAC,
    RURALITY,
    CITY_SYSTEM,
    POPULATION_BAND,
    USER_DEFINED
}
