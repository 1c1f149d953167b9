package fr.vigie.web;

import fr.vigie.store.Store;

/**
 * What every feature of the site shares: connections to the store, the templates, the texts and
 * frames of pages, the news of territories changed through the site. One per running server.
 */
public record WebContext(StorePool stores, Templates templates, Pages pages, TerritoryChanges changes)
        implements AutoCloseable {
    /** Connections kept for web requests; DuckDB parallelises each query itself. */
    static final int CONNECTIONS = 4;

    /** The context of a site over this store (which it does not close). */
    public static WebContext over(Store store) {
        return new WebContext(
                new StorePool(store, CONNECTIONS), new Templates(), new Pages(new Messages()), new TerritoryChanges());
    }

    @Override
    public void close() {
        stores.close();
    }
}
