package co.presencia.map;

import java.awt.Color;
import java.util.List;

/**
 * What a choropleth's legend says: its title, one entry per class (label, colour, how many units), and the "Sin
 * dato" entry when some units have no value.
 */
public record Legend(String title, List<Entry> entries, Entry noData) {

    public Legend {
        entries = List.copyOf(entries);
    }

    public record Entry(String label, Color color, int count) {
    }
}
