package fr.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.store.AccountTable.AccountRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTableTest {
    private static AccountRow row(String handle) {
        return new AccountRow(
                "x:@" + handle,
                "13055",
                "x",
                null,
                handle,
                "https://x.com/" + handle,
                null,
                "official",
                null,
                "active",
                LocalDate.parse("2026-01-02"),
                "test",
                true);
    }

    @Test
    void readsBackWhatItAppendsAndUpdates() {
        try (Store store = Store.inMemory()) {
            var table = new AccountTable(store);
            table.insert(List.of(row("marseille"), row("lyon")));
            var renamed = new AccountRow(
                    "x:@lyon",
                    "69123",
                    "x",
                    "42",
                    "lyon2",
                    "u",
                    "Lyon",
                    "thematic",
                    "culture",
                    "left",
                    null,
                    "t",
                    false);
            table.update(renamed);

            assertThat(table.all()).containsExactly(row("marseille"), renamed);
            assertThat(table.byPlatformId("x", "42")).contains(renamed);
            assertThat(table.byHandle("x", "marseille")).contains(row("marseille"));
        }
    }

    @Test
    void rollsBackAppendedAccountsWithTheTransaction() {
        try (Store store = Store.inMemory()) {
            var table = new AccountTable(store);
            assertThatThrownBy(() -> store.inTransaction(() -> {
                        table.insert(List.of(row("marseille")));
                        throw new IllegalStateException("crash after appending");
                    }))
                    .hasMessage("crash after appending");

            assertThat(table.all()).isEmpty();
        }
    }
}
