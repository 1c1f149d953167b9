package fr.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.OrderedFetches;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Profiles of {@code bench.accounts} (10,000) accounts from a local AppView without limit, fetched
 * as CollectService does (HttpGetter on virtual threads through OrderedFetches, results read in
 * account order on the caller's thread), at several concurrencies, against two references measured
 * in the same run: a raw HttpClient loop, one request after the other, and HttpGetter one after the
 * other. Prints requests/s and the ratios. Run by bench/collect-profiles.sh.
 */
@Tag("bench")
class ProfilesThroughputBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fetchesTenThousandProfiles() throws Exception {
        int accounts = Integer.getInteger("bench.accounts", 10_000);
        try (var platform = new LocalBluesky(0, 1)) {
            List<URI> profiles = IntStream.range(0, accounts)
                    .mapToObj(
                            i -> URI.create(platform.url() + "/xrpc/app.bsky.actor.getProfile?actor=a" + i + ".bench"))
                    .toList();
            var client = HttpClient.newHttpClient();
            rawLoop(client, profiles.subList(0, Math.min(1_000, accounts))); // warm-up, not measured

            double raw = rawLoop(client, profiles);
            print("raw HttpClient loop, sequential", accounts, raw, raw);
            double sequential = throughGetter(client, profiles, 1);
            print("HttpGetter, sequential (concurrency 1)", accounts, sequential, raw);
            for (int concurrency : new int[] {8, 32}) {
                platform.mostInFlight.set(0);
                double rate = throughGetter(client, profiles, concurrency);
                print(
                        "HttpGetter on virtual threads, concurrency " + concurrency + " (server saw at most "
                                + platform.mostInFlight.get() + " at once)",
                        accounts,
                        rate,
                        raw);
            }
            assertThat(platform.refused.get()).isZero();
        }
    }

    private static double rawLoop(HttpClient client, List<URI> uris) throws IOException, InterruptedException {
        long started = System.nanoTime();
        long bytes = 0;
        for (URI uri : uris) {
            var response =
                    client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            bytes += JSON.readTree(response.body()).path("followersCount").asLong();
        }
        assertThat(bytes).isPositive();
        return uris.size() / ((System.nanoTime() - started) / 1e9);
    }

    private static double throughGetter(HttpClient client, List<URI> uris, int concurrency) {
        var http = new HttpGetter(client, Clock.systemUTC(), Thread::sleep);
        var followers = new AtomicLong();
        long started = System.nanoTime();
        OrderedFetches.run(uris, concurrency, uri -> http.get(uri, "app.bsky.actor.getProfile"), (uri, response) -> {
            try {
                followers.addAndGet(
                        JSON.readTree(response.body()).path("followersCount").asLong());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(followers.get()).isPositive();
        return uris.size() / ((System.nanoTime() - started) / 1e9);
    }

    private static void print(String what, int accounts, double rate, double reference) {
        System.out.printf(
                Locale.ROOT,
                "%-90s %,6d profiles  %,8.0f requests/s  ratio to the raw loop %.2f%n",
                what,
                accounts,
                rate,
                rate / reference);
    }
}
