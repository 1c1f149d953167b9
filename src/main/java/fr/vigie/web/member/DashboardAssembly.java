package fr.vigie.web.member;

import fr.vigie.account.Account;
import fr.vigie.account.AccountHistory;
import fr.vigie.account.AccountRegistry;
import fr.vigie.account.Network;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.member.Member;
import fr.vigie.member.MemberAccounts;
import fr.vigie.member.Role;
import fr.vigie.store.KpiTable;
import fr.vigie.store.Store;
import fr.vigie.store.TerritoryPageTable;
import fr.vigie.web.Frame;
import fr.vigie.web.Texts;
import fr.vigie.web.member.Dashboard.KpiRow;
import fr.vigie.web.member.Dashboard.OwnTerritory;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Gathers what a member's dashboard shows, on one store connection. */
final class DashboardAssembly {
    private final Store store;
    private final Clock clock;

    DashboardAssembly(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The accounts of a territory as its members manage them. */
    MemberAccounts accounts() {
        var registry = new AccountRegistry(store, clock);
        return new MemberAccounts(registry, new AccountHistory(store, registry), clock);
    }

    Dashboard dashboard(Frame frame, Member user, @Nullable String error) {
        String name = user.displayName() == null ? user.email() : user.displayName();
        OwnTerritory territory = user.territoryCode() == null ? null : territory(frame.t(), user);
        List<String> networks = Arrays.stream(Network.values()).map(Network::id).toList();
        return new Dashboard(frame, name, user.role().id(), user.role() == Role.ADMIN, territory, networks, error);
    }

    private OwnTerritory territory(Texts t, Member user) {
        String code = user.territoryCode();
        var kpiTable = new KpiTable(store);
        String name = kpiTable.territoryName(code).orElse(code);
        List<Account> accounts = accounts().list(user, code);
        String version = KpiCatalogue.METHODOLOGY_VERSION;
        String period = new TerritoryPageTable(store)
                .monthlyValues(code, version, 1).stream()
                        .map(TerritoryPageTable.MonthValue::month)
                        .findFirst()
                        .orElse(null);
        List<KpiRow> kpis = period == null
                ? List.of()
                : kpiTable.territoryValues(code, version, period).stream()
                        .map(v -> new KpiRow(
                                v.kpi(), v.network(), v.value() == null ? "—" : t.number(v.value(), 2), v.simulated()))
                        .toList();
        boolean simulated =
                accounts.stream().anyMatch(Account::simulated) || kpis.stream().anyMatch(KpiRow::simulated);
        return new OwnTerritory(code, name, accounts, period, kpis, simulated);
    }
}
