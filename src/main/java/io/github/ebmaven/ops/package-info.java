/**
 * The operational goals that read or adjust a running environment (status, health, events, logs,
 * open, config, printenv, setenv). Core code: no Maven types; every AWS call goes through {@link
 * io.github.ebmaven.aws.Beanstalk}, output through a {@link io.github.ebmaven.report.Reporter}.
 */
package io.github.ebmaven.ops;
