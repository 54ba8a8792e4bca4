package co.presencia.economy;

/**
 * A municipality's value added in one year, thousand million current pesos, with its primary / secondary /
 * tertiary structure where DANE's table gives it (the latest year only).
 *
 * @param year      the year and its status
 * @param total     value added
 * @param primary   of which primary activities; null when the table gives no structure for the year
 * @param secondary of which secondary activities; null likewise
 * @param tertiary  of which tertiary activities; null likewise
 */
public record ValueAdded(FigureYear year, double total, Double primary, Double secondary, Double tertiary) {

    public boolean hasStructure() {
        return primary != null && secondary != null && tertiary != null;
    }
}
