package fr.vigie.store;

/**
 * Seals the raw archive's payloads at rest, so that a copy of the store does not reveal the
 * citizens' identities raw platform answers hold without the workspace's key. {@link #open}
 * fails on a payload that was altered.
 */
public interface ArchiveSeal {
    byte[] seal(byte[] plain);

    byte[] open(byte[] sealed);
}
