package fr.vigie.simulate;

import java.util.SplittableRandom;

/**
 * Derives one independent random stream per purpose and subject from the dataset seed, so that what
 * is drawn for a territory or an account never depends on iteration order, on the scope, or on what
 * was drawn for others: the same (seed, parts) always gives the same stream.
 */
final class Seeds {
    private Seeds() {}

    static SplittableRandom random(long seed, String... parts) {
        long hash = 0xcbf29ce484222325L; // FNV-1a, stable across JVMs unlike String.hashCode mixing
        for (String part : parts) {
            for (int i = 0; i < part.length(); i++) {
                hash = (hash ^ part.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0x1f) * 0x100000001b3L;
        }
        return new SplittableRandom(mix(seed ^ mix(hash)));
    }

    /** SplitMix64 finaliser: spreads nearby inputs over the whole 64-bit range. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
