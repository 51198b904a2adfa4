package io.github.ebmaven.localaws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** ListAvailableSolutionStacks, ListPlatformVersions, ListPlatformBranches, DescribePlatformVersion. */
final class PlatformActions {
  private final EbEmulator eb;

  PlatformActions(EbEmulator eb) {
    this.eb = eb;
  }

  void register(Map<String, EbEmulator.Action> actions) {
    actions.put("ListAvailableSolutionStacks", this::solutionStacks);
    actions.put("ListPlatformVersions", this::platformVersions);
    actions.put("ListPlatformBranches", this::platformBranches);
    actions.put("DescribePlatformVersion", this::describePlatformVersion);
  }

  private Object solutionStacks(EbEmulator.Call c) {
    List<Object> names = new ArrayList<>();
    List<Object> details = new ArrayList<>();
    for (PlatformCatalog.Platform p : eb.platforms.latest()) {
      if ("Retired".equals(p.branchLifecycle())) {
        continue; // EB offers no new environments on a retired branch
      }
      names.add(p.solutionStackName());
      details.add(Xml.obj("SolutionStackName", p.solutionStackName(), "PermittedFileTypes", p.fileTypes()));
    }
    return Xml.obj("SolutionStacks", names, "SolutionStackDetails", details);
  }

  private Object platformVersions(EbEmulator.Call c) {
    String region = c.state().region;
    List<Object> matching = new ArrayList<>();
    for (PlatformCatalog.Platform p : eb.platforms.all()) {
      boolean keep = true;
      for (Params filter : c.params().structs("Filters")) {
        String type = filter.str("Type");
        Function<PlatformCatalog.Platform, String> attribute = switch (type == null ? "" : type) {
          case "PlatformName" -> x -> x.branchName();
          case "PlatformVersion" -> PlatformCatalog.Platform::version;
          case "PlatformStatus" -> x -> "Ready";
          case "PlatformBranchName" -> PlatformCatalog.Platform::branchName;
          case "PlatformLifecycleState" -> x -> x.recommended() ? "Recommended" : "";
          case "PlatformOwner" -> x -> "AWSElasticBeanstalk";
          case "SupportedTier" -> x -> "WebServer/Standard,Worker/SQS/HTTP";
          case "SupportedAddon" -> x -> "Log/S3,Monitoring/Healthd,WorkerDaemon/SQSD";
          case "ProgrammingLanguageName" -> PlatformCatalog.Platform::language;
          case "OperatingSystemName" -> x -> "Amazon Linux";
          default -> throw EbError.invalidParameter("Invalid filter type: " + type);
        };
        keep &= matches(attribute.apply(p), filter.str("Operator", "="), filter.strings("Values"),
            "PlatformVersion".equals(type));
      }
      if (keep) {
        matching.add(p.summary(region));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> page = Views.page(matching, c.params().integer("MaxRecords"), c.params().str("NextToken"), 1000, out);
    Map<String, Object> result = Xml.obj("PlatformSummaryList", page);
    result.putAll(out);
    return result;
  }

  private Object platformBranches(EbEmulator.Call c) {
    Map<String, PlatformCatalog.Platform> branches = new LinkedHashMap<>();
    for (PlatformCatalog.Platform p : eb.platforms.latest()) {
      branches.putIfAbsent(p.branchName(), p);
    }
    List<Object> matching = new ArrayList<>();
    for (PlatformCatalog.Platform p : branches.values()) {
      boolean keep = true;
      for (Params filter : c.params().structs("Filters")) {
        String attribute = filter.str("Attribute");
        String value = switch (attribute == null ? "" : attribute) {
          case "LifecycleState" -> p.branchLifecycle();
          case "PlatformName" -> p.platformName();
          case "BranchName" -> p.branchName();
          case "TierType" -> "WebServer/Standard,Worker/SQS/HTTP";
          default -> throw EbError.invalidParameter("Invalid filter attribute: " + attribute);
        };
        keep &= matches(value, filter.str("Operator", "="), filter.strings("Values"), false);
      }
      if (keep) {
        matching.add(Xml.obj("PlatformName", p.platformName(), "BranchName", p.branchName(), "LifecycleState",
            p.branchLifecycle(), "BranchOrder", 1, "SupportedTierList",
            List.of("WebServer/Standard", "Worker/SQS/HTTP")));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> page = Views.page(matching, c.params().integer("MaxRecords"), c.params().str("NextToken"), 1000, out);
    Map<String, Object> result = Xml.obj("PlatformBranchSummaryList", page);
    result.putAll(out);
    return result;
  }

  static boolean matches(String actual, String operator, List<String> values, boolean version) {
    for (String v : values) {
      boolean hit = switch (operator) {
        case "=" -> actual.equals(v);
        case "!=" -> !actual.equals(v);
        case "contains" -> actual.contains(v);
        case "begins_with" -> actual.startsWith(v);
        case "ends_with" -> actual.endsWith(v);
        case "<", "<=", ">", ">=" -> {
          int cmp = version ? PlatformCatalog.compareVersions(actual, v) : actual.compareTo(v);
          yield switch (operator) {
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            default -> cmp >= 0;
          };
        }
        default -> throw EbError.invalidParameter("Invalid filter operator: " + operator);
      };
      if (hit) {
        return true;
      }
    }
    return values.isEmpty();
  }

  private Object describePlatformVersion(EbEmulator.Call c) {
    String arn = c.params().str("PlatformArn");
    if (arn == null) {
      throw EbError.missingParameter("PlatformArn");
    }
    PlatformCatalog.Platform p = eb.platforms.byArn(arn, c.state().region);
    if (p == null) {
      throw EbError.invalidParameter("No Platform named '" + arn + "' found.");
    }
    return Xml.obj("PlatformDescription", p.description(c.state().region));
  }
}
