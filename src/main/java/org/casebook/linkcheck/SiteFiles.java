package org.casebook.linkcheck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The files of one site, either on disk or in memory, addressed by paths relative to the site root
 * with {@code /} separators. The root folder is the empty path.
 *
 * <p>The file and folder names are listed once up front, so a lookup never touches the disk.
 * Instances are immutable and safe to share between threads.
 */
final class SiteFiles {

  /** Source of the bytes of one file. */
  @FunctionalInterface
  interface Opener {
    InputStream open(String path) throws IOException;
  }

  private final List<String> pages;
  private final Set<String> files;
  private final Set<String> folders;
  private final Opener opener;

  private SiteFiles(Set<String> files, Set<String> folders, Opener opener) {
    this.pages = files.stream().filter(path -> path.endsWith(".html")).sorted().toList();
    this.files = Set.copyOf(files);
    this.folders = Set.copyOf(folders);
    this.opener = opener;
  }

  /**
   * Lists the files under root, following symbolic links. A link that leads back into one of its
   * own parent folders is skipped.
   */
  static SiteFiles fromDirectory(Path root) throws IOException {
    Set<String> files = new HashSet<>();
    Set<String> folders = new HashSet<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            folders.add(relativePath(root, dir));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile()) {
              files.add(relativePath(root, file));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof FileSystemLoopException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
    return new SiteFiles(files, folders, path -> Files.newInputStream(root.resolve(path)));
  }

  /**
   * Validates the paths of an in-memory site and wraps it. The map is copied, but the byte arrays
   * are not.
   *
   * @throws IllegalArgumentException if a key is not a relative file path with {@code /} separators
   */
  static SiteFiles fromMap(Map<String, byte[]> contents) {
    Map<String, byte[]> copy = new HashMap<>();
    Set<String> folders = new HashSet<>();
    folders.add("");
    contents.forEach(
        (path, bytes) -> {
          validateKey(path);
          copy.put(path, Objects.requireNonNull(bytes, () -> "no bytes for file \"" + path + "\""));
          for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            folders.add(path.substring(0, slash));
          }
        });
    return new SiteFiles(copy.keySet(), folders, path -> new ByteArrayInputStream(copy.get(path)));
  }

  /** Returns the paths of all {@code *.html} files, sorted. */
  List<String> pages() {
    return pages;
  }

  boolean isFile(String path) {
    return files.contains(path);
  }

  boolean isDirectory(String path) {
    return folders.contains(path);
  }

  /** Opens a file that {@link #isFile} reports. The caller closes the stream. */
  InputStream open(String path) throws IOException {
    return opener.open(path);
  }

  private static String relativePath(Path root, Path path) {
    StringBuilder relative = new StringBuilder();
    for (Path name : root.relativize(path)) {
      if (relative.length() > 0) {
        relative.append('/');
      }
      relative.append(name);
    }
    return relative.toString();
  }

  private static void validateKey(String path) {
    Objects.requireNonNull(path, "file path");
    boolean valid = !path.isEmpty() && path.indexOf('\\') < 0;
    for (String segment : path.split("/", -1)) {
      valid &= !segment.isEmpty() && !segment.equals(".") && !segment.equals("..");
    }
    if (!valid) {
      throw new IllegalArgumentException(
          "invalid file path \""
              + path
              + "\": expected a path relative to the site root with \"/\" separators,"
              + " such as \"goals/a/index.html\"");
    }
  }
}
