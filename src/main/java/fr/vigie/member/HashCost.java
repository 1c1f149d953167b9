package fr.vigie.member;

/**
 * The cost parameters of Argon2id. {@link #RECOMMENDED} follows OWASP's password storage advice
 * (ADR 0009); tests pass tiny costs.
 *
 * @param memoryKib memory in KiB (m)
 * @param iterations passes over the memory (t)
 * @param parallelism lanes (p)
 */
public record HashCost(int memoryKib, int iterations, int parallelism) {
    public static final HashCost RECOMMENDED = new HashCost(19456, 2, 1);

    public HashCost {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2 needs m >= 8p KiB, t >= 1 and p >= 1");
        }
    }

    /** Whether this cost is below another in any of its parameters (so a hash made with it should be redone). */
    public boolean weakerThan(HashCost other) {
        return memoryKib < other.memoryKib || iterations < other.iterations || parallelism < other.parallelism;
    }
}
