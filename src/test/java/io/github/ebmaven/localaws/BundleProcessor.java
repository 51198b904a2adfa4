package io.github.ebmaven.localaws;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Processes a source bundle as EB does when an application version is created with
 * {@code Process=true} or deployed: the bundle must be a zip of at most 500 MB and every
 * {@code .ebextensions/*.config} must parse as YAML or JSON. Collects the option settings the
 * configuration files declare.
 */
final class BundleProcessor {
  static final long MAX_BUNDLE_BYTES = 500L * 1024 * 1024;

  /** The outcome: {@code failure} is EB's message, null on success. */
  record Result(String failure, Map<OptionKey, String> optionSettings) {
    boolean ok() {
      return failure == null;
    }
  }

  private BundleProcessor() {}

  static Result tooLarge(String label, long size) {
    return new Result("Application version " + label + " is " + size
        + " bytes, above the maximum source bundle size of 500 MB.", Map.of());
  }

  /** Processes a version's bundle from S3; used at creation with Process=true and at deployment. */
  static Result fromS3(S3Backend s3, EbState.AppVersion version, long knownSize) {
    if (version.bucket == null) {
      return new Result(null, Map.of());
    }
    long size = knownSize >= 0 ? knownSize : s3.size(version.bucket, version.key);
    if (size < 0) {
      return new Result("Unable to download from S3 location (Bucket: " + version.bucket + "  Key: "
          + version.key + "). Reason: Not Found", Map.of());
    }
    if (size > MAX_BUNDLE_BYTES) {
      return tooLarge(version.label, size);
    }
    return process(version.label, s3.read(version.bucket, version.key));
  }

  static Result process(String label, byte[] bundle) {
    if (bundle.length > MAX_BUNDLE_BYTES) {
      return tooLarge(label, bundle.length);
    }
    if (!looksLikeZip(bundle)) {
      return new Result("Unable to process application version " + label
          + ": the source bundle is not a valid ZIP file.", Map.of());
    }
    Map<String, String> configs = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
        if (!entry.isDirectory() && name.startsWith(".ebextensions/") && name.endsWith(".config")
            && name.indexOf('/', ".ebextensions/".length()) < 0) {
          configs.put(name, new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (ZipException e) {
      return new Result("Unable to process application version " + label
          + ": the source bundle is not a valid ZIP file.", Map.of());
    } catch (IOException e) {
      return new Result("Unable to process application version " + label + ": " + e.getMessage(), Map.of());
    }
    Map<OptionKey, String> settings = new TreeMap<>();
    for (Map.Entry<String, String> config : configs.entrySet()) {
      Object document;
      try {
        document = new Yaml(new SafeConstructor(new LoaderOptions())).load(config.getValue());
      } catch (RuntimeException yamlError) {
        try {
          document = new ObjectMapper().readValue(config.getValue(), Object.class);
        } catch (IOException jsonError) {
          return new Result("The configuration file " + config.getKey() + " in application version " + label
              + " contains invalid YAML or JSON. YAML exception: Invalid Yaml: " + oneLine(yamlError.getMessage())
              + ", JSON exception: Invalid JSON: " + oneLine(jsonError.getMessage()) + ". Update the configuration file.",
              Map.of());
        }
      }
      if (document != null && !(document instanceof Map)) {
        return new Result("The configuration file " + config.getKey() + " in application version " + label
            + " contains invalid YAML or JSON. YAML exception: Invalid Yaml: the top level must be a mapping"
            + ", JSON exception: Invalid JSON: the top level must be an object. Update the configuration file.", Map.of());
      }
      if (document instanceof Map<?, ?> map) {
        collectOptionSettings(map.get("option_settings"), settings);
      }
    }
    return new Result(null, settings);
  }

  private static void collectOptionSettings(Object optionSettings, Map<OptionKey, String> out) {
    if (optionSettings instanceof Map<?, ?> byNamespace) {
      for (Map.Entry<?, ?> ns : byNamespace.entrySet()) {
        if (ns.getValue() instanceof Map<?, ?> options) {
          for (Map.Entry<?, ?> option : options.entrySet()) {
            out.put(OptionKey.of(String.valueOf(ns.getKey()), String.valueOf(option.getKey())), str(option.getValue()));
          }
        }
      }
    } else if (optionSettings instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> m && m.get("option_name") != null) {
          String namespace = m.get("namespace") == null ? OptionCatalog.ENV_PROPERTIES : str(m.get("namespace"));
          String resource = m.get("resource_name") == null ? null : str(m.get("resource_name"));
          out.put(new OptionKey(namespace, str(m.get("option_name")), resource), str(m.get("value")));
        }
      }
    }
  }

  private static String str(Object value) {
    return value == null ? "" : String.valueOf(value);
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }

  static boolean looksLikeZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
        && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
  }
}
