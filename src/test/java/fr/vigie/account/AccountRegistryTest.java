package fr.vigie.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import fr.vigie.account.AccountChange.Kind;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountRegistryTest {
    private final Store store = AccountStoreFixture.withTerritories("13055", "Marseille", "69123", "Lyon");
    private final AccountRegistry registry = new AccountRegistry(store);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void addsAnAccountOnceAndThenReportsItUnchanged() {
        var request = AccountRequest.of("13055", Network.BLUESKY, "https://bsky.app/profile/Marseille.fr", "cli");

        assertThat(registry.add(request).kind()).isEqualTo(Kind.ADDED);
        var again = registry.add(AccountRequest.of("13055", Network.BLUESKY, "@marseille.fr", "cli"));

        assertThat(again.kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(again.account().accountId()).isEqualTo("bluesky:@marseille.fr");
        assertThat(registry.list(AccountFilter.ALL)).hasSize(1);
    }

    @Test
    void usesThePlatformIdTheHandleRevealsAsAccountId() {
        var change = registry.add(
                AccountRequest.of("13055", Network.YOUTUBE, "youtube.com/channel/UCabcdefghijklmnopqrstuV", "cli"));

        assertThat(change.account().accountId()).isEqualTo("youtube:UCabcdefghijklmnopqrstuV");
        assertThat(change.account().platformId()).isEqualTo("UCabcdefghijklmnopqrstuV");
    }

    @Test
    void refusesAnUnknownTerritoryAMalformedHandleAndAConflict() {
        registry.add(AccountRequest.of("13055", Network.X, "marseille", "cli"));

        assertThatThrownBy(() -> registry.add(AccountRequest.of("00000", Network.X, "paris", "cli")))
                .isInstanceOf(VigieException.class)
                .hasMessageStartingWith("unknown territory '00000'");
        assertThatThrownBy(() -> registry.add(AccountRequest.of("13055", Network.MASTODON, "@marseille", "cli")))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("needs its instance");
        assertThatThrownBy(() -> registry.add(AccountRequest.of("69123", Network.X, "@Marseille", "cli")))
                .isInstanceOf(VigieException.class)
                .hasMessage("handle: conflict: x:@marseille is already registered for territory 13055");
    }

    @Test
    void findsAnAccountByPlatformIdOrByAnyFormOfItsHandle() {
        registry.add(new AccountRequest(
                "13055", Network.X, "marseille", null, null, null, null, "1234567", null, null, "cli"));

        assertThat(registry.find(Network.X, "1234567")).map(Account::handle).contains("marseille");
        assertThat(registry.find(Network.X, "@Marseille"))
                .map(Account::accountId)
                .contains("x:1234567");
        assertThat(registry.find(Network.X, "https://twitter.com/marseille")).isPresent();
        assertThat(registry.find(Network.X, "lyon")).isEmpty();
        assertThat(registry.find(Network.INSTAGRAM, "marseille")).isEmpty();
    }

    @Test
    void listsByTerritoryNetworkAndStatus() {
        registry.add(AccountRequest.of("13055", Network.X, "marseille", "cli"));
        registry.add(AccountRequest.of("13055", Network.INSTAGRAM, "marseille", "cli"));
        registry.add(new AccountRequest(
                "69123", Network.X, "lyon", null, null, AccountStatus.LEFT, null, null, null, null, "cli"));

        assertThat(registry.list(new AccountFilter("13055", null, null))).hasSize(2);
        assertThat(registry.list(new AccountFilter(null, Network.X, null)))
                .extracting(Account::territoryCode)
                .containsExactly("13055", "69123");
        assertThat(registry.list(new AccountFilter(null, null, AccountStatus.LEFT)))
                .extracting(Account::handle)
                .containsExactly("lyon");
    }

    @Test
    void refusesToRegisterAnythingBeforeTerritoriesAreLoaded(@TempDir Path dir) throws IOException {
        try (Store empty = Store.inMemory()) {
            var emptyRegistry = new AccountRegistry(empty);
            var file = Files.writeString(
                    dir.resolve("accounts.csv"), "territory_code,network,handle\n13055,x,marseille\n");

            assertThatThrownBy(() -> emptyRegistry.importCsv(file))
                    .isInstanceOf(VigieException.class)
                    .hasMessageStartingWith("the territory registry is empty");
            assertThatThrownBy(() -> emptyRegistry.add(AccountRequest.of("13055", Network.X, "marseille", "cli")))
                    .hasMessageStartingWith("the territory registry is empty");
        }
    }
}
