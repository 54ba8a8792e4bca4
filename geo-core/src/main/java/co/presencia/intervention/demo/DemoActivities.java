package co.presencia.intervention.demo;

import co.presencia.territory.Municipality;
import co.presencia.territory.RuralityCategory;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The economic activity of a demo record: a CIIU Rev. 4 A.C. class drawn from the instrument's mix of activities
 * (synthetic, calibrated to what each instrument is for), written as planners write it. The mixes
 * (docs/interventions.md, "The demo dataset"):
 * <ul>
 *   <li>Productividad and Calidad: manufacturing dominates (food processing and other industry, about 80%);</li>
 *   <li>Encadenamientos (EnCadena) and Apuestas Productivas: agriculture and agroindustry in rural and dispersed
 *       municipalities (DNP rurality), manufacturing in the others; services-based programs: software and consulting;</li>
 *   <li>Economía popular: retail, food service, crafts and beauty in towns, farming in rural areas; artisans: crafts;
 *       about a third of popular-economy units carry no code (no RUT), and 3% of companies;</li>
 *   <li>Empretur: lodging, food service and travel agencies; Cannabis y cáñamo: medicinal plants and pharmaceuticals.</li>
 * </ul>
 * Written forms: the four digits (most), with the section letter ({@code C1011}), without the leading zero where that
 * cannot be mistaken for a group ({@code 111}), only the group ({@code 101}), and, for jewellery and crafts, the
 * class 3210 replaced in 2020 (read as group 321, ADR 0013).
 */
final class DemoActivities {

    private static final List<String> AGRO = List.of("0111", "0113", "0122", "0123", "0126", "0128", "0141", "0145", "0150", "0321");
    private static final List<String> AGROINDUSTRY = List.of("1011", "1020", "1040", "1051", "1081", "1082", "1089", "1104");
    private static final List<String> INDUSTRY = List.of("1313", "1410", "1420", "1521", "2023", "2229", "2511", "2592", "3110",
            "3250", "3290");
    private static final List<String> CRAFTS = List.of("1392", "1410", "3211", "3212", "3290", "1521");
    private static final List<String> RETAIL = List.of("4711", "4719", "4721", "4729", "4771", "4773");
    private static final List<String> FOOD_SERVICE = List.of("5611", "5613");
    private static final List<String> LODGING = List.of("5511", "5519");
    private static final List<String> TOURISM = List.of("7911", "7912", "9329");
    private static final List<String> KNOWLEDGE = List.of("6201", "6202", "7020", "7111", "7210", "7490");
    private static final List<String> PERSONAL = List.of("9602");
    private static final List<String> CONSTRUCTION = List.of("4111", "4290");
    private static final List<String> PHARMA = List.of("0128", "2100");
    /** Classes whose three digits without the zero are no group: a planner's spreadsheet may drop it safely. */
    private static final List<String> ZERO_DROPPABLE = List.of("0111", "0113", "0122", "0123", "0126", "0128", "0145", "0150");

    /** A share of records and the classes they are drawn from. */
    private record Part(double weight, List<String> classes) {
    }

    private record Mix(List<Part> towns, List<Part> rural) {
        static Mix same(Part... parts) {
            return new Mix(List.of(parts), List.of(parts));
        }
    }

    private static final Map<String, Mix> MIXES = Map.ofEntries(
            Map.entry("Fábricas de Productividad y Sostenibilidad", Mix.same(new Part(.55, INDUSTRY), new Part(.25, AGROINDUSTRY),
                    new Part(.07, RETAIL), new Part(.04, FOOD_SERVICE), new Part(.04, CONSTRUCTION), new Part(.05, KNOWLEDGE))),
            Map.entry("Productividad Verde", Mix.same(new Part(.45, INDUSTRY), new Part(.25, AGROINDUSTRY), new Part(.15, AGRO),
                    new Part(.05, LODGING), new Part(.10, RETAIL))),
            Map.entry("Apuestas Productivas Sostenibles", Mix.same(new Part(.4, AGROINDUSTRY), new Part(.3, INDUSTRY), new Part(.3, AGRO))),
            Map.entry("Productividad para la internacionalización de servicios", Mix.same(new Part(.8, KNOWLEDGE),
                    new Part(.1, TOURISM), new Part(.1, RETAIL))),
            Map.entry("EnCadena", new Mix(List.of(new Part(.45, INDUSTRY), new Part(.25, AGROINDUSTRY), new Part(.15, RETAIL),
                    new Part(.15, AGRO)), List.of(new Part(.6, AGRO), new Part(.3, AGROINDUSTRY), new Part(.1, INDUSTRY)))),
            Map.entry("Encadenamientos productivos de Servicios Basados en Conocimiento", Mix.same(new Part(1, KNOWLEDGE))),
            Map.entry("Extensionismo en calidad", Mix.same(new Part(.5, INDUSTRY), new Part(.35, AGROINDUSTRY), new Part(.05, AGRO),
                    new Part(.05, FOOD_SERVICE), new Part(.05, PHARMA))),
            Map.entry("Calidad para la Internacionalización", Mix.same(new Part(.45, AGROINDUSTRY), new Part(.4, INDUSTRY),
                    new Part(.15, AGRO))),
            Map.entry("SENAInnova", Mix.same(new Part(.45, INDUSTRY), new Part(.3, KNOWLEDGE), new Part(.25, AGROINDUSTRY))),
            Map.entry("Territorios Clúster", Mix.same(new Part(.35, INDUSTRY), new Part(.25, AGROINDUSTRY), new Part(.2, AGRO),
                    new Part(.1, TOURISM), new Part(.1, KNOWLEDGE))),
            Map.entry("Apuestas Productivas", new Mix(List.of(new Part(.4, INDUSTRY), new Part(.4, AGROINDUSTRY), new Part(.2, AGRO)),
                    List.of(new Part(.5, AGRO), new Part(.4, AGROINDUSTRY), new Part(.1, INDUSTRY)))),
            Map.entry("Empretur", Mix.same(new Part(.4, LODGING), new Part(.3, FOOD_SERVICE), new Part(.3, TOURISM))),
            Map.entry("Cannabis y cáñamo", Mix.same(new Part(.7, PHARMA), new Part(.3, AGRO))),
            Map.entry("Alianza PROA", Mix.same(new Part(.6, INDUSTRY), new Part(.4, AGROINDUSTRY))),
            Map.entry("Mujeres más Productivas", new Mix(List.of(new Part(.35, RETAIL), new Part(.2, FOOD_SERVICE),
                    new Part(.15, CRAFTS), new Part(.15, PERSONAL), new Part(.15, AGROINDUSTRY)),
                    List.of(new Part(.35, AGRO), new Part(.2, AGROINDUSTRY), new Part(.2, RETAIL), new Part(.1, FOOD_SERVICE),
                            new Part(.15, CRAFTS)))),
            Map.entry("Artesanos más Productivos", Mix.same(new Part(1, CRAFTS))),
            Map.entry("Minicadenas Agroindustriales", new Mix(List.of(new Part(.8, AGROINDUSTRY), new Part(.2, AGRO)),
                    List.of(new Part(.5, AGROINDUSTRY), new Part(.5, AGRO)))),
            Map.entry("Crecer Juntos", new Mix(List.of(new Part(.4, RETAIL), new Part(.2, FOOD_SERVICE), new Part(.1, INDUSTRY),
                    new Part(.1, PERSONAL), new Part(.1, AGROINDUSTRY), new Part(.1, CONSTRUCTION)),
                    List.of(new Part(.45, AGRO), new Part(.25, RETAIL), new Part(.1, FOOD_SERVICE), new Part(.2, AGROINDUSTRY)))));

    private final Random random;

    /** @param seed the demo's seed (this draws from a generator of its own, so the rest of the demo does not move) */
    DemoActivities(long seed) {
        this.random = new Random(seed * 31 + 10);
    }

    /**
     * The activity cell of a record of {@code program} in {@code m}; {@code tenth} (0–9) is the record's draw from the
     * demo's main generator and picks the tenth of the mix, this generator the rest. Empty for a record without a code.
     */
    String cell(DemoProgram program, Municipality m, int tenth) {
        double u = (tenth + random.nextDouble()) / 10;
        if (random.nextDouble() < (program.productiveUnits() ? 0.33 : 0.03)) {
            return "";
        }
        Mix mix = MIXES.get(program.name());
        if (mix == null) {
            throw new IllegalStateException("No activity mix for demo program " + program.name());
        }
        boolean rural = m.rurality() == RuralityCategory.RURAL || m.rurality() == RuralityCategory.RURAL_DISPERSO;
        List<Part> parts = rural ? mix.rural() : mix.towns();
        double total = parts.stream().mapToDouble(Part::weight).sum();
        double r = u * total;
        Part chosen = parts.get(parts.size() - 1);
        for (Part part : parts) {
            r -= part.weight();
            if (r < 0) {
                chosen = part;
                break;
            }
        }
        return written(chosen.classes().get(random.nextInt(chosen.classes().size())));
    }

    /** The class as a planner writes it. */
    private String written(String code) {
        double form = random.nextDouble();
        if ((code.equals("3211") || code.equals("3212")) && form < 0.3) {
            return "3210";
        }
        if (form < 0.15) {
            return sectionOf(code) + code;
        }
        if (form < 0.30 && ZERO_DROPPABLE.contains(code)) {
            return code.substring(1);
        }
        if (form > 0.95) {
            // Only the group, with its section letter: three digits alone may also read as a class without its zero.
            return sectionOf(code) + code.substring(0, 3);
        }
        return code;
    }

    /** The section of the classes of these lists (not a general rule: divisions 05–09, 35–39, 49–53 are not here). */
    private static String sectionOf(String code) {
        int division = Integer.parseInt(code.substring(0, 2));
        if (division <= 3) {
            return "A";
        }
        if (division <= 33) {
            return "C";
        }
        if (division <= 43) {
            return "F";
        }
        if (division <= 47) {
            return "G";
        }
        if (division <= 56) {
            return "I";
        }
        if (division <= 63) {
            return "J";
        }
        if (division <= 75) {
            return "M";
        }
        if (division <= 82) {
            return "N";
        }
        return division <= 93 ? "R" : "S";
    }
}
