/**
 * Operational goals on applications and environments that already exist: listing platforms and
 * versions, cleaning up old versions, swapping CNAMEs, restarting, rebuilding and aborting. No
 * Maven types here; the mojos in {@code io.github.ebmaven.maven} make one call each.
 */
package io.github.ebmaven.maintenance;
