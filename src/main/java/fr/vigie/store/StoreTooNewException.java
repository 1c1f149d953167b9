package fr.vigie.store;

/** The store was written by a newer Vigie whose schema this build does not know. */
public final class StoreTooNewException extends StoreException {
    public StoreTooNewException(int storeVersion, int knownVersion) {
        super("this store was written by a newer Vigie (schema version " + storeVersion + ", this build knows up to "
                + knownVersion + "): upgrade Vigie, or open another store with --store");
    }
}
