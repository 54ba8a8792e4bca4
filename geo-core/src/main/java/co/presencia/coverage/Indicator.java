package co.presencia.coverage;

/**
 * What a target measures. Share indicators are in percent (0–100), as the sector plan writes them ("10 %").
 * Indicators marked {@code needsGroup} are computed over a territory group ({@code pdet}, {@code ecb}, ...).
 */
public enum Indicator {
    BENEFICIARIES("Beneficiarios (distintos)", false, false),
    INTERVENTIONS("Intervenciones", false, false),
    MUNICIPALITIES_REACHED("Municipios beneficiados", false, false),
    MUNICIPALITIES_REACHED_PERCENT("Municipios beneficiados (% de los vigentes)", false, true),
    DEPARTMENTS_REACHED("Departamentos beneficiados", false, false),
    GROUP_MUNICIPALITIES_REACHED("Municipios beneficiados del grupo", true, false),
    GROUP_TERRITORIES_REACHED("Territorios del grupo beneficiados", true, false),
    GROUP_TERRITORIES_REACHED_PERCENT("Territorios del grupo beneficiados (%)", true, true),
    FOCUS_PERCENT("Intervenciones focalizadas en el grupo (%)", true, true),
    MIPYME_PERCENT("Mipymes entre las empresas beneficiarias (%)", false, true);

    private final String label;
    private final boolean needsGroup;
    private final boolean percent;

    Indicator(String label, boolean needsGroup, boolean percent) {
        this.label = label;
        this.needsGroup = needsGroup;
        this.percent = percent;
    }

    public String label() {
        return label;
    }

    public boolean needsGroup() {
        return needsGroup;
    }

    public boolean isPercent() {
        return percent;
    }
}
