package fr.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountEventTable;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.CollectStatusTable;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollectServiceTest {
    private static final String ACCOUNT = "bluesky:@marseille.fr";
    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    private final StepClock clock = new StepClock(NOW);
    private final ScriptedConnector platform = new ScriptedConnector(clock);
    private Store store;
    private CollectService service;

    @BeforeEach
    void open() {
        store = AccountStoreFixture.withTerritories("13055", "Marseille");
        StoreInspection.addAccount(store, "13055", "bluesky", null, "marseille.fr");
        service = new CollectService(store, List.of(platform), () -> new Pseudonymiser(new byte[32]), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String answer(String handle, String posts, String comments, String mentions) {
        return """
                {"id": "did:plc:marseille", "handle": "%s", "followers": 120,
                 "posts": [%s], "comments": [%s], "mentions": [%s]}""".formatted(handle, posts, comments, mentions);
    }

    private static String post(String id, String at) {
        return "{\"id\": \"" + id + "\", \"at\": \"" + at + "\", \"likes\": 3}";
    }

    private CollectReport collect(boolean dueOnly) {
        return service.collect(new CollectRequest(List.of(), null, null, dueOnly), outcome -> {});
    }

    private CollectStatusTable.StatusRow status() {
        return new CollectStatusTable(store).statuses("bluesky", null).getFirst();
    }

    @Test
    void recordsTheSuccessAndSchedulesTheNextRunFollowingActivity() {
        platform.then(answer("marseille.fr", post("p1", "2026-10-30T08:00:00Z"), "", ""));

        assertThat(collect(false).accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 1, 1, 0, 0));
        var status = status();
        assertThat(status.lastSuccessAt()).isEqualTo(NOW);
        assertThat(status.nextRunAt()).isEqualTo(NOW.plus(Cadence.afterSuccess(1)));
        assertThat(status.consecutiveFailures()).isZero();
    }

    @Test
    void resumesFromTheNewestPostMinusTheRefreshWindowOnTheNextRun() {
        platform.then(answer("marseille.fr", post("p1", "2026-10-30T08:00:00Z"), "", ""))
                .then(answer("marseille.fr", post("p1", "2026-10-30T08:00:00Z"), "", ""));

        collect(false);
        clock.now = NOW.plus(Duration.ofHours(2));
        var second = collect(false);

        assertThat(platform.sinceAsked)
                .containsExactly(null, Instant.parse("2026-10-30T08:00:00Z").minus(Cadence.REFRESH_WINDOW));
        assertThat(second.accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 1, 0, 0, 0));
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM post_metric"))
                .isEqualTo(2);
    }

    @Test
    void skipsAccountsThatAreNotDueWhenOnlyDueOnesAreAsked() {
        platform.then(answer("marseille.fr", post("p1", "2026-10-30T08:00:00Z"), "", ""));
        collect(false);

        assertThat(collect(true).accounts()).isEmpty();
        clock.now = status().nextRunAt();
        platform.then(answer("marseille.fr", "", "", ""));
        assertThat(collect(true).accounts()).hasSize(1);
    }

    @Test
    void followsARenameRecognisedByThePlatformId() {
        platform.then(answer("marseille.fr", "", "", "")).then(answer("ville-marseille.fr", "", "", ""));
        collect(false);
        clock.now = NOW.plus(Duration.ofDays(1));
        collect(false);

        assertThat(StoreInspection.strings(store, "SELECT handle || ' ' || platform_id FROM account"))
                .containsExactly("ville-marseille.fr did:plc:marseille");
        assertThat(new AccountEventTable(store).list(ACCOUNT))
                .extracting(AccountEventTable.EventRow::kind, AccountEventTable.EventRow::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("renamed", "marseille.fr -> ville-marseille.fr"));
    }

    @Test
    void refusesToWriteWhenTheHandleNowBelongsToAnotherAccount() {
        platform.then(answer("marseille.fr", "", "", ""))
                .then(answer("marseille.fr", post("p9", "2026-10-30T08:00:00Z"), "", "")
                        .replace("did:plc:marseille", "did:plc:other"));
        collect(false);
        var report = collect(false);

        assertThat(report.accounts().getFirst()).isInstanceOf(AccountOutcome.Failed.class);
        assertThat(((AccountOutcome.Failed) report.accounts().getFirst()).reason())
                .contains("another account");
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM post")).isZero();
    }

    @Test
    void recordsAnAccountThePlatformSaysIsGoneAndBacksOff() {
        platform.then(new AccountGone(AccountGone.Kind.SUSPENDED, "getProfile: AccountTakedown"));

        var report = collect(false);

        assertThat(report.failedCount()).isOne();
        assertThat(new AccountEventTable(store).latestKind(ACCOUNT)).isEqualTo("suspended");
        assertThat(status().lastError()).contains("AccountTakedown");
        assertThat(status().nextRunAt()).isEqualTo(NOW.plus(Cadence.afterGone()));
    }

    @Test
    void backsOffMoreAfterEachFailureInARow() {
        platform.then(new CollectFailure("HTTP 500 after 3 retries"))
                .then(new CollectFailure("HTTP 500 after 3 retries"));
        collect(false);
        collect(false);

        assertThat(status().consecutiveFailures()).isEqualTo(2);
        assertThat(status().nextRunAt()).isEqualTo(NOW.plus(Cadence.afterFailure(2)));
        assertThat(status().lastSuccessAt()).isNull();
    }

    @Test
    void pseudonymisesCitizensAndKeepsTheAccountsOwnReplies() {
        platform.then(answer("marseille.fr", post("p1", "2026-10-30T08:00:00Z"), """
                {"id": "c1", "post": "p1", "author": "did:plc:citizen", "own": false, "at": "2026-10-30T09:00:00Z"},
                {"id": "c2", "post": "p1", "author": "did:plc:marseille", "own": true, "at": "2026-10-30T09:30:00Z"}""", """
                {"post": "p1", "to": "jeanne.bsky.social", "at": "2026-10-30T08:00:00Z"},
                {"post": "p1", "to": "marseille.fr", "at": "2026-10-30T08:00:00Z"}"""));

        assertThat(collect(false).accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 1, 1, 2, 2));
        assertThat(StoreInspection.strings(store, "SELECT author_pseudonym FROM comment ORDER BY comment_id"))
                .satisfiesExactly(
                        a -> assertThat(a).startsWith("c_"), a -> assertThat(a).isEqualTo("account"));
        assertThat(StoreInspection.tablesContaining(store, "did:plc:citizen")).doesNotContain("comment");
        assertThat(StoreInspection.strings(store, "SELECT to_handle FROM mention ORDER BY to_handle"))
                .satisfiesExactly(
                        h -> assertThat(h).startsWith("c_"), h -> assertThat(h).isEqualTo("marseille.fr"));
    }

    @Test
    void leavesOutAccountsTheRegistrySaysLeftOrMigrated() {
        StoreInspection.update(store, "UPDATE account SET status = 'left'");

        assertThat(collect(false).accounts()).isEmpty();
        assertThat(platform.sinceAsked).isEmpty();
    }

    @Test
    void recordsDormancyAndItsEnd() {
        platform.then(answer("marseille.fr", post("old", "2025-09-01T08:00:00Z"), "", ""))
                .then(answer("marseille.fr", post("new", "2026-11-01T09:00:00Z"), "", ""));
        collect(false);
        clock.now = NOW.plus(Duration.ofDays(8));
        collect(false);

        assertThat(new AccountEventTable(store).list(ACCOUNT))
                .extracting(AccountEventTable.EventRow::kind)
                .containsExactly("dormant", "reactivated");
    }

    @Test
    void skipsANetworkWithoutItsSettingUnlessItIsAskedForByName() {
        platform.missingSetting = "VIGIE_BLUESKY_APP_PASSWORD";

        var report = collect(false);
        assertThat(report.accounts()).isEmpty();
        assertThat(report.skippedNetworks()).containsEntry("bluesky", "VIGIE_BLUESKY_APP_PASSWORD");
        assertThatThrownBy(() -> service.collect("bluesky", null, null, outcome -> {}))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("VIGIE_BLUESKY_APP_PASSWORD");
    }
}
