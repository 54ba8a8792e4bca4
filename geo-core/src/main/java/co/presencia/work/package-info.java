/**
 * Stopping work nobody waits for any more. The web tier knows when an HTTP client has gone ({@link Caller}); expensive
 * work (static maps, downloads, printable documents) runs inside a {@link CallerScope} and calls
 * {@link CallerScope#checkpoint()} between its steps, which throws {@link CallerLeftException} once the caller has
 * left. Guarantees: a checkpoint outside any scope (the command line, tests, cheap requests) does nothing and costs a
 * thread-local read; the caller is asked at most once per {@link CallerScope#PROBE_INTERVAL} on a thread, and only
 * on the thread that entered the scope. Depends on nothing else of Presencia.
 */
package co.presencia.work;
