package io.industrypulse.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The CSRF masks stay unpredictable with a generator per thread: no repeats within a thread or across threads. */
class PerThreadSecureRandomTest {

    private static String next(PerThreadSecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    void noMaskRepeatsWithinOrAcrossThreads() throws InterruptedException {
        PerThreadSecureRandom random = new PerThreadSecureRandom();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            threads.execute(() -> {
                for (int i = 0; i < 1000; i++) {
                    seen.add(next(random));
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).hasSize(8000);
        // and the integers a SecureRandom derives from its bytes vary too
        Set<Integer> ints = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ints.add(random.nextInt());
        }
        assertThat(ints).hasSizeGreaterThan(95);
    }
}
