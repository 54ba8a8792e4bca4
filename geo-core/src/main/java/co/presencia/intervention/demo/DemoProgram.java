package co.presencia.intervention.demo;

import java.util.List;
import java.util.Random;

/**
 * An instrument of the demo year: its axis, how many beneficiaries it reached, whether they are popular-economy
 * units (else companies), its differential focus, and its typical amount in millions of pesos.
 */
record DemoProgram(String name, String axis, int beneficiaries, boolean productiveUnits, String focus, long amountMillions) {

    /** The instruments and axes of DOMAIN.md, with beneficiaries adding up to about 20,000. */
    static final List<DemoProgram> ALL = List.of(
            new DemoProgram("Mujeres más Productivas", "Economía popular", 5000, true, "mujeres", 3),
            new DemoProgram("Artesanos más Productivos", "Economía popular", 1900, true, "artesanos", 4),
            new DemoProgram("Minicadenas Agroindustriales", "Economía popular", 1200, true, "víctimas", 6),
            new DemoProgram("Crecer Juntos", "Economía popular", 6500, true, null, 2),
            new DemoProgram("Fábricas de Productividad y Sostenibilidad", "Productividad", 1415, false, null, 48),
            new DemoProgram("Productividad Verde", "Productividad", 330, false, null, 9),
            new DemoProgram("Apuestas Productivas Sostenibles", "Productividad", 50, false, null, 60),
            new DemoProgram("Productividad para la internacionalización de servicios", "Productividad", 100, false, null, 35),
            new DemoProgram("EnCadena", "Encadenamientos", 300, false, null, 24),
            new DemoProgram("Encadenamientos productivos de Servicios Basados en Conocimiento", "Encadenamientos", 40, false, null, 15),
            new DemoProgram("Extensionismo en calidad", "Calidad", 1505, false, null, 7),
            new DemoProgram("Calidad para la Internacionalización", "Calidad", 90, false, null, 130),
            new DemoProgram("SENAInnova", "Sofisticación", 400, false, null, 44),
            new DemoProgram("Territorios Clúster", "Aglomeraciones y clústeres", 320, false, null, 30),
            new DemoProgram("Apuestas Productivas", "Aglomeraciones y clústeres", 120, false, null, 50),
            new DemoProgram("Empretur", "Estrategias sectoriales", 600, false, null, 12),
            new DemoProgram("Cannabis y cáñamo", "Estrategias sectoriales", 100, false, null, 50),
            new DemoProgram("Alianza PROA", "Estrategias sectoriales", 13, false, null, 80));

    /** One of {@code programs}, drawn in proportion to their beneficiaries. */
    static DemoProgram pick(List<DemoProgram> programs, Random random) {
        int total = programs.stream().mapToInt(DemoProgram::beneficiaries).sum();
        int r = random.nextInt(total);
        for (DemoProgram p : programs) {
            r -= p.beneficiaries();
            if (r < 0) {
                return p;
            }
        }
        return programs.get(programs.size() - 1);
    }
}
