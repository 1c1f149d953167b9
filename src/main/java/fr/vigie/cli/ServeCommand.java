package fr.vigie.cli;

import fr.vigie.collect.CollectReport;
import fr.vigie.collect.CollectScheduler;
import fr.vigie.collect.HashtagReport;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie serve`: the long-running observatory: the web site and the collection scheduler. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Run the observatory: serves the web site (palmarès, territory pages, maps, member space,"
                + " JSON API) and collects every account when it is due (hourly for accounts that post"
                + " daily, daily or weekly for quieter ones, backing off after failures) and searches the"
                + " territories' hashtags every few hours, until stopped with Ctrl-C.",
        footer = {
            "",
            "Each pass prints one line; `vigie collect status` shows every account's last success, last error",
            "and next run. Networks whose settings are missing are skipped with a notice.",
            "",
            "Examples:",
            "  vigie serve                                   site on http://127.0.0.1:8080/ and collection",
            "  vigie serve --port 9000 --no-collect          the site only",
            "  vigie serve --host 0.0.0.0 --no-web           collection only, no site",
            "  vigie serve --tick 5m --network bluesky,mastodon",
            "  vigie serve --once          one pass over the due accounts, then exit (for cron)"
        })
final class ServeCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Paris"));

    @Spec
    CommandSpec spec;

    @Option(
            names = "--tick",
            paramLabel = "DURATION",
            description = "How often to look for due accounts, e.g. 30s, 5m, 1h (default: 1m)")
    String tick = "1m";

    @Option(names = "--network", split = ",", paramLabel = "NETWORK", description = "Only these networks")
    List<String> networks = List.of();

    @Option(names = "--once", description = "Run one pass over the due accounts (and the hashtags) and exit")
    boolean once;

    @Option(
            names = "--hashtags-every",
            paramLabel = "DURATION",
            description = "How often to search the territories' hashtags (default: 6h; Instagram's search covers"
                    + " 24 hours only)")
    String hashtagsEvery = "6h";

    @Option(names = "--no-hashtags", description = "Do not search the territories' hashtags")
    boolean noHashtags;

    @Mixin
    WebOptions web = new WebOptions();

    @Option(names = "--no-web", description = "Do not serve the web site")
    boolean noWeb;

    @Option(names = "--no-collect", description = "Do not collect: serve the site only")
    boolean noCollect;

    @Override
    public Integer call() throws InterruptedException {
        Duration every = DurationOption.parse(spec.commandLine(), "--tick", tick);
        Duration tagsEvery = DurationOption.parse(spec.commandLine(), "--hashtags-every", hashtagsEvery);
        var vigie = VigieCommand.root(spec).vigie();
        if (noWeb && noCollect) {
            throw new fr.vigie.VigieException("--no-web and --no-collect leave nothing to run: drop one");
        }
        if (noCollect && !once) {
            try (var site = web.start(vigie, spec.commandLine().getErr())) {
                WebOptions.awaitStop();
            }
            return ExitCodes.OK;
        }
        try (var scheduler = new CollectScheduler(
                vigie.collect(),
                noHashtags ? null : vigie.hashtags(),
                tagsEvery,
                java.time.Clock.systemUTC(),
                networks,
                event -> print(event))) {
            if (once) {
                CollectReport report = scheduler.runOnce();
                print(new CollectScheduler.PassEvent.Finished(report));
                HashtagReport tags = scheduler.hashtagsIfDue();
                if (tags != null) {
                    print(new CollectScheduler.PassEvent.HashtagsFinished(tags));
                }
                return report.anyFailed() || (tags != null && tags.anyFailed()) ? ExitCodes.PARTIAL : ExitCodes.OK;
            }
            var site = noWeb ? null : web.start(vigie, spec.commandLine().getErr());
            try {
                spec.commandLine().getErr().printf("vigie: collecting due accounts every %s; Ctrl-C stops%n", tick);
                scheduler.start(every);
                WebOptions.awaitStop();
            } finally {
                if (site != null) {
                    site.close();
                }
            }
        }
        return ExitCodes.OK;
    }

    private void print(CollectScheduler.PassEvent event) {
        var out = spec.commandLine().getOut();
        String now = TIME.format(Instant.now());
        switch (event) {
            case CollectScheduler.PassEvent.Finished(CollectReport report) -> {
                out.printf(
                        "%s pass: %d accounts collected, %d failed%n",
                        now, report.accounts().size() - report.failedCount(), report.failedCount());
                report.skippedNetworks()
                        .forEach((network, setting) ->
                                out.printf("%s %s skipped: set %s to collect it%n", now, network, setting));
            }
            case CollectScheduler.PassEvent.HashtagsFinished(HashtagReport report) ->
                out.printf(
                        "%s hashtags: %d searched, %d failed%n",
                        now, report.tags().size() - report.failedCount(), report.failedCount());
            case CollectScheduler.PassEvent.Crashed(String reason) -> out.printf("%s pass crashed: %s%n", now, reason);
        }
        out.flush();
    }
}
