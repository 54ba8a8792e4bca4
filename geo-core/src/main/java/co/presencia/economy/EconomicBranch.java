package co.presencia.economy;

import co.presencia.text.NameKey;
import java.util.Optional;

/**
 * The 12 grouped branches in which DANE publishes departmental GDP (cuentas nacionales departamentales, base 2015),
 * with the CIIU Rev. 4 A.C. sections each one gathers. The ids match the sectors of the shipped example grouping.
 */
public enum EconomicBranch {
    AGRICULTURE("agropecuario", "A", ActivityTier.PRIMARY,
            "Agricultura, ganadería, caza, silvicultura y pesca"),
    MINING("minas", "B", ActivityTier.PRIMARY,
            "Explotación de minas y canteras"),
    MANUFACTURING("industria", "C", ActivityTier.SECONDARY,
            "Industrias manufactureras"),
    UTILITIES("servicios-publicos", "D, E", ActivityTier.TERTIARY,
            "Suministro de electricidad, gas, vapor y aire acondicionado; distribución de agua; evacuación y tratamiento "
                    + "de aguas residuales, gestión de desechos y actividades de saneamiento ambiental"),
    CONSTRUCTION("construccion", "F", ActivityTier.SECONDARY,
            "Construcción"),
    TRADE_TRANSPORT_HOSPITALITY("comercio-transporte-alojamiento", "G, H, I", ActivityTier.TERTIARY,
            "Comercio al por mayor y al por menor; reparación de vehículos automotores y motocicletas; transporte y "
                    + "almacenamiento; alojamiento y servicios de comida"),
    INFORMATION("informacion-comunicaciones", "J", ActivityTier.TERTIARY,
            "Información y comunicaciones"),
    FINANCE("financieras", "K", ActivityTier.TERTIARY,
            "Actividades financieras y de seguros"),
    REAL_ESTATE("inmobiliarias", "L", ActivityTier.TERTIARY,
            "Actividades inmobiliarias"),
    PROFESSIONAL("profesionales-administrativas", "M, N", ActivityTier.TERTIARY,
            "Actividades profesionales, científicas y técnicas; actividades de servicios administrativos y de apoyo"),
    PUBLIC_EDUCATION_HEALTH("publica-educacion-salud", "O, P, Q", ActivityTier.TERTIARY,
            "Administración pública y defensa; planes de seguridad social de afiliación obligatoria; educación; "
                    + "actividades de atención de la salud humana y de servicios sociales"),
    ARTS_OTHER("artes-hogares-otros", "R, S, T, U", ActivityTier.TERTIARY,
            "Actividades artísticas, de entretenimiento y recreación y otras actividades de servicios; actividades de los "
                    + "hogares individuales en calidad de empleadores; actividades no diferenciadas de los hogares "
                    + "individuales como productores de bienes y servicios para uso propio");

    /** DANE's name of the row that completes GDP: taxes less subsidies on products. */
    public static final String TAXES_LABEL = "Impuestos";

    private final String id;
    private final String sections;
    private final ActivityTier tier;
    private final String daneName;

    EconomicBranch(String id, String sections, ActivityTier tier, String daneName) {
        this.id = id;
        this.sections = sections;
        this.tier = tier;
        this.daneName = daneName;
    }

    public String id() {
        return id;
    }

    /** The CIIU Rev. 4 A.C. sections of the branch, e.g. "G, H, I". */
    public String sections() {
        return sections;
    }

    public ActivityTier tier() {
        return tier;
    }

    /** DANE's name of the branch, exactly as the departmental table writes it. */
    public String daneName() {
        return daneName;
    }

    /** The branch DANE's table names {@code text} (accent-, case- and punctuation-insensitive). */
    public static Optional<EconomicBranch> fromDaneName(String text) {
        String exact = text == null ? "" : text.strip();
        for (EconomicBranch branch : values()) {
            if (branch.daneName.equals(exact)) {
                return Optional.of(branch);
            }
        }
        String key = NameKey.of(text);
        for (EconomicBranch branch : values()) {
            if (NameKey.of(branch.daneName).equals(key)) {
                return Optional.of(branch);
            }
        }
        return Optional.empty();
    }
}
