package io.github.ebmaven.localaws;

import java.util.Comparator;
import java.util.Map;

/** Identifies one option setting: namespace, option name and, for scheduled actions, a resource name. */
record OptionKey(String namespace, String optionName, String resourceName) implements Comparable<OptionKey> {
  private static final Comparator<OptionKey> ORDER = Comparator.comparing(OptionKey::namespace)
      .thenComparing(OptionKey::optionName)
      .thenComparing(k -> k.resourceName() == null ? "" : k.resourceName());

  static OptionKey of(String namespace, String optionName) {
    return new OptionKey(namespace, optionName, null);
  }

  static OptionKey from(Params p) {
    String resource = p.str("ResourceName");
    return new OptionKey(p.str("Namespace"), p.str("OptionName"), resource == null || resource.isEmpty() ? null : resource);
  }

  Map<String, Object> toXml(String value) {
    return Xml.obj("ResourceName", resourceName, "Namespace", namespace, "OptionName", optionName, "Value", value);
  }

  @Override
  public int compareTo(OptionKey o) {
    return ORDER.compare(this, o);
  }
}
