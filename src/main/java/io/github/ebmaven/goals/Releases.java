package io.github.ebmaven.goals;

import io.github.ebmaven.bundle.BundleResult;
import io.github.ebmaven.config.ConfigKey;
import io.github.ebmaven.config.Configuration;
import io.github.ebmaven.config.Origin;
import io.github.ebmaven.config.Overrides;
import io.github.ebmaven.extensions.OptionSetting;
import io.github.ebmaven.lifecycle.CreationSettings;
import io.github.ebmaven.lifecycle.DeployRequest;
import io.github.ebmaven.lifecycle.DeploymentRecord;
import io.github.ebmaven.release.EnvironmentPair;
import io.github.ebmaven.release.InactiveSettings;
import io.github.ebmaven.release.ReleaseRequest;
import io.github.ebmaven.release.SmokeTester;
import io.github.ebmaven.release.Strategy;
import io.github.ebmaven.report.EbException;
import java.net.URI;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads and checks the settings of a release (strategy, pair, smoke tests, inactive settings,
 * promotion), before any AWS call, into the plain values the {@code release} operations take.
 */
final class Releases {

  private final GoalContext context;
  private final Configuration config;

  Releases(GoalContext context) {
    this.context = context;
    this.config = context.config();
  }

  Strategy strategy() throws EbException {
    return strategy(config);
  }

  private static Strategy strategy(Configuration config) throws EbException {
    return Strategy.of(config.choice(ConfigKey.STRATEGY, Strategy.spellings()));
  }

  /** The two environments of a {@code blue-green} or {@code blue-only} target; null {@code in-place}. */
  EnvironmentPair pair() throws EbException {
    return pair(config);
  }

  private static EnvironmentPair pair(Configuration config) throws EbException {
    Strategy strategy = strategy(config);
    if (!strategy.paired()) {
      return null;
    }
    String live = config.text(ConfigKey.CNAME_PREFIX);
    if (live == null) {
      throw new EbException(
          "The " + strategy.spelling() + " strategy needs the CNAME users reach: set " + ConfigKey.CNAME_PREFIX.mention()
              + ", for example " + ConfigKey.CNAME_PREFIX.example("shop") + " for shop.<region>.elasticbeanstalk.com.");
    }
    List<String> names = config.list(ConfigKey.ENVIRONMENT_PAIR);
    if (names.isEmpty()) {
      names = List.of(config.environment() + "-a", config.environment() + "-b");
    }
    if (names.size() != 2 || names.get(0).equals(names.get(1))) {
      throw new EbException(
          ConfigKey.ENVIRONMENT_PAIR.mention() + " must name two different environments, comma-separated, for example "
              + ConfigKey.ENVIRONMENT_PAIR.example("shop-blue,shop-green") + ".");
    }
    String idle = config.text(ConfigKey.IDLE_CNAME_PREFIX);
    idle = idle == null ? live + "-idle" : idle;
    if (idle.equalsIgnoreCase(live)) {
      throw new EbException(
          ConfigKey.IDLE_CNAME_PREFIX.mention() + " is the live CNAME prefix '" + live + "'; the idle environment needs its own,"
              + " for example " + ConfigKey.IDLE_CNAME_PREFIX.example(live + "-idle") + ".");
    }
    return new EnvironmentPair(names.get(0), names.get(1), live, idle);
  }

  /** The smoke tests and where their requests go. */
  SmokeTester.Checks checks() throws EbException {
    String endpoint = config.text(ConfigKey.APP_ENDPOINT);
    if (!endpoint.contains("{cname}")) {
      throw new EbException(
          ConfigKey.APP_ENDPOINT.mention() + " '" + endpoint + "' has no {cname}, where the tested environment's CNAME goes:"
              + " write it like http://{cname} or http://127.0.0.1:4566/_app/{cname}.");
    }
    try {
      URI sample = URI.create(endpoint.replace("{cname}", "shop.us-east-1.elasticbeanstalk.com"));
      if (!List.of("http", "https").contains(String.valueOf(sample.getScheme())) || sample.getHost() == null) {
        throw new IllegalArgumentException("not an HTTP URL");
      }
    } catch (IllegalArgumentException e) {
      throw new EbException(
          ConfigKey.APP_ENDPOINT.mention() + " '" + endpoint + "' is not an HTTP URL: write it like http://{cname} or"
              + " https://{cname}.");
    }
    return new SmokeTester.Checks(config.smokeTests(), endpoint);
  }

  /**
   * How a new environment is created: tier, platform, creation settings and tags.
   *
   * @param inBundle the option settings the bundle carries, which the creation defaults never override
   */
  ReleaseRequest.Launch launch(List<OptionSetting> inBundle) throws EbException {
    return new ReleaseRequest.Launch(
        config.choice(ConfigKey.TIER, List.of("WebServer", "Worker")), config.platform(),
        CreationSettings.of(config.text(ConfigKey.ENVIRONMENT_TYPE), config.text(ConfigKey.LOAD_BALANCER_TYPE),
            config.creationOptionSettings(), inBundle, config.text(ConfigKey.INSTANCE_PROFILE),
            config.text(ConfigKey.SERVICE_ROLE)),
        new TreeMap<>(config.tags()));
  }

  /**
   * The inactive settings, with the values they are taken back to: what the POM sets through the
   * API (creation settings, and its option settings with {@code eb.updateSettings}) or else in
   * {@code .ebextensions}.
   */
  InactiveSettings inactive(List<OptionSetting> pomSettings, boolean updateSettings) throws EbException {
    List<OptionSetting> creation = config.creationOptionSettings();
    List<OptionSetting> viaApi = updateSettings ? Overrides.optionSettings(creation, pomSettings) : creation;
    return new InactiveSettings(config.inactiveSettings(), Overrides.optionSettings(pomSettings, viaApi), viaApi);
  }

  /** Where {@code eb.promoteFrom} takes the version from, or null. */
  ReleaseRequest.Source promoteFrom() throws EbException {
    String from = config.text(ConfigKey.PROMOTE_FROM);
    if (from == null) {
      return null;
    }
    if (from.equals(config.target().id())) {
      throw new EbException(
          ConfigKey.PROMOTE_FROM.mention() + " names " + from + ", the target this build deploys to. Name the one whose"
              + " version to take, for example " + ConfigKey.PROMOTE_FROM.example("staging") + ".");
    }
    if (!config.targetIds().contains(from)) {
      if (!strategy().paired() && from.equals(config.environment())) {
        throw new EbException(
            ConfigKey.PROMOTE_FROM.mention() + " names " + from + ", the environment this build deploys to. Name another"
                + " target or environment.");
      }
      return new ReleaseRequest.Source(from, from, null);
    }
    Configuration source = config.forTarget(from);
    Configuration.Resolved application = source.resolved(ConfigKey.APPLICATION_NAME);
    if (application.origin() == Origin.TARGET && !application.value().equals(config.application())) {
      throw new EbException(
          "Target " + from + " belongs to application " + source.application() + ", this build deploys to " + config.application()
              + ": versions are promoted within one application. Give both targets the same " + ConfigKey.APPLICATION_NAME.mention() + ".");
    }
    EnvironmentPair pair = pair(source);
    return new ReleaseRequest.Source(from, pair == null ? source.environment() : null, pair);
  }

  /** Builds the bundle a release ships, or gives null when it ships an existing version. */
  @FunctionalInterface
  interface Bundling {
    BundleResult build() throws EbException;
  }

  /**
   * The whole release request of this goal; every setting is checked before the bundle is built.
   *
   * @param existing an existing version to release, or null
   * @param source where a promoted version comes from, or null
   */
  ReleaseRequest request(Bundling bundling, String existing, ReleaseRequest.Source source) throws EbException {
    Strategy strategy = strategy();
    EnvironmentPair pair = pair();
    boolean waitForResult = config.flag(ConfigKey.WAIT);
    if (strategy.paired() && !waitForResult) {
      throw new EbException(
          ConfigKey.WAIT.example("false") + " cannot be used with the " + strategy.spelling() + " strategy: the smoke tests"
              + " and the swap need Elastic Beanstalk's verdict. Drop " + ConfigKey.WAIT.mention() + ".");
    }
    boolean updateSettings = config.flag(ConfigKey.UPDATE_SETTINGS);
    SmokeTester.Checks checks = checks();
    if (strategy.paired()) {
      launch(List.of());
    }
    List<OptionSetting> pomSettings = context.pomOptionSettings();
    InactiveSettings inactive = strategy.paired() ? inactive(pomSettings, updateSettings) : InactiveSettings.NONE;
    var health = config.acceptedHealth();
    var timeout = config.timeout();
    var resultFile = context.outputDirectory().resolve(DeploymentRecord.FILE_NAME);
    BundleResult bundle = bundling.build();
    ReleaseRequest.Launch launch =
        strategy.paired() ? launch(bundle == null ? pomSettings : context.bundleOptionSettings()) : null;
    DeployRequest deploy =
        new DeployRequest(
            config.application(), config.environment(), bundle, existing, pomSettings, updateSettings, waitForResult,
            health, timeout, resultFile);
    return new ReleaseRequest(strategy, pair, deploy, launch, checks, inactive, source);
  }
}
