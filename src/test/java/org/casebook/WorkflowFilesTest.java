package org.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Checks the GitHub Actions workflows that test the project and publish its site. */
class WorkflowFilesTest {
  private static final Path WORKFLOWS = Path.of(".github", "workflows");

  @Test
  void ciRunsOnPullRequests() throws IOException {
    Map<String, Object> ci = load("ci.yml");

    assertThat(map(ci, "on")).containsKey("pull_request");
    assertThat(map(ci, "jobs")).hasSize(1);
  }

  @Test
  void ciVerifiesChecksAndUploadsSite() throws IOException {
    Map<String, Object> job = onlyJob(load("ci.yml"));
    List<Map<String, Object>> steps = steps(job);

    assertThat(uses(steps)).containsExactly(
        "actions/checkout@v4", "actions/setup-java@v4", "actions/upload-artifact@v4");
    assertThat(runs(steps)).containsSubsequence(
        "mvn -B verify",
        "java -jar target/casebook.jar build",
        "java -jar target/casebook.jar check site");
    assertJava17WithMavenCache(step(steps, "actions/setup-java@v4"));
    assertThat(map(step(steps, "actions/upload-artifact@v4"), "with"))
        .containsEntry("path", "site");
  }

  @Test
  void pagesRunsOnMainAndByHand() throws IOException {
    Map<String, Object> on = map(load("pages.yml"), "on");

    assertThat(on).containsKeys("push", "workflow_dispatch");
    assertThat(list(map(on, "push"), "branches")).containsExactly("main");
  }

  @Test
  void pagesHasDeployPermissionsAndConcurrency() throws IOException {
    Map<String, Object> pages = load("pages.yml");

    assertThat(map(pages, "permissions")).containsExactlyInAnyOrderEntriesOf(
        Map.of("contents", "read", "pages", "write", "id-token", "write"));
    assertThat(map(pages, "concurrency")).containsEntry("group", "pages");
    assertThat(map(pages, "concurrency")).containsEntry("cancel-in-progress", false);
  }

  @Test
  void pagesBuildsWithPagesBaseUrl() throws IOException {
    Map<String, Object> build = map(map(load("pages.yml"), "jobs"), "build");
    List<Map<String, Object>> steps = steps(build);

    assertThat(uses(steps)).containsExactly("actions/checkout@v4", "actions/setup-java@v4",
        "actions/configure-pages@v5", "actions/upload-pages-artifact@v3");
    assertJava17WithMavenCache(step(steps, "actions/setup-java@v4"));
    assertThat(step(steps, "actions/configure-pages@v5")).containsEntry("id", "pages");
    assertThat(runs(steps)).contains(
        "java -jar target/casebook.jar build --base-url \"${{ steps.pages.outputs.base_url }}\"");
    assertThat(map(step(steps, "actions/upload-pages-artifact@v3"), "with"))
        .containsEntry("path", "site");
  }

  @Test
  void pagesDeploysAfterBuild() throws IOException {
    Map<String, Object> deploy = map(map(load("pages.yml"), "jobs"), "deploy");
    List<Map<String, Object>> steps = steps(deploy);

    assertThat(deploy).containsEntry("needs", "build");
    assertThat(map(deploy, "environment")).containsEntry("name", "github-pages");
    assertThat(map(deploy, "environment"))
        .containsEntry("url", "${{ steps.deployment.outputs.page_url }}");
    assertThat(uses(steps)).containsExactly("actions/deploy-pages@v4");
    assertThat(step(steps, "actions/deploy-pages@v4")).containsEntry("id", "deployment");
  }

  private static void assertJava17WithMavenCache(Map<String, Object> setupJava) {
    Map<String, Object> with = map(setupJava, "with");
    assertThat(with).containsEntry("distribution", "temurin");
    assertThat(String.valueOf(with.get("java-version"))).isEqualTo("17");
    assertThat(with).containsEntry("cache", "maven");
  }

  private static Map<String, Object> load(String name) throws IOException {
    String text = Files.readString(WORKFLOWS.resolve(name));
    Object document = new Load(LoadSettings.builder().build()).loadFromString(text);
    assertThat(document).as(name).isInstanceOf(Map.class);
    return cast(document);
  }

  private static Map<String, Object> onlyJob(Map<String, Object> workflow) {
    Map<String, Object> jobs = map(workflow, "jobs");
    assertThat(jobs).hasSize(1);
    return cast(jobs.values().iterator().next());
  }

  private static List<Map<String, Object>> steps(Map<String, Object> job) {
    return list(job, "steps").stream().map(WorkflowFilesTest::<Map<String, Object>>cast).toList();
  }

  private static Map<String, Object> step(List<Map<String, Object>> steps, String uses) {
    return steps.stream().filter(step -> uses.equals(step.get("uses"))).findFirst().orElseThrow();
  }

  private static List<Object> uses(List<Map<String, Object>> steps) {
    return steps.stream().filter(step -> step.containsKey("uses")).map(step -> step.get("uses"))
        .toList();
  }

  private static List<Object> runs(List<Map<String, Object>> steps) {
    return steps.stream().filter(step -> step.containsKey("run")).map(step -> step.get("run"))
        .toList();
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    assertThat(parent).containsKey(key);
    assertThat(parent.get(key)).as(key).isInstanceOf(Map.class);
    return cast(parent.get(key));
  }

  private static List<Object> list(Map<String, Object> parent, String key) {
    assertThat(parent).containsKey(key);
    assertThat(parent.get(key)).as(key).isInstanceOf(List.class);
    return cast(parent.get(key));
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }
}
