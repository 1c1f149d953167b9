package fr.vigie.privacy;

import fr.vigie.VigieException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Loads the pseudonymisation key. Messages name where the key comes from, never the key itself.
 * Losing the key file means new pseudonyms for everybody: back it up with the store.
 */
final class PseudonymKey {
    static final String ENV = "VIGIE_PSEUDONYM_KEY";
    static final int MIN_BYTES = 32;

    private PseudonymKey() {}

    /** Decodes a key written as hex or base64; {@code origin} names where it came from. */
    static byte[] decode(String text, String origin) {
        String s = text.strip();
        byte[] key;
        if (s.length() % 2 == 0 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            key = HexFormat.of().parseHex(s);
        } else {
            try {
                key = s.contains("-") || s.contains("_")
                        ? Base64.getUrlDecoder().decode(s)
                        : Base64.getDecoder().decode(s);
            } catch (IllegalArgumentException e) {
                throw new VigieException(origin + " is neither hex nor base64: write the key as 64 hex digits");
            }
        }
        if (key.length < MIN_BYTES) {
            throw new VigieException(origin + " holds " + key.length + " bytes; a pseudonym key needs at least "
                    + MIN_BYTES + " (64 hex digits)");
        }
        return key;
    }

    /** Reads the key file, or creates it with 32 random bytes (hex), owner-only where supported. */
    static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII), "the key file " + file);
        } catch (IOException e) {
            throw new VigieException(
                    "cannot read or create the pseudonym key file " + file + ": " + e.getMessage() + "; or set " + ENV);
        }
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] key = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(key);
        // Written whole beside the target, then linked into place: no process ever reads a half-written
        // key, and a crash leaves no empty key file behind.
        Path temporary = file.resolveSibling(
                file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temporary);
        }
        try {
            Files.writeString(temporary, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
            Files.createLink(file, temporary); // atomic, and never replaces a key already in place
        } catch (FileAlreadyExistsException raced) {
            // another process installed its key first: use theirs
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
