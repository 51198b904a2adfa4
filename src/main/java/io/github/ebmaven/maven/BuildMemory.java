package io.github.ebmaven.maven;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.MavenSession;

/**
 * What the goals of one Maven build already showed the user. Keyed by the build's request, which
 * every goal of the build (and every module's copy of the session in a parallel build) shares;
 * weakly, so a daemon running many builds forgets finished ones.
 */
final class BuildMemory {

  private static final Map<Object, Set<String>> SHOWN = Collections.synchronizedMap(new WeakHashMap<>());

  private BuildMemory() {}

  /** The messages this build showed so far; a set of its own when there is no session (tests). */
  static Set<String> shown(MavenSession session) {
    Object build = session == null ? null : session.getRequest();
    if (build == null) {
      return ConcurrentHashMap.newKeySet();
    }
    return SHOWN.computeIfAbsent(build, key -> ConcurrentHashMap.newKeySet());
  }
}
