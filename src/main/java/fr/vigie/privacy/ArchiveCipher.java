package fr.vigie.privacy;

import fr.vigie.store.ArchiveSeal;
import fr.vigie.store.StoreException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals raw archive payloads with AES-256-GCM under a key derived from the workspace's pseudonym key
 * (HMAC-SHA256(pseudonym key, "vigie/raw-archive/v1")): the archive then protects citizens'
 * identities exactly as well as their pseudonyms do, with no second secret to keep. Each payload
 * gets a random 96-bit nonce; the sealed form is version byte 1, nonce, ciphertext and tag, so a
 * payload altered in the store fails to open.
 */
public final class ArchiveCipher implements ArchiveSeal {
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public ArchiveCipher(byte[] pseudonymKey) {
        try {
            Mac mac = Mac.getInstance(Pseudonymiser.ALGORITHM);
            mac.init(new SecretKeySpec(pseudonymKey, Pseudonymiser.ALGORITHM));
            this.key = new SecretKeySpec(mac.doFinal("vigie/raw-archive/v1".getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JDK", e);
        }
    }

    @Override
    public byte[] seal(byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(VERSION)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JDK", e);
        }
    }

    @Override
    public byte[] open(byte[] sealed) {
        if (sealed.length < 1 + NONCE_BYTES || sealed[0] != VERSION) {
            throw new StoreException("a sealed raw item has an unknown format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new StoreException("a sealed raw item does not open with this workspace's pseudonym key (another"
                    + " key, or the item was altered)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JDK", e);
        }
    }
}
