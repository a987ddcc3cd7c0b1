package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code casebook} command line. Results go to standard output, diagnostics to standard
 * error. Exit codes: {@link #OK}, {@link #PROBLEMS}, {@link #USAGE}, {@link #FAILURE}.
 */
@Command(
    name = "casebook",
    mixinStandardHelpOptions = true,
    version = "casebook 0.1.0",
    description = "Builds and checks a static reference site from a YAML catalog.",
    subcommands = {
      BuildCommand.class, CheckCommand.class, ServeCommand.class, CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Everything worked. */
  public static final int OK = 0;

  /** The input has problems: an invalid catalog, a template error or a broken link. */
  public static final int PROBLEMS = 1;

  /** The command line itself is wrong. */
  public static final int USAGE = 2;

  /** Reading or writing a file failed, or Casebook itself failed. */
  public static final int FAILURE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          err.println("casebook: internal error: " + e);
          err.println("  please report this with the command you ran");
          return FAILURE;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
