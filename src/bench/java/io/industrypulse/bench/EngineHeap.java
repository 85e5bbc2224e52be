package io.industrypulse.bench;

import io.industrypulse.engine.Engine;
import io.industrypulse.engine.EngineInput;
import io.industrypulse.engine.EngineResult;
import io.industrypulse.engine.SyntheticCity;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * DESIGN.md section 7: the engine's heap on the seeded city ({@link SyntheticCity}, as in the JMH benchmark): retained
 * size of the input rows and of the result, bytes allocated by one compute, and the peak heap while computing. Run it
 * with a fixed {@code -Xmx} (bench/README.md). Argument: {@code [enterprises=500000]}.
 */
public final class EngineHeap {

    private EngineHeap() {}

    public static void main(String[] args) {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        long empty = usedAfterGc();
        EngineInput input = SyntheticCity.generate(CompareSql.SEED, enterprises, CompareSql.LAST_MONTH);
        long withInput = usedAfterGc();
        for (int i = 0; i < 3; i++) {
            Engine.compute(input);
        }
        usedAfterGc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        EngineResult result = Engine.compute(input);
        long elapsed = System.nanoTime() - start;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long withResult = usedAfterGc();
        System.out.printf(
                Locale.ROOT,
                "%,d enterprises, %,d rows, %d groups; max heap %d MiB; compute %.0f ms%n",
                enterprises,
                input.rows().size(),
                result.groups().size(),
                Runtime.getRuntime().maxMemory() >> 20,
                elapsed / 1e6);
        System.out.printf(Locale.ROOT, "heap used after GC, empty:            %8.1f MiB%n", mib(empty));
        System.out.printf(Locale.ROOT, "heap used after GC, with input rows:  %8.1f MiB%n", mib(withInput));
        System.out.printf(Locale.ROOT, "heap used after GC, input + result:   %8.1f MiB%n", mib(withResult));
        System.out.printf(Locale.ROOT, "  input rows retained                 %8.1f MiB%n", mib(withInput - empty));
        System.out.printf(Locale.ROOT, "  result retained                     %8.1f MiB%n", mib(withResult - withInput));
        System.out.printf(Locale.ROOT, "allocated by one compute:             %8.1f MiB%n", mib(allocated));
        System.out.printf(Locale.ROOT, "peak heap used during compute (sum of pool peaks): %.1f MiB%n", mib(peak));
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}
