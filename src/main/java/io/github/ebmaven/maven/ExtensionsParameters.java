package io.github.ebmaven.maven;

import io.github.ebmaven.extensions.AutoScalingHealthCheck;
import io.github.ebmaven.extensions.Command;
import io.github.ebmaven.extensions.ContainerCommand;
import io.github.ebmaven.extensions.ExtensionFile;
import io.github.ebmaven.extensions.ExtensionsConfig;
import io.github.ebmaven.extensions.Https;
import io.github.ebmaven.extensions.Nginx;
import io.github.ebmaven.extensions.StaticFile;
import io.github.ebmaven.maven.config.CommandParameter;
import io.github.ebmaven.maven.config.ContainerCommandParameter;
import io.github.ebmaven.maven.config.FileParameter;
import io.github.ebmaven.maven.config.OptionSettingParameter;
import io.github.ebmaven.maven.config.StaticFileParameter;
import io.github.ebmaven.report.EbException;
import java.util.List;
import java.util.Map;

/**
 * The structured {@code .ebextensions} parameters of a bundle goal as the core's {@link
 * ExtensionsConfig}. The shortcuts that have a property ({@code instanceTypes}, {@code ipv6},
 * ...) are left to the core, which resolves them with the command line's precedence.
 */
final class ExtensionsParameters {

  private ExtensionsParameters() {}

  static ExtensionsConfig of(AbstractBundleMojo mojo) throws EbException {
    ExtensionsConfig.Builder builder = ExtensionsConfig.builder();
    List<OptionSettingParameter> settings = AbstractBundleMojo.listOrEmpty(mojo.optionSettings);
    for (int i = 0; i < settings.size(); i++) {
      builder.optionSetting(settings.get(i).toOptionSetting("<optionSettings>/<optionSetting>[" + (i + 1) + "]"));
    }
    if (mojo.environmentVariables != null) {
      for (Map.Entry<String, String> variable : mojo.environmentVariables.entrySet()) {
        builder.environmentVariable(variable.getKey(), variable.getValue());
      }
    }
    for (ContainerCommandParameter command : AbstractBundleMojo.listOrEmpty(mojo.containerCommands)) {
      builder.containerCommand(
          new ContainerCommand(
              blankToNull(command.getName()), command.getCommand(), command.getLeaderOnly(), blankToNull(command.getCwd()),
              blankToNull(command.getTest()), command.getIgnoreErrors(), command.getEnv()));
    }
    for (CommandParameter command : AbstractBundleMojo.listOrEmpty(mojo.commands)) {
      builder.command(
          new Command(
              blankToNull(command.getName()), command.getCommand(), blankToNull(command.getCwd()), blankToNull(command.getTest()),
              command.getIgnoreErrors(), command.getEnv()));
    }
    for (FileParameter file : AbstractBundleMojo.listOrEmpty(mojo.files)) {
      builder.file(
          new ExtensionFile(
              blankToNull(file.getPath()), file.getContent(), blankToNull(file.getMode()), blankToNull(file.getOwner()),
              blankToNull(file.getGroup())));
    }
    for (StaticFileParameter staticFile : AbstractBundleMojo.listOrEmpty(mojo.staticFiles)) {
      builder.staticFile(new StaticFile(blankToNull(staticFile.getUrlPath()), blankToNull(staticFile.getDirectory())));
    }
    if (mojo.autoScalingHealthCheck != null) {
      builder.autoScalingHealthCheck(
          new AutoScalingHealthCheck(blankToNull(mojo.autoScalingHealthCheck.getType()), mojo.autoScalingHealthCheck.getGracePeriod()));
    }
    if (mojo.https != null) {
      builder.https(
          new Https(
              required(mojo.https.getCertificateArn(), "<https>", "certificateArn", "the ARN of an ACM certificate"),
              mojo.https.isRedirectHttp()));
    }
    if (mojo.nginx != null) {
      builder.nginx(new Nginx(mojo.nginx.getGzip()));
    }
    if (mojo.vpc != null) {
      builder.vpc(mojo.vpc.toVpc());
    }
    if (mojo.waf != null) {
      builder.waf(mojo.waf.toWaf());
    }
    if (mojo.cloudWatch != null) {
      builder.cloudWatch(mojo.cloudWatch.toCloudWatch());
    }
    if (mojo.maintenance != null) {
      builder.maintenance(mojo.maintenance.toMaintenance());
    }
    return builder.resources(mojo.resources).build();
  }

  private static String required(String value, String where, String element, String example) throws EbException {
    if (value == null || value.isBlank()) {
      throw new EbException(where + ": <" + element + "> is missing; set it, " + example + ".");
    }
    return value.trim();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
