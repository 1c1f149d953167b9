package fr.vigie.privacy;

import fr.vigie.VigieException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a citizen's platform id by a short stable pseudonym: {@code "c_"} followed by 16 base32
 * characters of HMAC-SHA256(key, network + NUL + author id). The same person on the same network gets
 * the same pseudonym across imports; without the key nobody can map a pseudonym back to an id (a
 * plain hash could be reversed by hashing every id). Not thread-safe.
 */
public final class Pseudonymiser {
    static final String ALGORITHM = "HmacSHA256";
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final Mac mac;

    /** A pseudonymiser with the given key (at least 32 bytes). */
    public Pseudonymiser(byte[] key) {
        if (key.length < PseudonymKey.MIN_BYTES) {
            throw new IllegalArgumentException("a pseudonym key needs at least " + PseudonymKey.MIN_BYTES + " bytes");
        }
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JDK", e);
        }
    }

    /**
     * The key from VIGIE_PSEUDONYM_KEY (hex or base64), else from the key file, created on first use
     * with 32 random bytes readable by its owner only.
     */
    public static Pseudonymiser fromEnvironment(Map<String, String> env, Path keyFile) {
        return new Pseudonymiser(key(env, keyFile));
    }

    /** The workspace's key as {@link #fromEnvironment} finds it (also the root of the archive's seal). */
    public static byte[] key(Map<String, String> env, Path keyFile) {
        String fromEnv = env.get(PseudonymKey.ENV);
        return fromEnv != null && !fromEnv.isBlank()
                ? PseudonymKey.decode(fromEnv, "the environment variable " + PseudonymKey.ENV)
                : PseudonymKey.loadOrCreate(keyFile);
    }

    /** The pseudonym of an author id on a network (a network id such as "instagram"). */
    public String pseudonym(String network, String authorId) {
        if (authorId.isBlank()) {
            throw new VigieException("cannot pseudonymise an empty author id");
        }
        mac.update(network.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        byte[] digest = mac.doFinal(authorId.strip().getBytes(StandardCharsets.UTF_8));
        return "c_" + base32(digest, 16);
    }

    /** The first {@code chars} base32 characters (5 bits each) of the bytes. */
    private static String base32(byte[] bytes, int chars) {
        var out = new StringBuilder(chars);
        int buffer = 0;
        int bits = 0;
        int i = 0;
        while (out.length() < chars) {
            if (bits < 5) {
                buffer = (buffer << 8) | (bytes[i++] & 0xFF);
                bits += 8;
            }
            out.append(BASE32[(buffer >> (bits - 5)) & 0x1F]);
            bits -= 5;
        }
        return out.toString();
    }
}
