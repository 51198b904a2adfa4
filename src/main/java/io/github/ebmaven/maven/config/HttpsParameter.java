package io.github.ebmaven.maven.config;

/** {@code <https>}: the certificate's ARN and whether port 80 redirects to HTTPS. */
public class HttpsParameter {
  private String certificateArn;
  private boolean redirectHttp;

  public HttpsParameter() {}

  public String getCertificateArn() {
    return certificateArn;
  }

  public boolean isRedirectHttp() {
    return redirectHttp;
  }
}
