package fr.vigie.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that moves only when a test or the sleeper moves it, and a sleeper that records its pauses
 * instead of sleeping: tests of waits and retries never sleep.
 */
public final class StepClock extends Clock {
    public Instant now;
    public final List<Duration> sleeps = new ArrayList<>();

    public StepClock(Instant start) {
        this.now = start;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** An HttpGetter on the real HTTP client whose pauses advance this clock. */
    public HttpGetter getter() {
        return new HttpGetter(java.net.http.HttpClient.newHttpClient(), this, d -> {
            sleeps.add(d);
            now = now.plus(d);
        });
    }
}
