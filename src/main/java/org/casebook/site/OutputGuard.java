package org.casebook.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.diag.BuildFailedException;
import org.casebook.diag.Diagnostic;

/**
 * Refuses output folders whose replacement would destroy something that is not generated output:
 * the content or templates folder, the project root, the home folder, a file system root, or an
 * existing folder that Casebook did not write.
 */
final class OutputGuard {
  /** Name of the file that marks a folder as Casebook's output. */
  static final String MARKER = ".casebook-output";

  private OutputGuard() {}

  static void check(Path out, List<Path> inputs) throws IOException {
    Path target = real(out);
    for (Path input : inputs) {
      Path realInput = real(input);
      rejectIfContains(target, realInput, "the input folder " + input);
      if (target.startsWith(realInput)) {
        reject(out, "is inside the input folder " + input + ", so each build would read the"
            + " previous one");
      }
    }
    Path home = Path.of(System.getProperty("user.home"));
    rejectIfContains(target, real(home), "your home folder");
    Path projectRoot = findProjectRoot(real(Path.of("")));
    if (projectRoot != null) {
      rejectIfContains(target, projectRoot, "the project root " + projectRoot);
    }
    if (target.getParent() == null) {
      reject(out, "is a file system root");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      reject(out, "is a file, not a folder");
    }
    if (Files.isDirectory(out) && !isEmpty(out) && !Files.exists(out.resolve(MARKER))) {
      reject(out, "already exists and holds files that Casebook did not write");
    }
  }

  private static void rejectIfContains(Path out, Path protectedDir, String description) {
    if (protectedDir.startsWith(out)) {
      reject(out, out.equals(protectedDir) ? "is " + description : "contains " + description);
    }
  }

  private static void reject(Path out, String reason) {
    throw new BuildFailedException(
        Diagnostic.error(out.toString(), 0, 0, "refusing to write the site here: the folder "
                + reason)
            .withHint("choose a new or empty folder with --out DIR, such as --out site"));
  }

  /** Returns the nearest folder above or at {@code start} that contains {@code .git}, or null. */
  private static Path findProjectRoot(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return null;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var list = Files.list(dir)) {
      return list.findAny().isEmpty();
    }
  }

  /** Resolves symbolic links of the longest existing prefix, so aliases of a folder compare equal. */
  static Path real(Path path) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    return existing.toRealPath().resolve(existing.relativize(absolute));
  }
}
