package co.presencia.coverage;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** Numbers and lists as a Colombian report writes them ("1.121", "54,9 %"), or in English ("1,121", "54.9%"). */
enum NumberWording {
    ES(new Locale("es", "CO"), " %", "y"),
    EN(Locale.ENGLISH, "%", "and");

    private final Locale locale;
    private final String percentSuffix;
    private final String and;

    NumberWording(Locale locale, String percentSuffix, String and) {
        this.locale = locale;
        this.percentSuffix = percentSuffix;
        this.and = and;
    }

    Locale locale() {
        return locale;
    }

    String integer(long value) {
        DecimalFormatSymbols symbols = symbols();
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        return format.format(value);
    }

    /** A share (0–1) as a percentage with one decimal. */
    String percent(Double share) {
        if (share == null) {
            return this == ES ? "sin dato" : "no data";
        }
        DecimalFormat format = new DecimalFormat("0.0", symbols());
        return format.format(share * 100.0) + percentSuffix;
    }

    /** "1 departamento", "33 departamentos": the number and the noun in agreement. */
    String count(long value, String singular, String plural) {
        return integer(value) + " " + (value == 1 ? singular : plural);
    }

    String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }

    private DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        if (this == ES) {
            symbols.setGroupingSeparator('.');
            symbols.setDecimalSeparator(',');
        } else {
            symbols.setGroupingSeparator(',');
            symbols.setDecimalSeparator('.');
        }
        return symbols;
    }
}
