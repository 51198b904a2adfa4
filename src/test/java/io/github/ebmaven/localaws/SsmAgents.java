package io.github.ebmaven.localaws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which instances Systems Manager reports as managed, and the sessions opened to them. By default
 * an instance is managed when its instance profile is SSM-capable (the default
 * {@code aws-elasticbeanstalk-ec2-role}, whose managed policies let the SSM agent register);
 * {@link Mode#ON} and {@link Mode#OFF} override that for every instance. Thread-safe.
 */
public final class SsmAgents {
  /** How an instance's SSM registration is decided. */
  public enum Mode {
    /** Managed when the instance profile is one of {@link #ssmCapableProfiles()}. */
    BY_PROFILE,
    /** Every running instance is managed. */
    ON,
    /** No instance is managed (no agent, or no permission). */
    OFF;

    /** {@code by-profile}, {@code on} or {@code off}, as the control path spells them. */
    static Mode parse(String value) {
      return switch (value == null ? "" : value.trim().toLowerCase(Locale.ROOT)) {
        case "by-profile" -> BY_PROFILE;
        case "on", "true" -> ON;
        case "off", "false" -> OFF;
        default -> throw new IllegalArgumentException("managedInstances must be on, off or by-profile, not '"
            + value + "'");
      };
    }

    String spelled() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** An open Session Manager session. */
  public record Session(String sessionId, String target, String documentName, String region, Instant started) { }

  static final String DEFAULT_PROFILE = "aws-elasticbeanstalk-ec2-role";

  private Mode mode = Mode.BY_PROFILE;
  private final Set<String> capableProfiles = new TreeSet<>(Set.of(DEFAULT_PROFILE));
  private final Map<String, Session> sessions = new LinkedHashMap<>();

  SsmAgents() {}

  public synchronized SsmAgents managedInstances(Mode mode) {
    this.mode = java.util.Objects.requireNonNull(mode, "mode");
    return this;
  }

  public synchronized Mode managedInstances() {
    return mode;
  }

  /** Adds instance profiles (names) whose instances register with SSM under {@link Mode#BY_PROFILE}. */
  public synchronized SsmAgents ssmCapableProfile(String... profiles) {
    capableProfiles.addAll(List.of(profiles));
    return this;
  }

  /** Replaces the SSM-capable instance profiles (an empty list: none is). */
  public synchronized SsmAgents ssmCapableProfiles(Collection<String> profiles) {
    capableProfiles.clear();
    capableProfiles.addAll(profiles);
    return this;
  }

  public synchronized Set<String> ssmCapableProfiles() {
    return Set.copyOf(capableProfiles);
  }

  /** Whether an instance with this instance profile (a name; null for none) is managed. */
  public synchronized boolean managed(String instanceProfileName) {
    return switch (mode) {
      case ON -> true;
      case OFF -> false;
      case BY_PROFILE -> instanceProfileName != null && capableProfiles.contains(instanceProfileName);
    };
  }

  /** The sessions started and not terminated, oldest first. */
  public synchronized List<Session> sessions() {
    return new ArrayList<>(sessions.values());
  }

  synchronized void opened(Session session) {
    sessions.put(session.sessionId(), session);
  }

  synchronized void terminated(String sessionId) {
    sessions.remove(sessionId);
  }

  /** Back to the defaults: by profile, only the default profile, no sessions. */
  public synchronized void reset() {
    mode = Mode.BY_PROFILE;
    capableProfiles.clear();
    capableProfiles.add(DEFAULT_PROFILE);
    sessions.clear();
  }

  synchronized Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("managedInstances", mode.spelled());
    out.put("ssmCapableProfiles", new ArrayList<>(capableProfiles));
    List<Map<String, Object>> open = new ArrayList<>();
    for (Session s : sessions.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sessionId", s.sessionId());
      m.put("target", s.target());
      m.put("documentName", s.documentName());
      m.put("region", s.region());
      m.put("started", s.started().toString());
      open.add(m);
    }
    out.put("sessions", open);
    return out;
  }
}
