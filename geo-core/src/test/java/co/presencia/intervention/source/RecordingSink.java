package co.presencia.intervention.source;

import java.util.ArrayList;
import java.util.List;

/** Records what a source hands over: {@code "line:[cells]"}, {@code "line H:[header]"}, {@code "line!reason"}. */
final class RecordingSink implements RowSink {

    final List<String> out = new ArrayList<>();

    @Override
    public void header(List<String> names, long line) {
        out.add(line + "H:" + names);
    }

    @Override
    public void row(List<String> cells, long line) {
        out.add(line + ":" + cells);
    }

    @Override
    public void unreadable(long line, String reason) {
        out.add(line + "!" + reason);
    }

    /** A rule that accepts a row containing every one of {@code names} (exactly, after stripping). */
    static HeaderRule having(String... names) {
        return new HeaderRule() {
            @Override
            public boolean accepts(List<String> cells) {
                return score(cells) == names.length;
            }

            @Override
            public int score(List<String> cells) {
                int n = 0;
                for (String name : names) {
                    if (cells.stream().anyMatch(c -> c != null && c.strip().equalsIgnoreCase(name))) {
                        n++;
                    }
                }
                return n;
            }
        };
    }
}
