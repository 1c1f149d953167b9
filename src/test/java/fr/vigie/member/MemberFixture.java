package fr.vigie.member;

import fr.vigie.collect.StepClock;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** A store with two communes, a clock tests move by hand, and a cheap hasher that counts its checks. */
final class MemberFixture implements AutoCloseable {
    static final String PASSWORD = "correct horse battery staple";

    final Store store = AccountStoreFixture.withTerritories("13055", "Marseille", "69123", "Lyon");
    final StepClock clock = new StepClock(Instant.parse("2026-11-29T10:00:00Z"));
    final AtomicInteger verifications = new AtomicInteger();
    final PasswordHasher hasher = new PasswordHasher(new HashCost(64, 1, 1)) {
        @Override
        public boolean verify(char[] password, String stored) {
            verifications.incrementAndGet();
            return super.verify(password, stored);
        }
    };
    final MemberService members = new MemberService(store, hasher, clock);

    Member create(String email, Role role, String territory) {
        return members.create(new NewUser(email, null, role, territory), PASSWORD.toCharArray());
    }

    @Override
    public void close() {
        store.close();
    }
}
