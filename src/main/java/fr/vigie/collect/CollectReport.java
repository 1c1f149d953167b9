package fr.vigie.collect;

import java.util.List;
import java.util.Map;

/**
 * The outcome of every account of one collection run, in account order, and the networks skipped
 * because a setting they need is missing (network → setting name).
 */
public record CollectReport(List<AccountOutcome> accounts, Map<String, String> skippedNetworks) {
    public CollectReport {
        accounts = List.copyOf(accounts);
        skippedNetworks = Map.copyOf(skippedNetworks);
    }

    public CollectReport(List<AccountOutcome> accounts) {
        this(accounts, Map.of());
    }

    public boolean anyFailed() {
        return failedCount() > 0;
    }

    public int failedCount() {
        return (int) accounts.stream()
                .filter(a -> a instanceof AccountOutcome.Failed)
                .count();
    }
}
