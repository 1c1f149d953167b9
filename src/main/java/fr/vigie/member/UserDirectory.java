package fr.vigie.member;

import fr.vigie.member.UserRefused.Reason;
import fr.vigie.store.MemberSessionTable;
import fr.vigie.store.MemberTable;
import fr.vigie.store.MemberTable.UserRow;
import fr.vigie.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The users of the member space: creation with validation, role changes, disabling, listing. */
final class UserDirectory {
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 1024;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final Store store;
    private final MemberTable users;
    private final PasswordHasher hasher;
    private final Clock clock;

    UserDirectory(Store store, PasswordHasher hasher, Clock clock) {
        this.store = store;
        this.users = new MemberTable(store);
        this.hasher = hasher;
        this.clock = clock;
    }

    Member create(NewUser user, char[] password) {
        String email = normaliseEmail(user.email());
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            throw new UserRefused(
                    Reason.EMAIL_INVALID, "--email: '" + user.email() + "' is not an email address", user.email());
        }
        if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw new UserRefused(
                    Reason.PASSWORD_LENGTH,
                    "password: give between " + MIN_PASSWORD + " and " + MAX_PASSWORD
                            + " characters (a sentence of four words is a good one)",
                    MIN_PASSWORD,
                    MAX_PASSWORD);
        }
        if (users.byEmail(email).isPresent()) {
            throw new UserRefused(
                    Reason.EMAIL_TAKEN,
                    "--email: a user with " + email + " exists already; see vigie users list",
                    email);
        }
        String territory = checkedTerritory(user.role(), user.territoryCode());
        String name = user.displayName() == null || user.displayName().isBlank()
                ? null
                : user.displayName().strip();
        var row = new UserRow(
                UUID.randomUUID().toString(),
                email,
                name,
                hasher.hash(password),
                user.role().id(),
                territory,
                clock.instant(),
                false);
        users.insert(row);
        return member(row);
    }

    /** Changes a user's role (and territory); their sessions end so that the change applies at once. */
    Member changeRole(String email, Role role, @Nullable String territoryCode) {
        UserRow user = require(email);
        String territory = checkedTerritory(
                role, territoryCode == null && role.belongsToTerritory() ? user.territoryCode() : territoryCode);
        store.inTransaction(() -> {
            users.setRole(user.userId(), role.id(), territory);
            new MemberSessionTable(store).deleteAllOf(user.userId());
            return null;
        });
        return member(require(email));
    }

    /** Disables a user and ends their sessions; their history stays. */
    Member disable(String email) {
        UserRow user = require(email);
        store.inTransaction(() -> {
            users.setDisabled(user.userId(), true);
            new MemberSessionTable(store).deleteAllOf(user.userId());
            return null;
        });
        return member(require(email));
    }

    List<Member> list() {
        return users.all().stream().map(UserDirectory::member).toList();
    }

    Optional<UserRow> row(String email) {
        return users.byEmail(normaliseEmail(email));
    }

    private UserRow require(String email) {
        return row(email)
                .orElseThrow(() -> new UserRefused(
                        Reason.USER_UNKNOWN, "no user with email '" + email + "'; see vigie users list", email));
    }

    private @Nullable String checkedTerritory(Role role, @Nullable String territoryCode) {
        String code = territoryCode == null || territoryCode.isBlank() ? null : territoryCode.strip();
        if (!role.belongsToTerritory()) {
            if (code != null) {
                throw new UserRefused(
                        Reason.TERRITORY_NOT_FOR_ROLE,
                        "--territory: only a member belongs to a territory; an " + role.id()
                                + " sees every territory, so leave --territory out",
                        role.id());
            }
            return null;
        }
        if (code == null) {
            throw new UserRefused(
                    Reason.TERRITORY_MISSING,
                    "--territory: a member belongs to one territory; give its INSEE code or SIREN");
        }
        if (!users.territoryExists(code)) {
            throw new UserRefused(
                    Reason.TERRITORY_UNKNOWN,
                    "--territory: no territory with code '" + code + "'; find it with vigie territories search",
                    code);
        }
        return code;
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static Member member(UserRow row) {
        return new Member(
                row.userId(),
                row.email(),
                row.displayName(),
                Role.parse(row.role()),
                row.territoryCode(),
                row.createdAt(),
                row.disabled());
    }
}
