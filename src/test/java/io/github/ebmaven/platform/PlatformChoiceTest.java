package io.github.ebmaven.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ebmaven.aws.PlatformVersion;
import io.github.ebmaven.report.EbException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Choosing a platform version from what ListPlatformVersions returns, named as EB names them. */
class PlatformChoiceTest {

  private static final String AL2023 = " running on 64bit Amazon Linux 2023";

  private static PlatformVersion candidate(String branch, String version, String lifecycle, String status) {
    return new PlatformVersion(
        "arn:aws:elasticbeanstalk:us-east-1::platform/" + branch + AL2023 + "/" + version,
        branch + AL2023, version, lifecycle, status);
  }

  private static PlatformVersion ready(String branch, String version, String lifecycle) {
    return candidate(branch, version, lifecycle, "Ready");
  }

  /** A catalogue shaped like EB's in us-east-1: several patches per branch, one deprecated and one retired branch. */
  private static final List<PlatformVersion> CATALOGUE = catalogue();

  private static List<PlatformVersion> catalogue() {
    List<PlatformVersion> all = new ArrayList<>();
    for (String branch : List.of("Python 3.13", "Python 3.12", "Python 3.11", "Corretto 21", "Corretto 17",
        "Tomcat 10 with Corretto 21", "Tomcat 10 with Corretto 17", "Tomcat 9 with Corretto 11", "Node.js 22",
        "Node.js 20", "Docker")) {
      for (String version : List.of("4.7.1", "4.7.3", "4.7.2", "4.6.10")) {
        all.add(ready(branch, version, "Supported"));
      }
    }
    all.add(ready("Python 3.9", "4.7.3", "Deprecated"));
    all.add(ready("Python 3.14", "4.8.0", "Deprecated"));
    all.add(ready("Python 3.8", "4.1.0", "Retired"));
    all.add(ready("Node.js 24", "6.9.0", "Retired"));
    all.add(candidate("Corretto 17", "4.8.0", "Beta", "Creating"));
    all.add(candidate("Python 3.11", "4.8.0", "Supported", "Failed"));
    return all;
  }

  private static String choose(String spec) throws EbException {
    return PlatformChoice.choose(spec, CATALOGUE).arn();
  }

  private static String arn(String branch, String version) {
    return "arn:aws:elasticbeanstalk:us-east-1::platform/" + branch + AL2023 + "/" + version;
  }

  @Test
  void friendlyNamesPickTheNewestPatchOfTheirBranch() throws EbException {
    assertThat(choose("python-3.11")).isEqualTo(arn("Python 3.11", "4.7.3"));
    assertThat(choose("corretto-17")).isEqualTo(arn("Corretto 17", "4.7.3"));
    assertThat(choose("node.js-20")).isEqualTo(arn("Node.js 20", "4.7.3"));
    assertThat(choose("docker")).isEqualTo(arn("Docker", "4.7.3"));
  }

  @Test
  void tomcatBranchesAreNamedWithoutTheWordWith() throws EbException {
    assertThat(choose("tomcat-10-corretto-17")).isEqualTo(arn("Tomcat 10 with Corretto 17", "4.7.3"));
    assertThat(choose("tomcat-9-corretto-11")).isEqualTo(arn("Tomcat 9 with Corretto 11", "4.7.3"));
    assertThat(choose("Tomcat 10 with Corretto 21")).isEqualTo(arn("Tomcat 10 with Corretto 21", "4.7.3"));
    assertThat(choose("tomcat")).isEqualTo(arn("Tomcat 10 with Corretto 21", "4.7.3"));
  }

  @Test
  void namesIgnoreCaseAndSpaces() throws EbException {
    assertThat(choose("  Python 3.11 ")).isEqualTo(arn("Python 3.11", "4.7.3"));
    assertThat(choose("NODE.JS-22")).isEqualTo(arn("Node.js 22", "4.7.3"));
  }

  @Test
  void withoutAVersionTheNewestSupportedBranchWins() throws EbException {
    // 3.13 beats 3.9 numerically (not as text); deprecated 3.14 and retired branches are passed over.
    assertThat(choose("python")).isEqualTo(arn("Python 3.13", "4.7.3"));
    assertThat(choose("corretto")).isEqualTo(arn("Corretto 21", "4.7.3"));
    assertThat(choose("node.js")).isEqualTo(arn("Node.js 22", "4.7.3"));
  }

  @Test
  void aDeprecatedBranchNamedExactlyIsStillUsable() throws EbException {
    assertThat(choose("python-3.9")).isEqualTo(arn("Python 3.9", "4.7.3"));
  }

  @Test
  void newestPatchComparesNumerically() throws EbException {
    List<PlatformVersion> versions = List.of(
        ready("Go 1", "4.9.2", "Supported"), ready("Go 1", "4.10.0", "Supported"), ready("Go 1", "4.9.10", "Supported"));
    assertThat(PlatformChoice.choose("go-1", versions).version()).isEqualTo("4.10.0");
  }

  @Test
  void retiredAndNotReadyVersionsAreExcluded() throws EbException {
    assertThatThrownBy(() -> choose("python-3.8"))
        .isInstanceOf(EbException.class)
        .hasMessageContaining("'python-3.8'");
    assertThatThrownBy(() -> choose("node.js-24")).isInstanceOf(EbException.class);
    // The Creating 4.8.0 of Corretto 17 and the Failed 4.8.0 of Python 3.11 are not chosen.
    assertThat(PlatformChoice.choose("corretto-17", CATALOGUE).version()).isEqualTo("4.7.3");
    assertThat(PlatformChoice.choose("python-3.11", CATALOGUE).version()).isEqualTo("4.7.3");
  }

  @Test
  void anUnknownNameListsThePlatformFamilies() {
    assertThatThrownBy(() -> choose("java-17"))
        .isInstanceOf(EbException.class)
        .hasMessageStartingWith("No Elastic Beanstalk platform matches eb.platform 'java-17'. Platforms here: ")
        .hasMessageContaining("python, ")
        .hasMessageContaining("corretto, ")
        .hasMessageContaining("tomcat-10-corretto")
        .hasMessageContaining("node.js")
        .hasMessageContaining("docker")
        .hasMessageContaining("eb:platforms lists every platform")
        .hasMessageNotContaining("python-3.8")
        .hasMessageNotContaining("node.js-24");
  }

  @Test
  void aMistypedNameGetsTheOneItWasMeantToBe() {
    assertThatThrownBy(() -> choose("pyhton-3.11"))
        .isInstanceOf(EbException.class)
        .hasMessage("No Elastic Beanstalk platform matches eb.platform 'pyhton-3.11'. Did you mean python-3.11? A full"
            + " solution stack name or a platform ARN is also accepted; eb:platforms lists every platform.");
  }

  @Test
  void friendlyNameOfABranch() {
    assertThat(ready("Python 3.11", "4.7.3", "Supported").friendlyName()).isEqualTo("python-3.11");
    assertThat(ready("Tomcat 10 with Corretto 17", "5.9.3", "Supported").friendlyName())
        .isEqualTo("tomcat-10-corretto-17");
    assertThat(ready(".NET 8 on AL2023", "3.6.3", "Supported").friendlyName()).isEqualTo(".net-8-on-al2023");
  }

  @Test
  void arnsAndSolutionStacksAreRecognised() {
    assertThat(PlatformChoice.isArn(arn("Python 3.11", "4.7.3"))).isTrue();
    assertThat(PlatformChoice.isArn("python-3.11")).isFalse();
    assertThat(PlatformChoice.isSolutionStack("64bit Amazon Linux 2023 v4.7.3 running Python 3.11")).isTrue();
    assertThat(PlatformChoice.isSolutionStack("32bit Amazon Linux 2014.03 v1.0.0 running Ruby 2.0")).isTrue();
    assertThat(PlatformChoice.isSolutionStack("Python 3.11 running on 64bit Amazon Linux 2023")).isFalse();
    assertThat(PlatformChoice.isSolutionStack("python-3.11")).isFalse();
  }
}
