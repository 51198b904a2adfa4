package io.github.ebmaven.aws;

import io.github.ebmaven.report.Mention;

/** What to do about the AWS errors a user can fix, appended to AWS's own message. */
final class Hints {

  private Hints() {}

  /** A sentence starting with a space, or the empty string when there is nothing to add. */
  static String of(String action, String errorCode, String message) {
    if (message != null && (message.startsWith("No Solution Stack named") || message.startsWith("No Platform named"))) {
      return " The platform version is retired (retired branches take no new environments) or mistyped: set "
          + Mention.setting("eb.platform") + " to a friendly name such as python-3.11, which resolves to the newest"
          + " supported version (" + Mention.goal("platforms") + " lists them).";
    }
    return switch (errorCode) {
      case "TooManyApplicationVersionsException" ->
          " Delete old versions with " + Mention.goal("clean") + ", or make " + Mention.goal("init") + " keep fewer with "
              + Mention.setting("eb.maxVersions") + ".";
      case "InsufficientPrivilegesException" ->
          "CreateStorageLocation".equals(action)
              ? " These credentials may not create Elastic Beanstalk's storage bucket (s3:CreateBucket): name an"
                  + " existing bucket with " + Mention.setting("eb.bucket") + ", or have the permission granted."
              : " These credentials lack a permission Elastic Beanstalk needs for " + action + "; have it granted.";
      case "S3LocationNotInServiceRegionException" ->
          " The bundle's bucket is in another region: set " + Mention.setting("eb.bucket") + " to a bucket in "
              + Mention.setting("eb.region") + ", or leave it unset to use Elastic Beanstalk's own.";
      case "Throttling", "ThrottlingException" ->
          " Elastic Beanstalk kept throttling this account's requests for a minute (its limits are shared by every"
              + " pipeline of the account): run the goal again later.";
      default -> "";
    };
  }
}
