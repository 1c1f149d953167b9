package fr.vigie.cli;

import fr.vigie.Vigie;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebServer;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Option;

/** The options of the web site, shared by `vigie serve` and `vigie demo`, and serving until Ctrl-C. */
final class WebOptions {
    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "Port of the web site (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8080;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            description = "Address the web site listens on (default: ${DEFAULT-VALUE}, this machine only)")
    String host = "127.0.0.1";

    /**
     * Starts the site over the workspace's store and prints its address; the registry, its categories
     * and the communes' points are loaded first into a store that lacks them (the pages show them).
     */
    WebServer start(Vigie vigie, PrintWriter err) {
        vigie.territories();
        WebContext context = WebContext.over(vigie.store());
        WebServer server = WebServer.start(context, host, port);
        err.printf("Site: %s (Ctrl-C stops)%n", server.uri(host.equals("0.0.0.0") ? "127.0.0.1" : host));
        err.flush();
        return server;
    }

    /** Blocks until the process is asked to stop (Ctrl-C). */
    static void awaitStop() throws InterruptedException {
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        stopped.await();
    }
}
