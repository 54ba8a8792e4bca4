package co.presencia.map;

import org.locationtech.jts.geom.Envelope;

/**
 * Where things go on a map plate, in page pixels: title and subtitle on top, the main map scaled to the width (north
 * up), the source lines at the foot. {@code u} is the unit the furniture is sized in (1 at 1,000 px wide).
 *
 * @param mapX   left of the map box
 * @param mapY   top of the map box
 * @param mapW   width of the map box
 * @param mapH   height of the map box
 * @param scale  pixels per metre of EPSG:9377
 * @param height the plate's height, from Colombia's shape
 */
record PlateLayout(double u, double margin, double mapX, double mapY, double mapW, double mapH, double scale, int height) {

    /** The width in pixels the main map will have on a plate {@code plateWidth} wide, to simplify for before layout. */
    static int mapWidth(int plateWidth) {
        double u = plateWidth / 1000.0;
        return (int) Math.round(plateWidth - 2 * 24 * u);
    }

    static PlateLayout of(ChoroplethMap map, Envelope extent) {
        double u = map.width() / 1000.0;
        double margin = 24 * u;
        double header = (map.subtitle().isEmpty() ? 62 : 86) * u;
        double footer = 56 * u;
        double mapW = map.width() - 2 * margin;
        double scale = mapW / extent.getWidth();
        double mapH = extent.getHeight() * scale;
        return new PlateLayout(u, margin, margin, header, mapW, mapH, scale, (int) Math.ceil(header + mapH + footer));
    }
}
