package co.presencia.intervention;

import co.presencia.testing.ReferenceData;

/** One {@link MunicipalityJoiner} over the real reference catalog per test JVM (building it costs about a second). */
public final class SharedJoiner {

    private static MunicipalityJoiner joiner;

    private SharedJoiner() {
    }

    public static synchronized MunicipalityJoiner get() {
        if (joiner == null) {
            joiner = new MunicipalityJoiner(ReferenceData.catalog());
        }
        return joiner;
    }
}
