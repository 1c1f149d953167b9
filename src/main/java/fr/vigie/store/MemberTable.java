package fr.vigie.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Table {@code member_user}: the people who sign in to the member space, with their password hash. */
public final class MemberTable {
    /** One user as stored; {@code passwordHash} is a PHC string, never a password. */
    public record UserRow(
            String userId,
            String email,
            @Nullable String displayName,
            String passwordHash,
            String role,
            @Nullable String territoryCode,
            Instant createdAt,
            boolean disabled) {}

    private final Store store;

    public MemberTable(Store store) {
        this.store = store;
    }

    public void insert(UserRow user) {
        Jdbc.update(
                store,
                "INSERT INTO member_user VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                user.userId(),
                user.email(),
                user.displayName(),
                user.passwordHash(),
                user.role(),
                user.territoryCode(),
                user.createdAt(),
                user.disabled());
    }

    public Optional<UserRow> byEmail(String email) {
        return first(Jdbc.query(store, "SELECT * FROM member_user WHERE email = ?", MemberTable::user, email));
    }

    public Optional<UserRow> byId(String userId) {
        return first(Jdbc.query(store, "SELECT * FROM member_user WHERE user_id = ?", MemberTable::user, userId));
    }

    /** Every user, by email. */
    public List<UserRow> all() {
        return Jdbc.query(store, "SELECT * FROM member_user ORDER BY email", MemberTable::user);
    }

    public void setRole(String userId, String role, @Nullable String territoryCode) {
        Jdbc.update(
                store,
                "UPDATE member_user SET role = ?, territory_code = ? WHERE user_id = ?",
                role,
                territoryCode,
                userId);
    }

    public void setDisabled(String userId, boolean disabled) {
        Jdbc.update(store, "UPDATE member_user SET disabled = ? WHERE user_id = ?", disabled, userId);
    }

    public void setPasswordHash(String userId, String passwordHash) {
        Jdbc.update(store, "UPDATE member_user SET password_hash = ? WHERE user_id = ?", passwordHash, userId);
    }

    /** Whether the territory registry holds this code. */
    public boolean territoryExists(String code) {
        return Jdbc.queryLong(store, "SELECT count(*) FROM territory WHERE code = ?", code) > 0;
    }

    private static UserRow user(ResultSet row) throws SQLException {
        return new UserRow(
                row.getString("user_id"),
                row.getString("email"),
                row.getString("display_name"),
                row.getString("password_hash"),
                row.getString("role"),
                row.getString("territory_code"),
                Jdbc.instant(row, "created_at"),
                row.getBoolean("disabled"));
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }
}
