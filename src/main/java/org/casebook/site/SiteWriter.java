package org.casebook.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Replaces an output folder with a complete new site, or leaves it untouched.
 *
 * <p>The new site is written into a hidden sibling folder and swapped in with two renames. If the
 * process dies between them, the next run finds the previous output in its hidden backup folder
 * and puts it back. Leftover temporary folders of killed runs are removed. Nothing outside the
 * output folder and its hidden siblings is ever deleted.
 */
public final class SiteWriter {
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
    Path parent = target.getParent();
    recover(target);
    OutputGuard.check(target, inputs);
    Files.createDirectories(parent);
    String name = target.getFileName().toString();
    Path staging = parent.resolve("." + name + "-tmp-" + UUID.randomUUID());
    try {
      writeAll(staging, files);
      swap(staging, target, parent.resolve("." + name + "-old-" + UUID.randomUUID()));
    } finally {
      deleteTree(staging);
    }
  }

  private static void writeAll(Path staging, Map<String, byte[]> files) throws IOException {
    Files.createDirectory(staging);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = staging.resolve(file.getKey()).normalize();
      if (!path.startsWith(staging)) {
        throw new IOException("refusing to write outside the site: " + file.getKey());
      }
      Files.createDirectories(path.getParent());
      Files.write(path, file.getValue());
    }
    Files.writeString(staging.resolve(OutputGuard.MARKER), "Casebook writes this folder.\n");
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
   * Undoes a swap that a killed run left half done, and removes its temporary folders.
   */
  static void recover(Path target) throws IOException {
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    String name = target.getFileName().toString();
    List<Path> leftovers;
    try (Stream<Path> list = Files.list(parent)) {
      leftovers =
          list.filter(p -> p.getFileName().toString().startsWith("." + name + "-")).sorted()
              .toList();
    }
    for (Path leftover : leftovers) {
      String suffix = leftover.getFileName().toString().substring(name.length() + 2);
      if (suffix.startsWith("old-") && !Files.exists(target)) {
        move(leftover, target);
      } else if (suffix.startsWith("old-") || suffix.startsWith("tmp-")) {
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
