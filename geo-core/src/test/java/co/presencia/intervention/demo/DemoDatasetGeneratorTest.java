package co.presencia.intervention.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.presencia.intervention.ImportListener;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.ImportStatus;
import co.presencia.intervention.InterventionImporter;
import co.presencia.coverage.CoverageFilter;
import co.presencia.coverage.CoverageIndex;
import co.presencia.coverage.SectorBreakdown;
import co.presencia.coverage.SectorCounts;
import co.presencia.coverage.SectorFigures;
import co.presencia.intervention.Axis;
import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.InterventionRepository;
import co.presencia.sector.CiiuClassification;
import co.presencia.sector.SectorCatalog;
import co.presencia.territory.RuralityCategory;
import co.presencia.intervention.Placement;
import co.presencia.intervention.SharedJoiner;
import co.presencia.spatial.sql.Database;
import co.presencia.testing.ReferenceData;
import co.presencia.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo file is calibrated to the 2023 report, reproducible, and every invalid row is the only thing rejected. */
class DemoDatasetGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void calibratedReproducibleAndImportable() throws IOException {
        var catalog = SharedJoiner.get().catalog();
        Path first = temp.resolve("demo-1.csv");
        Path second = temp.resolve("demo-2.csv");
        DemoDatasetGenerator.Summary summary = new DemoDatasetGenerator(catalog, DemoDatasetGenerator.DEFAULT_SEED).write(first);
        new DemoDatasetGenerator(catalog, DemoDatasetGenerator.DEFAULT_SEED).write(second);
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);

        assertThat(summary.beneficiaries()).isEqualTo(20_000);
        assertThat(summary.municipalities()).isBetween(600, 630);
        assertThat(summary.pdetMunicipalities()).isBetween(108, 120);
        assertThat(summary.topTenShare()).isCloseTo(39.5, within(1.0));
        assertThat(summary.mipymeShareOfCompanies()).isCloseTo(96.0, within(1.5));
        assertThat(summary.departmentShares().get("05")).isCloseTo(12.6, within(0.6));
        assertThat(summary.departmentShares().get("52")).isCloseTo(11.1, within(0.6));
        assertThat(summary.departmentShares().get("11")).isCloseTo(10.4, within(0.6));
        assertThat(summary.departmentShares().get("27")).isCloseTo(8.8, within(0.6));
        assertThat(summary.departmentShares().get("76")).isCloseTo(6.7, within(0.6));
        assertThat(summary.departmentShares().get("19")).isCloseTo(6.1, within(0.6));
        assertThat(summary.departmentShares()).hasSize(33);

        Database database = TestDatabases.h2gis();
        ImportReport report = new InterventionImporter(database, SharedJoiner.get(), ReferenceData::classification).importFile(first,
                ImportOptions.of("demo", "demo.csv").withDatasetName("Demo (sintético)", true).withAcceptPartial(true),
                ImportListener.NONE);
        assertThat(report.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.rowsRejected()).as(report.rejects().toString()).isEqualTo(DemoDatasetGenerator.INVALID_ROWS);
        assertThat(report.rowsAccepted()).isEqualTo(summary.validRows());
        assertThat(report.placements()).containsKeys(Placement.values());
        var dataset = new DatasetRepository(database).dataset("demo").orElseThrow();
        assertThat(dataset.synthetic()).isTrue();
        assertThat(dataset.name()).isEqualTo("Demo (sintético)");
        assertThat(dataset.beneficiaries()).isCloseTo(20_000, within(30L));
        assertThat(dataset.municipalities()).isEqualTo(summary.municipalities());
        activitiesFollowEachInstrumentsMix(database, catalog);
    }

    /** docs/interventions.md: manufacturing dominates Productividad and Calidad; farming Encadenamientos in rural areas. */
    private static void activitiesFollowEachInstrumentsMix(Database database, co.presencia.territory.ReferenceCatalog catalog) {
        CiiuClassification ciiu = ReferenceData.classification();
        CoverageIndex index = CoverageIndex.build(catalog, sink -> new InterventionRepository(database).forEach("demo", sink));
        SectorBreakdown sections = SectorBreakdown.of(new SectorCatalog(ciiu, List.of()).breakdown("section").orElseThrow(), ciiu);
        for (Axis axis : List.of(Axis.PRODUCTIVIDAD, Axis.CALIDAD)) {
            List<SectorFigures.SectorRow> rows = SectorFigures.sectors(index.countBySector(
                    CoverageFilter.ofYear(2023).withAxes(EnumSet.of(axis)), 2023, sections));
            assertThat(rows.get(0).code()).as(axis.id()).isEqualTo("C");
            assertThat(rows.get(0).share()).as(axis.id()).isGreaterThan(0.6);
        }
        SectorCounts chains = index.countBySector(CoverageFilter.ofYear(2023).withPrograms(Set.of("EnCadena")), 2023, sections);
        Map<String, Integer> rural = new TreeMap<>();
        Map<String, Integer> towns = new TreeMap<>();
        for (SectorCounts.Pair pair : chains.pairs()) {
            if (pair.sector() < chains.sectors()) {
                RuralityCategory r = pair.municipality().rurality();
                boolean isRural = r == RuralityCategory.RURAL || r == RuralityCategory.RURAL_DISPERSO;
                (isRural ? rural : towns).merge(sections.sectors().get(pair.sector()).id(), pair.beneficiaries(), Integer::sum);
            }
        }
        assertThat(rural.get("A")).as("EnCadena in rural areas: farming first " + rural).isGreaterThan(rural.getOrDefault("C", 0));
        assertThat(towns.get("C")).as("EnCadena in towns: industry first " + towns).isGreaterThan(towns.getOrDefault("A", 0));
        SectorCounts popular = index.countBySector(CoverageFilter.ofYear(2023).withAxes(EnumSet.of(Axis.ECONOMIA_POPULAR)), 2023, sections);
        double uncoded = (double) popular.interventions(popular.sectors() + SectorCounts.UNCODED) / popular.interventions();
        assertThat(uncoded).as("popular-economy units without a RUT code").isBetween(0.28, 0.38);
    }
}
