package io.github.ebmaven.config;

/**
 * Which target environment a build works on, and why.
 *
 * @param id the target's id, or null when none is selected and the common configuration applies
 * @param reason why: "selected by eb.target=production", "git branch main matches main"; null for none
 */
public record TargetSelection(String id, String reason) {

  public static final TargetSelection NONE = new TargetSelection(null, null);

  public boolean selected() {
    return id != null;
  }

  /** One line for the build log. */
  public String describe() {
    return selected()
        ? "Target environment " + id + " (" + reason + ")"
        : "No target environment selected: the common configuration applies (" + ConfigKey.TARGET.example("<id>")
            + " selects one)";
  }
}
