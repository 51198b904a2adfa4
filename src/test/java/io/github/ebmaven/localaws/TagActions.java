package io.github.ebmaven.localaws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** ListTagsForResource and UpdateTagsForResource on application, version and environment ARNs. */
final class TagActions {
  TagActions(EbEmulator eb) {
    // stateless: tags live in the region state
  }

  void register(Map<String, EbEmulator.Action> actions) {
    actions.put("ListTagsForResource", this::list);
    actions.put("UpdateTagsForResource", this::update);
  }

  /** Registers a new resource and the Tags given at its creation. */
  static void createTags(EbState state, String arn, Params params) {
    Map<String, String> tags = new TreeMap<>();
    if (params != null) {
      for (Params tag : params.structs("Tags")) {
        tags.put(tag.str("Key"), tag.str("Value", ""));
      }
    }
    state.tags.put(arn, tags);
  }

  private static Map<String, String> tagsOf(EbState state, String arn) {
    Map<String, String> tags = state.tags.get(arn);
    if (tags == null) {
      if (!arn.startsWith("arn:aws:elasticbeanstalk:")) {
        throw new EbError("ResourceTypeNotSupportedException", 400, "The type of the specified Amazon Resource Name"
            + " (ARN) isn't supported for this operation: " + arn);
      }
      throw new EbError("ResourceNotFoundException", 400, "Resource '" + arn + "' not found.");
    }
    return tags;
  }

  private Object list(EbEmulator.Call c) {
    String arn = c.params().str("ResourceArn");
    List<Object> out = new ArrayList<>();
    for (Map.Entry<String, String> t : tagsOf(c.state(), arn).entrySet()) {
      out.add(Xml.obj("Key", t.getKey(), "Value", t.getValue()));
    }
    return Xml.obj("ResourceArn", arn, "ResourceTags", out);
  }

  private Object update(EbEmulator.Call c) {
    Map<String, String> tags = tagsOf(c.state(), c.params().str("ResourceArn"));
    for (Params tag : c.params().structs("TagsToAdd")) {
      tags.put(tag.str("Key"), tag.str("Value", ""));
    }
    for (String key : c.params().strings("TagsToRemove")) {
      tags.remove(key);
    }
    return null;
  }
}
