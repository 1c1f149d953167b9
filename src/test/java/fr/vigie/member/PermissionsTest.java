package fr.vigie.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermissionsTest {
    static Member user(Role role, @Nullable String territory, boolean disabled) {
        return new Member("u1", "a@b.fr", null, role, territory, Instant.EPOCH, disabled);
    }

    @ParameterizedTest(name = "{0} may {1} on {2}: {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "ADMIN, MANAGE_USERS, -, true",
                "ADMIN, VIEW_DASHBOARD, 69123, true",
                "ADMIN, MANAGE_ACCOUNTS, 69123, true",
                "ADMIN, JUDGE_AWARDS, -, false",
                "ANALYST, VIEW_DASHBOARD, 69123, true",
                "ANALYST, DOWNLOAD, 13055, true",
                "ANALYST, MANAGE_USERS, -, false",
                "ANALYST, MANAGE_ACCOUNTS, 13055, false",
                "JURY, JUDGE_AWARDS, -, true",
                "JURY, VIEW_DASHBOARD, 13055, false",
                "JURY, DOWNLOAD, 13055, false",
                "MEMBER, VIEW_DASHBOARD, 13055, true",
                "MEMBER, DOWNLOAD, 13055, true",
                "MEMBER, MANAGE_ACCOUNTS, 13055, true",
                "MEMBER, VIEW_DASHBOARD, 69123, false",
                "MEMBER, DOWNLOAD, 69123, false",
                "MEMBER, MANAGE_ACCOUNTS, 69123, false",
                "MEMBER, MANAGE_ACCOUNTS, -, false",
                "MEMBER, MANAGE_USERS, -, false",
                "MEMBER, JUDGE_AWARDS, -, false"
            })
    void grantsEachRoleItsActionsOnly(Role role, Action action, @Nullable String territory, boolean allowed) {
        Member member = user(role, role == Role.MEMBER ? "13055" : null, false);

        assertThat(Permissions.can(member, action, territory)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"ADMIN, MANAGE_USERS", "ANALYST, VIEW_DASHBOARD", "MEMBER, VIEW_DASHBOARD"})
    void refusesEverythingToADisabledUser(Role role, Action action) {
        assertThat(Permissions.can(user(role, "13055", true), action, "13055")).isFalse();
    }
}
