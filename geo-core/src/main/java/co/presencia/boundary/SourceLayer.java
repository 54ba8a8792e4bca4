package co.presencia.boundary;

import java.nio.file.Path;
import java.util.List;

/**
 * A layer read from a boundary file. {@code srid} is the declared CRS (from {@code .prj}, GeoPackage SRS or GeoJSON),
 * and {@code crsNote} says how it was decided.
 */
public record SourceLayer(Path file, String layerName, int srid, String crsNote, String encoding,
                          List<String> fields, List<SourceFeature> features) {
}
