package io.github.ebmaven.localaws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ListTagsForResource and UpdateTagsForResource on application, version, template and environment
 * ARNs. Tags of an environment are tags of its resources too, so EB updates them as an
 * environment operation: the environment is Updating for a moment and the events "Environment tag
 * update started." and "Environment tag update completed successfully." (the text the EB CLI waits
 * for) carry the request id.
 */
final class TagActions {
  private static final int MAX_TAGS = 50;

  private final EbEmulator eb;

  TagActions(EbEmulator eb) {
    this.eb = eb;
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
    EbState state = c.state();
    String arn = c.params().str("ResourceArn");
    Map<String, String> tags = tagsOf(state, arn);
    EbState.Environment env = environmentOf(state, arn);
    if (env != null && (!"Ready".equals(env.status) || state.swapping.contains(env.id))) {
      throw new EbError("OperationInProgressFailure", 400, "Unable to perform the specified operation because another"
          + " operation that effects an element in this activity is already in progress.");
    }
    Map<String, String> updated = new TreeMap<>(tags);
    for (Params tag : c.params().structs("TagsToAdd")) {
      updated.put(tag.str("Key"), tag.str("Value", ""));
    }
    for (String key : c.params().strings("TagsToRemove")) {
      updated.remove(key);
    }
    if (updated.size() > MAX_TAGS) {
      throw new EbError("TooManyTagsException", 400, "The number of tags in the resource would exceed the number of"
          + " tags that each resource can have (" + MAX_TAGS + ").");
    }
    if (env == null) {
      tags.clear();
      tags.putAll(updated);
      return null;
    }
    env.status = "Updating";
    env.updated = c.now();
    Operation op = Operation.begin(eb, state, env, c.requestId());
    op.info("Environment tag update started.");
    op.at(eb.delays.eventSpacing().multipliedBy(2), () -> {
      tags.clear();
      tags.putAll(updated);
      op.info("Environment tag update completed successfully.");
      env.status = "Ready";
      env.updated = eb.now();
    });
    return null;
  }

  private static EbState.Environment environmentOf(EbState state, String arn) {
    String prefix = state.arn("environment/");
    if (!arn.startsWith(prefix)) {
      return null;
    }
    String[] parts = arn.substring(prefix.length()).split("/", 2);
    EbState.Environment env = parts.length == 2 ? state.liveEnvironment(parts[1]) : null;
    return env != null && env.application.equals(parts[0]) ? env : null;
  }
}
