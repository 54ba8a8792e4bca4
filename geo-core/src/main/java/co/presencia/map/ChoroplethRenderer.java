package co.presencia.map;

import co.presencia.work.CallerScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Lays out and draws a {@link ChoroplethMap} as PNG or SVG: title and subtitle on top; Colombia in EPSG:9377, north
 * up, scaled to the width; San Andrés, Providencia and Santa Catalina in an inset at the top left
 * ({@link ArchipelagoInset}); legend, scale bar, north arrow and source lines ({@link MapFurniture}). Both formats
 * come from the same layout through {@link MapCanvas}.
 *
 * <p>Classes and colours follow {@link ChoroplethClasses}. Geometry is projected and simplified for the output scale
 * ({@link ProjectedUnits}); a renderer given a {@link ProjectedUnitsCache} keeps that work for repeated maps of the
 * same units. A renderer holds no other state, so one instance may serve concurrent requests.
 */
public final class ChoroplethRenderer {

    private final ProjectedUnitsCache cache;

    /** A renderer that projects and simplifies the units of every map anew (command-line use). */
    public ChoroplethRenderer() {
        this(ProjectedUnitsCache.none());
    }

    public ChoroplethRenderer(ProjectedUnitsCache cache) {
        this.cache = cache;
    }

    public byte[] png(ChoroplethMap map) {
        Plate plate = plate(map);
        Java2dCanvas canvas = new Java2dCanvas(map.width(), plate.layout.height(), 1.0);
        draw(map, plate, canvas);
        CallerScope.checkpoint();   // encoding a wide image is the last long step
        return canvas.png();
    }

    public String svg(ChoroplethMap map) {
        Plate plate = plate(map);
        SvgCanvas canvas = new SvgCanvas(map.width(), plate.layout.height(), map.title());
        draw(map, plate, canvas);
        return canvas.svg();
    }

    /** Writes the map to {@code out} as SVG or PNG, by the file's extension ({@code .svg}, {@code .png}). */
    public void write(ChoroplethMap map, Path out) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            Files.writeString(out, svg(map), StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            Files.write(out, png(map));
        } else {
            throw new IllegalArgumentException("The output file must end in .png or .svg: " + out);
        }
    }

    /** The classes of the map's values ({@link ChoroplethClasses}). */
    public static ChoroplethClasses classes(ChoroplethMap map) {
        List<Double> values = map.features().stream().map(MapFeature::value).toList();
        return ChoroplethClasses.of(values, map.method(), map.classes(), map.ramp());
    }

    /** The classes, colours and counts the map's legend shows. */
    public static Legend legend(ChoroplethMap map) {
        return Legend.of(map.legendTitle(), classes(map), map.features());
    }

    /** The simplified main-map geometries (EPSG:9377) of {@code map} at its width: for tests. */
    Geometry[] simplifiedMain(ChoroplethMap map) {
        return plate(map).units.main().clone();
    }

    private record Plate(ProjectedUnits units, PlateLayout layout, ChoroplethClasses classes, Legend legend) {
    }

    private Plate plate(ChoroplethMap map) {
        ProjectedUnits units = cache.get(map.features(), PlateLayout.mapWidth(map.width()));
        ChoroplethClasses classes = classes(map);
        return new Plate(units, PlateLayout.of(map, units.plateExtent()), classes,
                Legend.of(map.legendTitle(), classes, map.features()));
    }

    private static void draw(ChoroplethMap map, Plate plate, MapCanvas canvas) {
        PlateLayout p = plate.layout;
        MapFurniture.heading(map, p, canvas);
        Envelope e = plate.units.mainExtent();
        UnitPainter.Transform main = (x, y) -> new double[] {p.mapX() + (x - e.getMinX()) * p.scale(), p.mapY() + (e.getMaxY() - y) * p.scale()};
        UnitPainter painter = new UnitPainter(map.features(), plate.classes);
        painter.draw(plate.units.main(), main, canvas, 0.35 * p.u(), 1.1 * p.u());
        if (!plate.units.insetExtent().isNull()) {
            ArchipelagoInset.draw(plate.units, p, painter, canvas);
        }
        MapFurniture.legend(plate.legend, p, canvas);
        MapFurniture.scaleBar(p, canvas);
        MapFurniture.northArrow(p, canvas);
        MapFurniture.foot(map, p, canvas);
    }
}
