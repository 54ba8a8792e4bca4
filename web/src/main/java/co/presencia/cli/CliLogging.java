package co.presencia.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logging for the command line: warnings only, on standard error, so standard output carries the report alone. */
final class CliLogging {

    private static final String IMPORTER = "co.presencia.intervention.InterventionImporter";

    private CliLogging() {
    }

    /** Warnings and errors, on standard error; the importer's own per-row warnings are in the report already. */
    static void quiet() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(appender -> {
                if (appender instanceof ConsoleAppender<?> console) {
                    console.stop();
                    console.setTarget("System.err");
                    console.start();
                }
            });
            context.getLogger(IMPORTER).setLevel(Level.ERROR);
        }
    }

    /** The importer's timings of each step ({@code import --stats}). */
    static void importerTimings() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(IMPORTER).setLevel(Level.INFO);
        }
    }
}
