package fr.vigie.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.account.AccountChange;
import fr.vigie.account.AccountHistory;
import fr.vigie.account.AccountRegistry;
import fr.vigie.account.AccountRequest;
import fr.vigie.account.AccountStatus;
import fr.vigie.account.Network;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemberAccountsTest {
    private final MemberFixture fixture = new MemberFixture();
    private final AccountRegistry registry = new AccountRegistry(fixture.store, fixture.clock);
    private final MemberAccounts accounts =
            new MemberAccounts(registry, new AccountHistory(fixture.store, registry), fixture.clock);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aMemberAddsAnAccountToItsTerritorySignedWithItsUserId() {
        Member member = fixture.create("com@marseille.fr", Role.MEMBER, "13055");

        AccountChange change = accounts.add(member, AccountRequest.of("13055", Network.X, "@Marseille", "web"));

        assertThat(change.kind()).isEqualTo(AccountChange.Kind.ADDED);
        assertThat(change.account().source()).isEqualTo("member:" + member.userId());
        assertThat(accounts.list(member, "13055")).extracting(a -> a.handle()).containsExactly("marseille");
    }

    @Test
    void aMemberAddingAnAccountToAnotherTerritoryIsRefused() {
        Member member = fixture.create("com@marseille.fr", Role.MEMBER, "13055");

        assertThatThrownBy(() -> accounts.add(member, AccountRequest.of("69123", Network.X, "@lyon", "web")))
                .isInstanceOf(NotPermitted.class)
                .hasMessageContaining("69123")
                .hasMessageContaining("yours is 13055");
        assertThatThrownBy(() -> accounts.list(member, "69123")).isInstanceOf(NotPermitted.class);
        assertThat(registry.list(fr.vigie.account.AccountFilter.ALL)).isEmpty();
    }

    @Test
    void aMemberCannotClaimAnAccountRegisteredToAnotherTerritory() {
        Member member = fixture.create("com@marseille.fr", Role.MEMBER, "13055");
        registry.add(AccountRequest.of("69123", Network.X, "@lyon", "cli"));

        assertThatThrownBy(() -> accounts.add(member, AccountRequest.of("13055", Network.X, "lyon", "web")))
                .isInstanceOf(NotPermitted.class)
                .hasMessageContaining("registered to territory 69123");
        assertThatThrownBy(() -> accounts.remove(member, Network.X, "lyon")).isInstanceOf(NotPermitted.class);
    }

    @Test
    void removingMarksTheAccountLeftWithAnEventSignedByTheMember() {
        Member member = fixture.create("com@marseille.fr", Role.MEMBER, "13055");
        accounts.add(member, AccountRequest.of("13055", Network.BLUESKY, "marseille.fr", "web"));

        var removed = accounts.remove(member, Network.BLUESKY, "marseille.fr");

        assertThat(removed.status()).isEqualTo(AccountStatus.LEFT);
        assertThat(new AccountHistory(fixture.store, registry).events(removed.accountId()))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.kind()).isEqualTo("left");
                    assertThat(event.source()).isEqualTo("member:" + member.userId());
                });
    }

    @Test
    void anAnalystMayNotManageAccounts() {
        Member analyst = fixture.create("data@example.fr", Role.ANALYST, null);

        assertThatThrownBy(() -> accounts.add(analyst, AccountRequest.of("13055", Network.X, "@marseille", "web")))
                .isInstanceOf(NotPermitted.class);
    }
}
