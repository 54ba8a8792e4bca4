package co.presencia.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Samples the heap every 10 ms while an import runs ({@code import --stats}): the peak of used heap (live objects and
 * garbage not yet collected, never above -Xmx) and the peak of what the collectors left after their last cycles
 * (the live set).
 */
final class HeapWatch {

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakAfterGc;

    private HeapWatch() {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null).toList();
        thread = new Thread(() -> {
            while (running) {
                peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                peakAfterGc = Math.max(peakAfterGc, pools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        thread.setDaemon(true);
    }

    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        watch.thread.start();
        return watch;
    }

    void stop() {
        running = false;
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The peak of used heap, in bytes. */
    long peakUsed() {
        return peakUsed;
    }

    /** The peak of the heap left after garbage collection, in bytes. */
    long peakAfterGc() {
        return peakAfterGc;
    }
}
