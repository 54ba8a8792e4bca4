package co.presencia.spatial;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which polygons of a coverage touch each other (share at least a boundary point). Built once, immutable; in a
 * clean coverage such as the MGN, touching means neighbouring municipalities.
 */
public final class MunicipalAdjacency<K extends Comparable<K>> {

    private final Map<K, SortedSet<K>> neighbours;

    private MunicipalAdjacency(Map<K, SortedSet<K>> neighbours) {
        this.neighbours = neighbours;
    }

    public static <K extends Comparable<K>> MunicipalAdjacency<K> build(Map<K, ? extends Geometry> polygons) {
        STRtree tree = new STRtree();
        List<K> keys = new ArrayList<>(polygons.keySet());
        for (K key : keys) {
            tree.insert(polygons.get(key).getEnvelopeInternal(), key);
        }
        tree.build();
        Map<K, SortedSet<K>> result = new TreeMap<>();
        keys.parallelStream().forEach(key -> {
            Geometry geometry = polygons.get(key);
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(geometry);
            SortedSet<K> touching = new TreeSet<>();
            for (Object candidate : tree.query(geometry.getEnvelopeInternal())) {
                @SuppressWarnings("unchecked")
                K other = (K) candidate;
                if (!other.equals(key) && prepared.intersects(polygons.get(other))) {
                    touching.add(other);
                }
            }
            synchronized (result) {
                result.put(key, Collections.unmodifiableSortedSet(touching));
            }
        });
        return new MunicipalAdjacency<>(result);
    }

    public SortedSet<K> neighbours(K key) {
        return neighbours.getOrDefault(key, Collections.emptySortedSet());
    }
}
