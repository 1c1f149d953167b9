package fr.vigie.web.member;

import fr.vigie.account.Account;
import fr.vigie.web.Frame;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The model of the member's dashboard (src/main/jte/member/dashboard.jte).
 *
 * @param territory the member's territory, null for the roles that belong to none
 * @param error what went wrong with the last form, null when nothing did
 */
public record Dashboard(
        Frame frame,
        String name,
        String role,
        boolean admin,
        @Nullable OwnTerritory territory,
        List<String> networks,
        @Nullable String error) {

    /**
     * A member's territory: its registered accounts and its KPI values of the latest month.
     *
     * @param period the latest month with values, null when none is computed
     */
    public record OwnTerritory(
            String code,
            String name,
            List<Account> accounts,
            @Nullable String period,
            List<KpiRow> kpis,
            boolean simulated) {}

    /** One KPI value, ready to show. */
    public record KpiRow(String kpi, String network, String value, boolean simulated) {}
}
