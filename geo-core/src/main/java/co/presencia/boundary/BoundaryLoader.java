package co.presencia.boundary;

import co.presencia.spatial.CrsTransform;
import co.presencia.spatial.GeometryRepair;
import co.presencia.spatial.Srid;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.InvalidDivipolaCodeException;
import co.presencia.territory.LoadReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.coverage.CoverageGapFinder;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads DANE MGN municipal (and optionally department) boundaries from any supported file, in either DANE field
 * convention, and returns them in EPSG:4326, valid, with areas in km² computed in EPSG:9377.
 *
 * <p>Checks, all reported in {@link LoadReport}: invalid polygons (repaired with JTS's GeometryFixer), the municipal
 * layer as a polygonal coverage (overlaps and misaligned edges with JTS's CoverageValidator; gaps narrower than
 * {@link #GAP_WIDTH_DEGREES} with CoverageGapFinder), features without geometry or code. Departments are the
 * department layer when one is given, otherwise the union of their municipalities.
 */
public final class BoundaryLoader {

    /** Gaps narrower than this (about 100 m) between municipalities are reported as slivers. */
    public static final double GAP_WIDTH_DEGREES = 0.001;
    private static final Logger LOG = LoggerFactory.getLogger(BoundaryLoader.class);

    private BoundaryLoader() {
    }

    /** Boundaries of one vintage. */
    public record BoundarySet(List<MunicipalBoundary> municipalities, List<DepartmentBoundarySource> departments, LoadReport report) {
    }

    /** A department polygon as loaded (name from the layer, upper-case in MGN). */
    public record DepartmentBoundarySource(DepartmentCode code, String name, MultiPolygon geometry, double areaKm2) {
    }

    public static BoundarySet load(Path municipalFile, String municipalLayer, Path departmentFile, String departmentLayer) {
        long start = System.nanoTime();
        SourceLayer layer = BoundaryFileReader.read(municipalFile, municipalLayer);
        FieldConvention convention = FieldConvention.detect(layer.fields());
        List<LoadReport.Issue> repairs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<DivipolaCode, MunicipalBoundary> byCode = new TreeMap<>();
        long vertices = 0;
        for (SourceFeature feature : layer.features()) {
            String where = "feature " + (feature.index() + 1);
            DivipolaCode code = codeOf(feature, convention, layer, where);
            if (feature.geometry() == null || feature.geometry().isEmpty()) {
                warnings.add(where + " (" + code + "): no geometry; unit skipped");
                continue;
            }
            if (byCode.containsKey(code)) {
                throw new BoundaryFileException(layer.file(), where + ": code " + code + " appears twice");
            }
            Geometry wgs84 = CrsTransform.transform(feature.geometry(), Srid.WGS84);
            GeometryRepair.Result valid = GeometryRepair.validate(wgs84);
            if (valid.repaired()) {
                repairs.add(new LoadReport.Issue(code.value(), valid.problem()));
            }
            MultiPolygon geometry = valid.geometry();
            vertices += geometry.getNumPoints();
            String departmentCodeText = FieldConvention.first(feature, convention.departmentCodeFields);
            DepartmentCode departmentCode = departmentCodeText == null ? new DepartmentCode(code.departmentCode())
                    : DepartmentCode.parse(departmentCodeText);
            if (!departmentCode.value().equals(code.departmentCode())) {
                warnings.add(where + " (" + code + "): department field " + departmentCode + " disagrees with the code");
            }
            byCode.put(code, new MunicipalBoundary(code, FieldConvention.first(feature, convention.nameFields), departmentCode,
                    FieldConvention.first(feature, convention.departmentNameFields), geometry, CrsTransform.areaKm2(geometry)));
        }
        if (byCode.isEmpty()) {
            throw new BoundaryFileException(layer.file(), "no municipality with geometry");
        }
        List<MunicipalBoundary> municipalities = List.copyOf(byCode.values());

        Geometry[] coverage = municipalities.stream().map(MunicipalBoundary::geometry).toArray(Geometry[]::new);
        List<LoadReport.Issue> coverageIssues = new ArrayList<>();
        Geometry[] invalidEdges = CoverageValidator.validate(coverage);
        for (int i = 0; i < invalidEdges.length; i++) {
            if (invalidEdges[i] != null) {
                coverageIssues.add(new LoadReport.Issue(municipalities.get(i).code().value(),
                        "overlap or misaligned edge with a neighbour (" + invalidEdges[i].getNumPoints() + " vertices)"));
            }
        }
        Geometry gaps = CoverageGapFinder.findGaps(coverage, GAP_WIDTH_DEGREES);
        int gapCount = gaps == null ? 0 : gaps.getNumGeometries();
        for (int i = 0; i < gapCount && i < 100; i++) {
            coverageIssues.add(new LoadReport.Issue(null, "gap near " + gaps.getGeometryN(i).getCentroid().getCoordinate()));
        }

        List<DepartmentBoundarySource> departments;
        String departmentSource;
        if (departmentFile != null) {
            departments = readDepartments(departmentFile, departmentLayer, warnings, repairs);
            departmentSource = departmentFile.getFileName().toString();
        } else {
            departments = unionDepartments(municipalities);
            departmentSource = "union of municipalities";
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LoadReport report = new LoadReport(Instant.now(), municipalFile.getFileName().toString(), layer.crsNote(),
                layer.encoding(), convention.description, departmentSource, municipalities.size(), departments.size(),
                vertices, List.copyOf(repairs), List.copyOf(coverageIssues), gapCount, List.copyOf(warnings), millis);
        LOG.info("Boundaries loaded from {}: {} municipalities, {} departments, {} vertices, {} repaired, {} coverage issues, {} gaps, {} ms",
                report.municipalSource(), report.municipalities(), report.departments(), vertices, repairs.size(),
                coverageIssues.size(), gapCount, millis);
        return new BoundarySet(municipalities, departments, report);
    }

    private static DivipolaCode codeOf(SourceFeature feature, FieldConvention convention, SourceLayer layer, String where) {
        String codeText = FieldConvention.first(feature, convention.codeFields);
        if (codeText == null) {
            String department = FieldConvention.first(feature, convention.departmentCodeFields);
            String local = FieldConvention.first(feature, convention.localCodeFields);
            if (department != null && local != null) {
                codeText = department + local;
            }
        }
        if (codeText == null) {
            throw new BoundaryFileException(layer.file(), where + ": no municipality code; expected one of "
                    + convention.codeFields + " (or DPTO_CCDGO + MPIO_CCDGO), found fields " + layer.fields());
        }
        try {
            return DivipolaCode.parse(codeText);
        } catch (InvalidDivipolaCodeException e) {
            throw new BoundaryFileException(layer.file(), where + ", field " + convention.codeFields.get(0) + ": " + e.getMessage(), e);
        }
    }

    private static List<DepartmentBoundarySource> readDepartments(Path file, String layerName, List<String> warnings,
                                                                  List<LoadReport.Issue> repairs) {
        SourceLayer layer = BoundaryFileReader.read(file, layerName);
        Map<DepartmentCode, DepartmentBoundarySource> byCode = new TreeMap<>();
        for (SourceFeature feature : layer.features()) {
            String codeText = FieldConvention.first(feature, List.of("DPTO_CCDGO", "DPTO_CDPMP"));
            if (codeText == null) {
                throw new BoundaryFileException(file, "feature " + (feature.index() + 1) + ": no DPTO_CCDGO field; found " + layer.fields());
            }
            if (feature.geometry() == null || feature.geometry().isEmpty()) {
                warnings.add(file.getFileName() + " department " + codeText + ": no geometry; skipped");
                continue;
            }
            DepartmentCode code = DepartmentCode.parse(codeText);
            GeometryRepair.Result valid = GeometryRepair.validate(CrsTransform.transform(feature.geometry(), Srid.WGS84));
            if (valid.repaired()) {
                repairs.add(new LoadReport.Issue(code.value(), "department: " + valid.problem()));
            }
            byCode.put(code, new DepartmentBoundarySource(code, FieldConvention.first(feature, List.of("DPTO_CNMBR")),
                    valid.geometry(), CrsTransform.areaKm2(valid.geometry())));
        }
        return List.copyOf(byCode.values());
    }

    private static List<DepartmentBoundarySource> unionDepartments(List<MunicipalBoundary> municipalities) {
        Map<DepartmentCode, List<MunicipalBoundary>> grouped = new LinkedHashMap<>();
        for (MunicipalBoundary m : municipalities) {
            grouped.computeIfAbsent(m.departmentCode(), k -> new ArrayList<>()).add(m);
        }
        Map<DepartmentCode, String> names = new HashMap<>();
        municipalities.forEach(m -> names.putIfAbsent(m.departmentCode(), m.departmentName()));
        return grouped.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> {
                    Geometry union = CoverageUnion.union(e.getValue().stream().map(MunicipalBoundary::geometry).toArray(Geometry[]::new));
                    union.setSRID(Srid.WGS84);
                    MultiPolygon geometry = GeometryRepair.validate(union).geometry();
                    return new DepartmentBoundarySource(e.getKey(), names.get(e.getKey()), geometry, CrsTransform.areaKm2(geometry));
                })
                .toList();
    }
}
