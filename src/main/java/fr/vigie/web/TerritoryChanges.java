package fr.vigie.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells the features that keep assembled pages that a territory's data changed through the site
 * itself (a member edited its accounts), so that its pages are assembled again at once rather than
 * when they expire.
 */
public final class TerritoryChanges {
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** Calls the listener with the code of every territory changed from now on. */
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void changed(String territoryCode) {
        listeners.forEach(listener -> listener.accept(territoryCode));
    }
}
