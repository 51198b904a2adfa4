package io.github.ebmaven.aws;

/**
 * A platform branch as ListPlatformBranches reports it.
 *
 * @param platformName the platform family, such as {@code Python} or {@code Tomcat}
 * @param branchName such as {@code Python 3.11 running on 64bit Amazon Linux 2023}
 * @param lifecycleState as EB spells it: {@code Beta}, {@code Supported}, {@code Deprecated} or
 *     {@code Retired}
 */
public record PlatformBranch(String platformName, String branchName, String lifecycleState) {}
