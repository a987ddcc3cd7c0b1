package org.casebook.site;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casebook.diag.BuildFailedException;
import org.casebook.diag.Diagnostic;

/**
 * Replaces an output folder with a complete new site, or leaves it untouched.
 *
 * <p>The new site is written into a hidden sibling folder and swapped in with two renames. If the
 * process dies between them, the next run finds the previous output in its hidden backup folder
 * and puts it back. Leftover temporary folders of killed runs are removed. Nothing outside the
 * output folder and its hidden siblings marked as Casebook's is ever deleted. A lock file beside
 * the output ({@code .<name>-lock}) keeps two builds from writing one folder at once.
 */
public final class SiteWriter {
  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private SiteWriter() {}

  /**
   * Writes {@code files} as the new content of {@code out}.
   *
   * @param files contents keyed by relative path with {@code /} separators
   * @param inputs folders the output must never be, nor contain
   */
  public static void replace(Path out, Map<String, byte[]> files, List<Path> inputs)
      throws IOException {
    Path target = out.toAbsolutePath().normalize();
    OutputGuard.check(target, inputs);
    Path parent = target.getParent();
    Files.createDirectories(parent);
    String name = target.getFileName().toString();
    try (FileChannel channel =
            FileChannel.open(
                parent.resolve("." + name + "-lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel)) {
      if (lock == null) {
        throw new BuildFailedException(
            Diagnostic.error(target.toString(), 0, 0, "another build is writing this folder")
                .withHint("wait for it to finish, then build again"));
      }
      recover(target);
      OutputGuard.check(target, inputs);
      Path staging = parent.resolve("." + name + "-tmp-" + UUID.randomUUID());
      try {
        writeAll(staging, files);
        swap(staging, target, parent.resolve("." + name + "-old-" + UUID.randomUUID()));
      } finally {
        deleteTree(staging);
      }
    }
  }

  /** Returns the lock, or null when another process or thread of this JVM holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static void writeAll(Path staging, Map<String, byte[]> files) throws IOException {
    Files.createDirectory(staging);
    // The marker comes first, so recovery can tell this folder from a user's folder of a
    // similar name even if the process dies while writing.
    Files.writeString(staging.resolve(OutputGuard.MARKER), "Casebook writes this folder.\n");
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = staging.resolve(file.getKey()).normalize();
      if (!path.startsWith(staging)) {
        throw new IOException("refusing to write outside the site: " + file.getKey());
      }
      Files.createDirectories(path.getParent());
      Files.write(path, file.getValue());
    }
  }

  private static void swap(Path staging, Path target, Path backup) throws IOException {
    if (Files.exists(target)) {
      move(target, backup);
      move(staging, target);
      deleteTree(backup);
    } else {
      move(staging, target);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /**
   * Undoes a swap that a killed run left half done, and removes its temporary folders. Only
   * siblings named like Casebook's own ({@code .<name>-old-<uuid>}, {@code .<name>-tmp-<uuid>})
   * that hold Casebook's marker file are touched.
   */
  static void recover(Path target) throws IOException {
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    String name = target.getFileName().toString();
    Pattern own = Pattern.compile("\\." + Pattern.quote(name) + "-(old|tmp)-" + UUID_PATTERN);
    List<Path> leftovers;
    try (Stream<Path> list = Files.list(parent)) {
      leftovers =
          list.filter(p -> own.matcher(p.getFileName().toString()).matches())
              .filter(p -> Files.isRegularFile(p.resolve(OutputGuard.MARKER), NOFOLLOW_LINKS))
              .sorted()
              .toList();
    }
    for (Path leftover : leftovers) {
      boolean backup = leftover.getFileName().toString().startsWith("." + name + "-old-");
      if (backup && !Files.exists(target)) {
        move(leftover, target);
      } else {
        deleteTree(leftover);
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
