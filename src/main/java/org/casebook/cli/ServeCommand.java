package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.casebook.serve.DevServer;
import org.casebook.site.BuildOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code casebook serve}: serves the site from memory and rebuilds it when files change. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the site in memory and serves it over HTTP. Rebuilds when a file under the"
          + " content or templates folder changes, and reloads open pages. A failed rebuild"
          + " keeps the last good build and shows the problems on every page; broken links,"
          + " checked after the reload, show there too. Never writes the --out folder."
    })
final class ServeCommand implements Callable<Integer> {
  /** Maximum --quiet-period, in milliseconds. */
  static final int MAX_QUIET_MILLIS = 10_000;

  @Spec CommandSpec spec;

  @Mixin SiteOptions site;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
      description = "TCP port to listen on; 0 picks any free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--quiet-period", paramLabel = "MILLIS",
      defaultValue = "" + DevServer.DEFAULT_QUIET_MILLIS,
      description = "Milliseconds without file changes before a rebuild starts, from 0 to "
          + MAX_QUIET_MILLIS + " (default: ${DEFAULT-VALUE}). A longer period lets an editor"
          + " or a tool finish writing several files first.")
  int quietMillis;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BuildOptions options = site.toBuildOptions(err);
    if (options == null) {
      return Main.USAGE;
    }
    if (port < 0 || port > 65535) {
      err.println("casebook: invalid --port " + port + ": give a number from 1 to 65535, or 0"
          + " for any free port");
      return Main.USAGE;
    }
    if (quietMillis < 0 || quietMillis > MAX_QUIET_MILLIS) {
      err.println("casebook: invalid --quiet-period " + quietMillis + ": give a number of"
          + " milliseconds from 0 to " + MAX_QUIET_MILLIS);
      return Main.USAGE;
    }
    if (new InetSocketAddress(host, 0).isUnresolved()) {
      err.println("casebook: invalid --host '" + host + "': no such address; use 127.0.0.1 to"
          + " serve on this machine only");
      return Main.USAGE;
    }
    DevServer server;
    try {
      server = DevServer.start(options, host, port, quietMillis);
    } catch (BindException e) {
      err.println("casebook: cannot listen on " + host + ":" + port + " (" + e.getMessage()
          + ")");
      err.println("  if another program uses port " + port + ", choose another with --port N,"
          + " or --port 0 for any free port");
      return Main.USAGE;
    } catch (IOException e) {
      err.println("casebook: " + BuildCommand.describe(e));
      return Main.FAILURE;
    }
    return serveUntilStopped(server, out, err);
  }

  /** Prints the address, then blocks until a shutdown hook (Ctrl-C, SIGTERM) closes the server. */
  private static int serveUntilStopped(DevServer server, PrintWriter out, PrintWriter err) {
    server.problems().forEach(problem -> err.println(problem.format()));
    server.addReporter(line -> {
      err.println(line);
      err.flush();
    });
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      err.println("stopping the server");
      err.flush();
      closeQuietly(server, err);
      err.println("stopped");
      err.flush();
      stopped.countDown();
    }, "casebook-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("serving " + server.uri() + " (Ctrl-C to stop)");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(server, err);
      removeQuietly(hook);
    }
    return Main.OK;
  }

  /** Removes the shutdown hook of a server that an interrupt already stopped. */
  private static void removeQuietly(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down and runs the hook, which closes the server again.
    }
  }

  private static void closeQuietly(DevServer server, PrintWriter err) {
    try {
      server.close();
    } catch (IOException e) {
      err.println("casebook: stopping the server failed: " + BuildCommand.describe(e));
      err.flush();
    }
  }
}
