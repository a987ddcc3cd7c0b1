package org.casebook.render;

/**
 * The location of a generated file in the site, and the relative prefix from it back to the site root.
 *
 * @param file the output path with {@code /} separators, such as {@code goals/a/index.html}
 */
record PagePath(String file) {
  /** Returns the page of a folder URL: {@code goals/a/} is written as {@code goals/a/index.html}. */
  static PagePath folder(String folder) {
    return new PagePath(folder.isEmpty() ? "index.html" : folder + "/index.html");
  }

  /** Returns the relative prefix from this page to the site root, {@code ./} at the top. */
  String root() {
    int depth = (int) file.chars().filter(c -> c == '/').count();
    return depth == 0 ? "./" : "../".repeat(depth);
  }

  /** Returns the URL path of the page as a reader sees it, without {@code index.html}. */
  String url() {
    return file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length())
        : file;
  }
}
