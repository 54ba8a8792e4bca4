package co.presencia.economy;

/**
 * A year of a DANE series with its status: DANE revises its latest years, marking them provisional ("p") and, in
 * the departmental accounts, the very latest preliminary ("pr").
 *
 * @param year   the year
 * @param status definitive, provisional or preliminary
 */
public record FigureYear(int year, Status status) implements Comparable<FigureYear> {

    /** How final a year's figure is. */
    public enum Status {
        DEFINITIVE("", "definitivo"),
        PROVISIONAL("p", "provisional"),
        PRELIMINARY("pr", "preliminar");

        private final String mark;
        private final String label;

        Status(String mark, String label) {
            this.mark = mark;
            this.label = label;
        }

        /** DANE's mark after the year ("p", "pr"; none when definitive). */
        public String mark() {
            return mark;
        }

        /** The Spanish word. */
        public String label() {
            return label;
        }
    }

    /** "2022p", "2023pr", "2021". */
    public String label() {
        return year + status.mark;
    }

    @Override
    public int compareTo(FigureYear other) {
        return Integer.compare(year, other.year);
    }
}
