package org.casebook.catalog;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.casebook.diag.Diagnostic;

/**
 * The content folder's layout: {@code site.yaml}, {@code channels.yaml}, and one file per goal,
 * use case and event in {@code goals/}, {@code use-cases/} and {@code events/}.
 */
final class ContentFiles {
  static final String SITE = "site.yaml";
  static final String CHANNELS = "channels.yaml";

  /**
   * A content file to read, with its kind and its key (the file name without extension).
   *
   * @param link whether the file is a symbolic link, whose target can change without an event
   *     for the link's own path
   */
  record Entry(ContentKind kind, String key, Path path, String displayName, boolean link) {}

  private ContentFiles() {}

  /**
   * Lists every content file in a stable order, or reports what is missing.
   *
   * @param folders receives every folder under {@code root}, and {@code root} itself, as
   *     absolute paths
   * @param links receives every symbolic link under {@code root} with a YAML file name, as
   *     absolute paths
   */
  static List<Entry> list(Path root, List<Diagnostic> problems, Set<Path> folders,
      Set<Path> links) throws IOException {
    List<Entry> entries = new ArrayList<>();
    addRequired(root, SITE, ContentKind.SITE, entries, problems);
    addRequired(root, CHANNELS, ContentKind.CHANNELS, entries, problems);
    addFolder(root, "goals", ContentKind.GOAL, entries, problems);
    addFolder(root, "use-cases", ContentKind.USE_CASE, entries, problems);
    addFolder(root, "events", ContentKind.EVENT, entries, problems);
    walk(root, problems, folders, links);
    return entries;
  }

  private static void addRequired(
      Path root, String name, ContentKind kind, List<Entry> entries, List<Diagnostic> problems)
      throws IOException {
    Path file = root.resolve(name);
    boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    if (exists && !isSafe(file, root.toRealPath(), problems)) {
      return;
    }
    if (Files.isRegularFile(file)) {
      entries.add(
          new Entry(kind, stem(name), file, file.toString(), Files.isSymbolicLink(file)));
    } else {
      problems.add(
          Diagnostic.error(file.toString(), 0, 0, "missing content file " + name)
              .withHint("every content folder needs " + SITE + " and " + CHANNELS));
    }
  }

  private static void addFolder(
      Path root, String folder, ContentKind kind, List<Entry> entries, List<Diagnostic> problems)
      throws IOException {
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      problems.add(
          Diagnostic.error(dir.toString(), 0, 0, "missing content folder " + folder + "/")
              .withHint("create it and add one .yaml file per item"));
      return;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(ContentFiles::isYaml).sorted().toList();
    }
    Set<String> keys = new HashSet<>();
    Path realRoot = root.toRealPath();
    for (Path file : files) {
      String key = stem(file.getFileName().toString());
      if (!isSafe(file, realRoot, problems)) {
        continue;
      }
      if (keys.contains(key)) {
        problems.add(
            Diagnostic.error(file.toString(), 0, 0, "two files in " + folder + "/ are named " + key)
                .withHint("keep one of " + key + ".yaml and " + key + ".yml"));
        continue;
      }
      keys.add(key);
      entries.add(new Entry(kind, key, file, file.toString(), Files.isSymbolicLink(file)));
    }
  }

  /**
   * Walks the whole folder once: collects its folders and the symbolic links among its YAML
   * files, and warns about YAML files that the build would otherwise silently ignore.
   */
  private static void walk(Path root, List<Diagnostic> problems, Set<Path> folders,
      Set<Path> links) throws IOException {
    List<Path> stray = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        folders.add(dir.toAbsolutePath().normalize());
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink() && isYaml(file)) {
          links.add(file.toAbsolutePath().normalize());
        }
        if (isYaml(file) && !isKnownPlace(root.relativize(file))) {
          stray.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    stray.stream().sorted().forEach(file -> problems.add(
        Diagnostic.warning(file.toString(), 0, 0, "file is not part of the catalog")
            .withHint("content files are site.yaml, channels.yaml, goals/*.yaml,"
                + " use-cases/*.yaml and events/*.yaml")));
  }

  private static boolean isKnownPlace(Path relative) {
    if (relative.getNameCount() == 1) {
      String name = relative.toString();
      return name.equals(SITE) || name.equals(CHANNELS);
    }
    if (relative.getNameCount() == 2) {
      String folder = relative.getName(0).toString();
      return folder.equals("goals") || folder.equals("use-cases") || folder.equals("events");
    }
    return false;
  }

  /**
   * Returns whether a file is a YAML file of the catalog. Hidden files, whose names start with a
   * dot, are left out: editors write lock and swap files such as {@code .#goal.yaml} beside the
   * file being edited.
   */
  static boolean isYaml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
  }

  /**
   * Reports a content file that is not a regular file, or a symbolic link that leads out of the
   * content folder, whose text would otherwise be read and quoted in messages.
   */
  private static boolean isSafe(Path file, Path realRoot, List<Diagnostic> problems)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      problems.add(
          Diagnostic.error(file.toString(), 0, 0, "content file is not a regular file")
              .withHint("replace it with a plain YAML file, or remove it"));
      return false;
    }
    Path real = file.toRealPath();
    if (!real.startsWith(realRoot)) {
      problems.add(
          Diagnostic.error(file.toString(), 0, 0,
                  "content file is a symbolic link to " + real + ", outside the content folder")
              .withHint("copy the file into the content folder"));
      return false;
    }
    return true;
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
