package io.industrypulse.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) that keep one caller from crowding out the others: the API per token or user ({@code
 * industrypulse.api.rate-limit.*}, by default 20 requests a second with bursts of 100) and the login per source address
 * ({@code industrypulse.login.rate-limit.*}, 10 a minute with bursts of 20, on top of the lockout per account and
 * address). Each instance counts its own requests: behind a balancer over n instances a caller gets up to n times the
 * limit, which is the point of a limit against runaway scripts, not a quota.
 */
@Component
class RateLimits {

    /** At most this many callers are tracked per limit; the least recently seen is forgotten first. */
    private static final int MAX_KEYS = 10_000;

    private final Bandwidth api;
    private final Bandwidth login;
    private final Map<String, Bucket> apiBuckets = lru();
    private final Map<String, Bucket> loginBuckets = lru();

    RateLimits(
            @Value("${industrypulse.api.rate-limit.per-second:20}") long apiPerSecond,
            @Value("${industrypulse.api.rate-limit.burst:100}") long apiBurst,
            @Value("${industrypulse.login.rate-limit.per-minute:10}") long loginPerMinute,
            @Value("${industrypulse.login.rate-limit.burst:20}") long loginBurst) {
        this.api = Bandwidth.builder()
                .capacity(apiBurst)
                .refillGreedy(apiPerSecond, Duration.ofSeconds(1))
                .build();
        this.login = Bandwidth.builder()
                .capacity(loginBurst)
                .refillGreedy(loginPerMinute, Duration.ofMinutes(1))
                .build();
    }

    /** Takes one API request of the caller; empty when allowed, else the seconds to wait. */
    OptionalLong api(String caller) {
        return take(apiBuckets, api, caller);
    }

    /** Takes one login attempt from the address; empty when allowed, else the seconds to wait. */
    OptionalLong login(String address) {
        return take(loginBuckets, login, address);
    }

    private static OptionalLong take(Map<String, Bucket> buckets, Bandwidth limit, String key) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(
                    key, k -> Bucket.builder().addLimit(limit).build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        // whole seconds, rounded up: Retry-After takes no fractions
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    private static Map<String, Bucket> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_KEYS;
            }
        };
    }
}
