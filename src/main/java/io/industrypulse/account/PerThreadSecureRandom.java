package io.industrypulse.account;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random bytes from a DRBG of the calling thread's own, for the masks of the CSRF tokens every page carries. The
 * default {@code NativePRNG} serves all instances from one global source under one lock; under 64 connections the
 * page threads queued there for 18 s of a 20 s recording (JFR monitor events, issue 18). Each thread's DRBG is seeded
 * from the system's entropy when the thread first asks.
 */
final class PerThreadSecureRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<SecureRandom> OWN = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no DRBG in this Java runtime", e);
        }
    });

    @Override
    public void nextBytes(byte[] bytes) {
        OWN.get().nextBytes(bytes);
    }
}
