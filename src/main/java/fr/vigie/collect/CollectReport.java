package fr.vigie.collect;

import java.util.List;

/** The outcome of every account of one collection run, in account order. */
public record CollectReport(List<AccountOutcome> accounts) {
    public boolean anyFailed() {
        return failedCount() > 0;
    }

    public int failedCount() {
        return (int) accounts.stream()
                .filter(a -> a instanceof AccountOutcome.Failed)
                .count();
    }
}
