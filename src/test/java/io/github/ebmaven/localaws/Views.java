package io.github.ebmaven.localaws;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;

/** EB's response shapes for the state model (ApplicationDescription, EnvironmentDescription, ...). */
final class Views {
  private Views() {}

  static Map<String, Object> defaultLifecycle() {
    return Xml.obj("VersionLifecycleConfig", Xml.obj(
        "MaxCountRule", Xml.obj("Enabled", false, "MaxCount", 200, "DeleteSourceFromS3", false),
        "MaxAgeRule", Xml.obj("Enabled", false, "MaxAgeInDays", 180, "DeleteSourceFromS3", false)));
  }

  static Map<String, Object> application(EbState state, EbState.Application app) {
    List<String> labels = new ArrayList<>(app.versions.keySet());
    java.util.Collections.reverse(labels);
    return Xml.obj("ApplicationArn", state.arn("application/" + app.name), "ApplicationName", app.name,
        "Description", app.description, "DateCreated", app.created, "DateUpdated", app.updated,
        "Versions", labels, "ConfigurationTemplates", new ArrayList<>(app.templates.keySet()),
        "ResourceLifecycleConfig", app.resourceLifecycle == null ? defaultLifecycle() : app.resourceLifecycle);
  }

  static Map<String, Object> version(EbState state, EbState.AppVersion v) {
    return Xml.obj("ApplicationVersionArn", state.arn("applicationversion/" + v.application + "/" + v.label),
        "ApplicationName", v.application, "Description", v.description, "VersionLabel", v.label,
        "SourceBundle", v.bucket == null ? null : Xml.obj("S3Bucket", v.bucket, "S3Key", v.key),
        "DateCreated", v.created, "DateUpdated", v.updated, "Status", v.status);
  }

  /** An EnvironmentDescription; {@code enhanced}: with the health status, not only the colour. */
  static Map<String, Object> environment(EbState state, EbState.Environment e, boolean enhanced) {
    boolean web = "WebServer".equals(e.tierName);
    return Xml.obj("EnvironmentName", e.name, "EnvironmentId", e.id, "ApplicationName", e.application,
        "VersionLabel", e.versionLabel, "SolutionStackName", e.solutionStack, "PlatformArn", e.platformArn,
        "Description", e.description,
        "EndpointURL", web && e.live() ? "awseb-" + e.id + "-AWSEBLoa-" + e.id.substring(2).toUpperCase()
            + "." + state.region + ".elb.amazonaws.com" : null,
        "CNAME", web ? e.cname : null, "DateCreated", e.created, "DateUpdated", e.updated, "Status", e.status,
        "AbortableOperationInProgress", e.abortable, "Health", e.health,
        "HealthStatus", enhanced ? e.healthStatus : null,
        "Tier", Xml.obj("Name", e.tierName, "Type", e.tierType, "Version", "1.0"),
        "EnvironmentLinks", List.of(),
        "EnvironmentArn", state.arn("environment/" + e.application + "/" + e.name));
  }

  static Map<String, Object> event(EbState.Event ev) {
    return Xml.obj("EventDate", ev.date(), "Message", ev.message(), "ApplicationName", ev.application(),
        "VersionLabel", ev.versionLabel(), "EnvironmentName", ev.environment(), "RequestId", ev.requestId(),
        "Severity", ev.severity());
  }

  /** Pages a list: returns the page and puts NextToken in {@code out} when more remain. */
  static <T> List<T> page(List<T> all, Integer maxRecords, String nextToken, int defaultMax, Map<String, Object> out) {
    int start = 0;
    if (nextToken != null && !nextToken.isEmpty()) {
      try {
        start = Integer.parseInt(new String(Base64.getUrlDecoder().decode(nextToken), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw EbError.invalidParameter("Invalid NextToken: " + nextToken);
      }
    }
    int max = maxRecords == null ? defaultMax : maxRecords;
    int end = Math.min(all.size(), start + max);
    List<T> page = start >= all.size() ? List.of() : new ArrayList<>(all.subList(start, end));
    if (end < all.size()) {
      out.put("NextToken", Base64.getUrlEncoder().withoutPadding()
          .encodeToString(Integer.toString(end).getBytes(StandardCharsets.UTF_8)));
    }
    return page;
  }

  static Map<String, Object> ordered() {
    return new LinkedHashMap<>();
  }
}
