package fr.vigie.member;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes passwords with Argon2id (Bouncy Castle) into PHC strings
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<tag>}, unpadded base64) and verifies them in
 * constant time. See ADR 0009.
 *
 * <p>Not final so that tests can count derivations (the unknown-email path must derive once too).
 */
public class PasswordHasher {
    static final int SALT_BYTES = 16;
    static final int TAG_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,6}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final HashCost cost;
    private final SecureRandom random = new SecureRandom();

    /** @param cost the parameters of new hashes; stored hashes keep their own */
    public PasswordHasher(HashCost cost) {
        this.cost = cost;
    }

    /** A hasher with the recommended cost (~120 ms per hash). */
    public static PasswordHasher recommended() {
        return new PasswordHasher(HashCost.RECOMMENDED);
    }

    /** A PHC string of the password under a fresh random salt. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return phc(cost, salt, derive(password, salt, cost, TAG_BYTES));
    }

    /** Whether the password matches the stored PHC string; false for a malformed one. */
    public boolean verify(char[] password, String stored) {
        Matcher phc = PHC.matcher(stored);
        if (!phc.matches()) {
            return false;
        }
        HashCost storedCost;
        try {
            storedCost = costOf(phc);
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] salt = DECODER.decode(phc.group(4));
        byte[] expected = DECODER.decode(phc.group(5));
        byte[] actual = derive(password, salt, storedCost, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether the stored hash was made with a weaker cost than today's (or cannot be read): redo it at next sign-in. */
    public boolean needsRehash(String stored) {
        Matcher phc = PHC.matcher(stored);
        try {
            return !phc.matches() || costOf(phc).weakerThan(cost);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** The raw Argon2id tag; public for the reference vector test. */
    public static byte[] derive(char[] password, byte[] salt, HashCost cost, int tagBytes) {
        var parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .build();
        var generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] tag = new byte[tagBytes];
        generator.generateBytes(password, tag);
        return tag;
    }

    static String phc(HashCost cost, byte[] salt, byte[] tag) {
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism() + "$"
                + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(tag);
    }

    private static HashCost costOf(Matcher phc) {
        return new HashCost(
                Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)), Integer.parseInt(phc.group(3)));
    }
}
