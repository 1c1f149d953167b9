package fr.vigie;

import fr.vigie.config.Workspace;
import fr.vigie.store.Store;

/**
 * The composition root's product: one opened workspace with its store and the services built on it.
 * Commands and web routes receive a Vigie and call its services; they hold no business logic.
 */
public final class Vigie implements AutoCloseable {
    private final Workspace workspace;
    private final Store store;

    private Vigie(Workspace workspace, Store store) {
        this.workspace = workspace;
        this.store = store;
    }

    /** Opens the workspace's store (migrating it) and wires the services. */
    public static Vigie open(Workspace workspace) {
        return new Vigie(workspace, Store.open(workspace.store()));
    }

    public Workspace workspace() {
        return workspace;
    }

    public Store store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
