package co.presencia.map;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a choropleth's legend says: its title, one entry per class (label, colour, how many units) with the class of
 * 0 first when there is one, and the "Sin dato" entry when some units have no value.
 */
public record Legend(String title, List<Entry> entries, Entry noData) {

    public Legend {
        entries = List.copyOf(entries);
    }

    public record Entry(String label, Color color, int count) {
    }

    /** The legend of {@code features} classified by {@code classes}; limits written in Colombian Spanish (1.234,5). */
    public static Legend of(String title, ChoroplethClasses classes, List<MapFeature> features) {
        int[] counts = new int[classes.classes()];
        int zeros = 0;
        int noData = 0;
        List<Double> present = new ArrayList<>();
        for (MapFeature f : features) {
            int klass = classes.classOf(f.value());
            if (klass == ChoroplethClasses.NO_DATA) {
                noData++;
            } else if (klass == ChoroplethClasses.ZERO) {
                zeros++;
            } else {
                counts[klass]++;
            }
            if (f.value() != null) {
                present.add(f.value());
            }
        }
        List<Entry> entries = new ArrayList<>();
        if (classes.zeroClass()) {
            entries.add(new Entry("0", classes.zero(), zeros));
        }
        if (classes.breaks() != null) {
            DecimalFormat format = numberFormat(classes.breaks(), present);
            for (int i = 0; i < classes.classes(); i++) {
                String label = format.format(classes.breaks().lower(i)) + " – " + format.format(classes.breaks().upper(i));
                entries.add(new Entry(label, classes.colors().get(i), counts[i]));
            }
        }
        return new Legend(title, entries, noData == 0 ? null : new Entry("Sin dato", classes.noData(), noData));
    }

    /** Colombian Spanish numbers: 1.234.567 and 12,5; decimals suited to the range (none for whole numbers). */
    static DecimalFormat numberFormat(ClassBreaks breaks, List<Double> values) {
        boolean whole = values.stream().allMatch(v -> v == Math.rint(v));
        double max = Math.max(Math.abs(breaks.lower(0)), Math.abs(breaks.upper(breaks.classes() - 1)));
        int decimals = whole ? 0 : max < 10 ? 2 : max < 1000 ? 1 : 0;
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setGroupingUsed(true);
        return format;
    }
}
