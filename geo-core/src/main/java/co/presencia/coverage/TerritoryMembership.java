package co.presencia.coverage;

import co.presencia.territory.DivipolaCode;
import co.presencia.territory.TerritoryGroup;
import java.util.ArrayList;
import java.util.List;

/** The territories of a group that hold each municipality of an index, as arrays for the counting passes. */
final class TerritoryMembership {

    private TerritoryMembership() {
    }

    /** Per municipality (index of {@code index}), the indexes of {@code group}'s territories that hold it. */
    static int[][] byMunicipality(CoverageIndex index, TerritoryGroup group) {
        int count = index.municipalities().size();
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lists.add(new ArrayList<>());
        }
        for (int t = 0; t < group.territories().size(); t++) {
            for (DivipolaCode code : group.territories().get(t).municipalities()) {
                int m = index.municipalityIndex(code);
                if (m >= 0) {
                    lists.get(m).add(t);
                }
            }
        }
        int[][] result = new int[count][];
        for (int i = 0; i < result.length; i++) {
            result[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }
}
