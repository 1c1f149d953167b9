package fr.vigie.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.vigie.VigieException;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.QuarantineTable;
import fr.vigie.store.Store;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountImportTest {
    private static final String HEADER =
            "territory_code,network,handle,role,theme,status,platform_id,display_name,simulated\n";

    @TempDir
    Path dir;

    private final Store store = AccountStoreFixture.withTerritories("13055", "Marseille", "69123", "Lyon");
    private final AccountRegistry registry =
            new AccountRegistry(store, Clock.fixed(Instant.parse("2026-10-05T22:30:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void registersValidLinesWithNormalisedHandlesAndIds() throws IOException {
        var summary = registry.importCsv(write(
                "accounts.csv",
                HEADER
                        + "13055,instagram,https://www.instagram.com/Marseille/?hl=fr,,,,,Ville de Marseille,true\n"
                        + "13055,twitter,@Marseille,official,,,1234567,,\n"
                        + "69123,youtube,https://www.youtube.com/@VilleDeLyon,thematic,Culture,dormant,,,\n"));

        assertThat(summary.toString()).endsWith("3 read, 3 added, 0 updated, 0 unchanged, 0 quarantined");
        assertThat(registry.list(AccountFilter.ALL))
                .extracting(Account::accountId, Account::handle, Account::url)
                .containsExactly(
                        tuple("instagram:@marseille", "marseille", "https://www.instagram.com/marseille"),
                        tuple("x:1234567", "marseille", "https://x.com/marseille"),
                        tuple("youtube:@villedelyon", "villedelyon", "https://www.youtube.com/@villedelyon"));
        Account lyon = registry.list(new AccountFilter("69123", null, null)).getFirst();
        assertThat(lyon.role()).isEqualTo(AccountRole.THEMATIC);
        assertThat(lyon.theme()).isEqualTo("culture");
        assertThat(lyon.status()).isEqualTo(AccountStatus.DORMANT);
        assertThat(lyon.source()).isEqualTo("accounts.csv");
        Account instagram =
                registry.list(new AccountFilter(null, Network.INSTAGRAM, null)).getFirst();
        assertThat(instagram.simulated()).isTrue();
        assertThat(instagram.role()).isEqualTo(AccountRole.OFFICIAL);
        assertThat(instagram.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(instagram.displayName()).isEqualTo("Ville de Marseille");
    }

    @Test
    void importsTheDocumentedExampleWithoutQuarantine() {
        AccountStoreFixture.seedTerritories(store, "06088", "Nice", "DEP-06", "Alpes-Maritimes");
        var summary = registry.importCsv(java.nio.file.Path.of("docs/formats/examples/accounts.csv"));
        assertThat(summary.toString()).endsWith("5 read, 5 added, 0 updated, 0 unchanged, 0 quarantined");
        assertThat(registry.list(AccountFilter.ALL)).allMatch(Account::simulated);
    }

    @Test
    void acceptsBareDepartementAndRegionCodesWhenTheyNameOneTerritory() throws IOException {
        AccountStoreFixture.seedTerritories(store, "DEP-13", "Bouches-du-Rhône", "DEP-93", "Seine-Saint-Denis");
        AccountStoreFixture.seedTerritories(store, "REG-93", "Provence-Alpes-Côte d'Azur");
        var summary = registry.importCsv(write(
                "accounts.csv",
                HEADER + "13,facebook,departement13,,,,,,\n" + "REG-93,facebook,maregionsud,,,,,,\n"
                        + "93,facebook,seinesaintdenis,,,,,,\n"));

        assertThat(summary.toString()).endsWith("3 read, 2 added, 0 updated, 0 unchanged, 1 quarantined");
        assertThat(registry.list(AccountFilter.ALL))
                .extracting(Account::territoryCode)
                .containsExactlyInAnyOrder("DEP-13", "REG-93");
        assertThat(summary.problems())
                .map(Object::toString)
                .containsExactly(summary.file() + ":4: territory_code: ambiguous territory '93': write one of DEP-93,"
                        + " REG-93");
    }

    @Test
    void quarantinesEveryKindOfBadLineWithFileLineAndField() throws IOException {
        registry.add(AccountRequest.of("69123", Network.X, "villedelyon", "cli"));
        Path file = write(
                "accounts.csv",
                HEADER
                        + "13055,instagram,marseille,,,,,,\n"
                        + "99999,instagram,inconnue,,,,,,\n"
                        + "13055,myspace,marseille,,,,,,\n"
                        + "13055,x,beaucoup_trop_long_pour_x,,,,,,\n"
                        + "13055,facebook,villedemarseille,mayor,,,,,\n"
                        + "13055,tiktok,@marseille,,,zombie,,,\n"
                        + "13055,instagram,https://www.instagram.com/Marseille/,,,,,,\n"
                        + "13055,x,https://twitter.com/VilleDeLyon,,,,,,\n"
                        + "13055,bluesky,marseille.fr,,,,,,maybe\n");

        var summary = registry.importCsv(file);

        assertThat(summary.added()).isEqualTo(1);
        assertThat(summary.quarantined()).isEqualTo(8);
        assertThat(summary.problems())
                .extracting(LineProblem::toString)
                .containsExactly(
                        file + ":3: territory_code: unknown territory '99999': not in the territory registry"
                                + " (check the INSEE or SIREN code, or load the territories first)",
                        file + ":4: network: unknown network 'myspace': use one of " + Network.ids(),
                        file + ":5: handle: malformed handle 'beaucoup_trop_long_pour_x': an X username has 1 to 15"
                                + " letters, digits or '_'",
                        file + ":6: role: unknown role 'mayor': use official, thematic",
                        file + ":7: status: unknown status 'zombie': use active, dormant, left, migrated",
                        file + ":8: handle: duplicate of line 2",
                        file + ":9: handle: conflict: x:@villedelyon is already registered for territory 69123",
                        file + ":10: simulated: not a boolean 'maybe': use true or false");
        var quarantined = new QuarantineTable(store).list(summary.importId(), 100);
        assertThat(quarantined)
                .extracting(QuarantineTable.Entry::line)
                .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(quarantined.getFirst().raw()).isEqualTo("99999,instagram,inconnue,,,,,,");
        assertThat(
                        AccountStoreFixture.column(
                                store,
                                "SELECT entity || ' ' || status || ' ' || rows_read || ' ' || rows_quarantined FROM import_run"))
                .containsExactly("accounts done 9 8");
    }

    @Test
    void reportsEveryProblemOfOneLineButCountsTheLineOnce() throws IOException {
        var summary = registry.importCsv(write("accounts.csv", HEADER + "99999,instagram,a..b,boss,,,,,\n"));

        assertThat(summary.quarantined()).isEqualTo(1);
        assertThat(summary.problems())
                .extracting(LineProblem::field)
                .containsExactly("territory_code", "handle", "role");
    }

    @Test
    void reimportingTheSameFileChangesNoRow() throws IOException {
        Path file = write(
                "accounts.csv",
                HEADER
                        + "13055,instagram,marseille,,,,,,\n13055,x,@marseille,,,,42,,\n69123,mastodon,@lyon@piaille.fr,,,,,,\n");
        registry.importCsv(file);
        var before = registry.list(AccountFilter.ALL);

        var again = registry.importCsv(file);

        assertThat(again.toString()).endsWith("3 read, 0 added, 0 updated, 3 unchanged, 0 quarantined");
        assertThat(registry.list(AccountFilter.ALL)).isEqualTo(before);
    }

    @Test
    void reimportingWithAChangedRoleStatusOrNameUpdatesTheAccount() throws IOException {
        registry.importCsv(write("accounts.csv", HEADER + "13055,instagram,marseille,,,,,Marseille,true\n"));

        var summary = registry.importCsv(write(
                "accounts.csv", HEADER + "13055,instagram,@Marseille,thematic,tourism,left,,Marseille Tourisme,\n"));

        assertThat(summary.updated()).isEqualTo(1);
        Account account = registry.list(AccountFilter.ALL).getFirst();
        assertThat(account.role()).isEqualTo(AccountRole.THEMATIC);
        assertThat(account.theme()).isEqualTo("tourism");
        assertThat(account.status()).isEqualTo(AccountStatus.LEFT);
        assertThat(account.statusSince())
                .as("a status change without a date is dated on the import's day in Paris")
                .isEqualTo(LocalDate.parse("2026-10-06"));
        assertThat(account.displayName()).isEqualTo("Marseille Tourisme");
        assertThat(account.simulated())
                .as("a blank simulated cell keeps the flag")
                .isTrue();
    }

    @Test
    void takesStatusSinceFromTheFileWhenGiven() throws IOException {
        registry.importCsv(write(
                "accounts.csv",
                "territory_code,network,handle,status,status_since\n13055,x,marseille,left,2024-11-20\n"));

        assertThat(registry.list(AccountFilter.ALL).getFirst().statusSince()).isEqualTo(LocalDate.parse("2024-11-20"));
    }

    @Test
    void keepsTheAccountIdWhenARenamedAccountComesBackWithItsPlatformId() throws IOException {
        registry.importCsv(write("accounts.csv", HEADER + "13055,x,marseille,,,,42,,\n"));

        var summary = registry.importCsv(write("accounts.csv", HEADER + "13055,x,marseille_ville,,,,42,,\n"));

        assertThat(summary.updated()).isEqualTo(1);
        assertThat(registry.list(AccountFilter.ALL))
                .extracting(Account::accountId, Account::handle)
                .containsExactly(tuple("x:42", "marseille_ville"));
    }

    @Test
    void quarantinesASecondLineWithTheSamePlatformId() throws IOException {
        var summary = registry.importCsv(
                write("accounts.csv", HEADER + "13055,x,marseille,,,,42,,\n13055,x,marseille2,,,,42,,\n"));

        assertThat(summary.problems())
                .extracting(LineProblem::line, LineProblem::field, LineProblem::reason)
                .containsExactly(tuple(3L, "platform_id", "duplicate of line 2"));
    }

    @Test
    void readsUtf8WithBomAndSemicolons() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = ("Territory_Code ; Network ; Handle ; Display_Name\n\n13055;facebook;villedemarseille;Ville de"
                        + " Marseille – Cité phocéenne\n")
                .getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("bom.csv");
        Files.write(file, concat(bom, text));

        var summary = registry.importCsv(file);

        assertThat(summary.added()).isEqualTo(1);
        assertThat(registry.list(AccountFilter.ALL).getFirst().displayName())
                .isEqualTo("Ville de Marseille – Cité phocéenne");
    }

    @Test
    void readsWindows1252FromSpreadsheetsAndCountsLinesAfterBlankOnes() throws IOException {
        Path file = dir.resolve("excel.csv");
        Files.write(
                file,
                "territory_code;network;handle;display_name\r\n13055;x;marseille;Mairie de Sète\r\n\r\n13055;x;;Œuvre\r\n"
                        .getBytes(Charset.forName("windows-1252")));

        var summary = registry.importCsv(file);

        assertThat(registry.list(AccountFilter.ALL).getFirst().displayName()).isEqualTo("Mairie de Sète");
        assertThat(summary.problems()).extracting(LineProblem::line).containsExactly(4L);
    }

    @Test
    void stopsAFileWithoutARequiredColumnAndJournalsTheFailedRun() throws IOException {
        Path file = write("accounts.csv", "territory_code,network\n13055,x\n");

        assertThatThrownBy(() -> registry.importCsv(file))
                .isInstanceOf(VigieException.class)
                .hasMessage(
                        file
                                + ": line 1: missing required column 'handle' (columns found: territory_code, network); add it to the header line");
        assertThat(AccountStoreFixture.column(store, "SELECT status FROM import_run"))
                .containsExactly("failed");
        assertThat(AccountStoreFixture.count(store, "SELECT count(*) FROM account"))
                .isZero();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
