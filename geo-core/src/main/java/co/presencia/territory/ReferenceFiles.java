package co.presencia.territory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the reference files sit under the data folder ({@code shapefiles/}, filled by {@code scripts/setup-data}).
 * The layout mirrors {@code ../shared/data}.
 */
public record ReferenceFiles(Path root, Path municipalBoundaries, String municipalLayer, Path departmentBoundaries,
                             String departmentLayer, Path master, Path population, Path rurality, Path divipola) {

    public static ReferenceFiles standard(Path root) {
        return new ReferenceFiles(root,
                root.resolve("boundaries/derived/shp/mgn2018_mpio.shp"), null,
                root.resolve("boundaries/derived/shp/mgn2018_dpto.shp"), null,
                root.resolve("derived/municipios_master.csv"),
                root.resolve("population/derived/dane_poblacion_total_municipal_2005_2035_wide.csv"),
                root.resolve("rurality/derived/categorias_ruralidad_normalizado.csv"),
                root.resolve("divipola/DIVIPOLA_Municipios.xlsx"));
    }

    /** The files that must exist; a missing one is named with the command that installs it. */
    public void requirePresent() {
        List<String> missing = new ArrayList<>();
        for (Path p : List.of(municipalBoundaries, master, population, rurality, divipola)) {
            if (!Files.isRegularFile(p)) {
                missing.add(p.toString());
            }
        }
        if (departmentBoundaries != null && !Files.isRegularFile(departmentBoundaries)) {
            missing.add(departmentBoundaries.toString());
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Reference data missing: " + missing + ". Run scripts/setup-data first.");
        }
    }
}
