package co.presencia.intervention;

import java.net.InetAddress;
import java.util.Locale;
import java.util.UUID;

/**
 * A process that runs imports (a server instance or a command-line import): its jobs carry its id, and it beats in
 * the store while it lives ({@link ImportOwnerRepository}), so that any process can tell which jobs were left behind
 * by one that is gone and mark them {@link ImportStatus#INTERRUPTED}.
 *
 * @param id   unique per process start: host, pid and a random suffix
 * @param host the host name
 * @param pid  the operating-system process id
 */
public record ImportOwner(String id, String host, long pid) {

    /** This process, with a new id. */
    public static ImportOwner ofThisProcess() {
        String host = localHost();
        long pid = ProcessHandle.current().pid();
        String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        return new ImportOwner(safeHost(host) + "-" + pid + "-" + suffix, host, pid);
    }

    /**
     * Whether {@code ownerId} names a process of this host that is running: an upload folder of another store's
     * process (two services sharing the system temp folder) is not for this store to sweep, whatever its owners say.
     */
    public static boolean runningOnThisHost(String ownerId) {
        int suffix = ownerId.lastIndexOf('-');
        int pidStart = suffix > 0 ? ownerId.lastIndexOf('-', suffix - 1) : -1;
        if (pidStart <= 0 || !ownerId.substring(0, pidStart).equals(safeHost(localHost()))) {
            return false;
        }
        try {
            long pid = Long.parseLong(ownerId.substring(pidStart + 1, suffix));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String safeHost(String host) {
        String safe = host.replaceAll("[^A-Za-z0-9.-]", "_");
        return safe.length() > 80 ? safe.substring(0, 80) : safe;
    }

    /** Whether this process can tell for sure that the process {@code pid} on {@code host} no longer exists. */
    public static boolean surelyGone(String host, long pid) {
        return localHost().equals(host) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }
}
