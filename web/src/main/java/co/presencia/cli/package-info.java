/**
 * The command line, {@code presencia} ({@code scripts/presencia}, and {@code scripts/static-map} for territory maps):
 * picocli commands that run on the database without the web server. One class per subcommand ({@code import},
 * {@code demo}, {@code generate-demo}, {@code generate-bulk}, {@code datasets}, {@code static-map}), each a page that
 * turns its options into one call of the application core ({@link co.presencia.application.Presencia}, opened by the
 * same factory as the server, {@link co.presencia.cli.Store}) and the result into text; the options of one
 * subcommand live in its class, those of the database in {@link co.presencia.cli.StoreOptions}.
 *
 * <p>Guarantees: standard output carries the report or the help only, standard error the progress and the
 * messages, Spanish first with English beside; every failure becomes an exit code in one place,
 * {@link co.presencia.cli.ExitCodes} (0 done, 1 failure, 2 rows rejected, 3 not a table of interventions, 64 usage
 * error, a domain {@code InvalidParameterException} naming the parameter). Must not parse selections, cache figures
 * or open stores by hand (the core does), and uses neither Spring nor the web packages: it ships in the web jar
 * only to share its classpath, started by Spring Boot's {@code PropertiesLauncher}.
 */
package co.presencia.cli;
