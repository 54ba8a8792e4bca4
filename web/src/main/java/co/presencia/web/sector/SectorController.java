package co.presencia.web.sector;

import co.presencia.application.Presencia;
import co.presencia.application.Sectors;
import co.presencia.sector.CiiuActivity;
import co.presencia.sector.CiiuClassification;
import co.presencia.sector.CiiuCode;
import co.presencia.sector.CiiuLevel;
import co.presencia.sector.CiiuReplacement;
import co.presencia.sector.Sector;
import co.presencia.sector.SectorGrouping;
import co.presencia.sector.SectorGroupingKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read API for CIIU Rev. 4 A.C. and the sector groupings. */
@RestController
@RequestMapping("/api/v1/sectors")
@Tag(name = "Sectors", description = "CIIU Rev. 4 A.C. (DANE) and the sector groupings of its classes")
public class SectorController {

    private final Sectors sectors;

    public SectorController(Presencia presencia) {
        this.sectors = presencia.sectors();
    }

    @GetMapping
    @Operation(summary = "Sector groupings and their sectors", description = "The classification's counts and replaced classes, and every grouping: CIIU sections and divisions (built in), the shipped example (labelled as such, not MARO's), and those loaded from configuration.")
    public Overview overview() {
        CiiuClassification ciiu = sectors.classification();
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (CiiuLevel level : CiiuLevel.values()) {
            counts.put(level.id(), ciiu.activities(level).size());
        }
        List<Replaced> replaced = ciiu.replacements().stream().map(Replaced::of).toList();
        List<GroupingSummary> groupings = sectors.groupings().stream().map(g -> GroupingSummary.of(g, false)).toList();
        return new Overview(new ClassificationSummary(CiiuClassification.SOURCE, counts, replaced), groupings);
    }

    @GetMapping("/classification")
    @Operation(summary = "CIIU Rev. 4 A.C. at one level", description = "level=section|division|group|class (default section): code, Spanish title, the codes above it and how many classes it holds. Example: /api/v1/sectors/classification?level=division")
    public Classification classification(@RequestParam(required = false) String level) {
        CiiuLevel chosen = sectors.level("level", level);
        CiiuClassification ciiu = sectors.classification();
        List<Entry> items = sectors.classification(chosen).stream().map(a -> Entry.of(a, ciiu)).toList();
        return new Classification(chosen.id(), chosen.label(), CiiuClassification.SOURCE, items.size(), items);
    }

    @GetMapping("/classification/{code}")
    @Operation(summary = "One CIIU code, read as planners write it", description = "0111, 111 (lost zero), C1011, grupo 141; a class replaced in 2020/2022 answers what it is read as. Unknown, ambiguous or DIAN codes answer 400 with the reason.")
    public Reading code(@PathVariable String code) {
        CiiuCode parsed = sectors.code("code", code);
        CiiuClassification ciiu = sectors.classification();
        return new Reading(parsed.written(), Entry.of(parsed.activity(), ciiu),
                parsed.replaced().map(Replaced::of).orElse(null));
    }

    @GetMapping("/{grouping}")
    @Operation(summary = "One grouping with the classes of each sector", description = "Example: /api/v1/sectors/ejemplo-ramas-dane")
    public GroupingSummary grouping(@PathVariable String grouping) {
        return GroupingSummary.of(sectors.grouping(grouping), true);
    }

    public record Overview(ClassificationSummary classification, List<GroupingSummary> groupings) {
    }

    public record ClassificationSummary(String source, Map<String, Integer> counts, List<Replaced> replacedClasses) {
    }

    /** A class of the 2012 edition replaced in 2020/2022 and what it is read as. */
    public record Replaced(String oldCode, String oldTitle, List<String> successors, String readAsLevel, String readAs,
                           String readAsTitle) {
        static Replaced of(CiiuReplacement r) {
            return new Replaced(r.oldCode(), r.oldTitle(), r.successors(), r.readAs().level().id(), r.readAs().code(),
                    r.readAs().title());
        }
    }

    public record Classification(String level, String levelLabel, String source, int count, List<Entry> items) {
    }

    public record Entry(String code, String title, String level, String section, String division, String group, int classes) {
        static Entry of(CiiuActivity a, CiiuClassification ciiu) {
            return new Entry(a.code(), a.title(), a.level().id(), a.section(), a.division(), a.group(), ciiu.classesOf(a).size());
        }
    }

    public record Reading(String written, Entry entry, Replaced replaced) {
    }

    /**
     * A grouping: {@code example} is true only for the shipped example; {@code sectors[].classCodes} only in the
     * detail of one grouping.
     */
    public record GroupingSummary(String id, String name, String kind, boolean example, String source, int sectorCount,
                                  int unassignedClasses, List<SectorView> sectors) {
        static GroupingSummary of(SectorGrouping g, boolean withClasses) {
            Function<Sector, SectorView> view = s -> new SectorView(s.id(), s.name(), s.classes().size(),
                    withClasses ? List.copyOf(s.classes()) : null);
            return new GroupingSummary(g.id(), g.name(), g.kind().name(), g.kind() == SectorGroupingKind.EXAMPLE, g.source(),
                    g.sectors().size(), g.unassignedClasses(), g.sectors().stream().map(view).collect(Collectors.toList()));
        }
    }

    public record SectorView(String id, String name, int classes, List<String> classCodes) {
    }
}
