package org.casebook.site;

import java.util.List;
import org.casebook.diag.Diagnostic;

/**
 * Summary of a successful build.
 *
 * @param pages HTML pages written
 * @param files all files written, pages included
 * @param links internal links checked
 * @param warnings problems that did not stop the build, sorted
 * @param nanos wall time of the build
 */
public record BuildResult(int pages, int files, int links, List<Diagnostic> warnings, long nanos) {}
