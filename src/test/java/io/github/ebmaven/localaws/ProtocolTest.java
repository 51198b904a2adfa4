package io.github.ebmaven.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.ElasticBeanstalkException;

/** Signature checks, model validation, Query parameter parsing and the error XML. */
class ProtocolTest {
  @Test
  void sigV4MatchesTheAwsSuiteVectorForGetVanilla() {
    // aws-sig-v4-test-suite "get-vanilla": secret wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, service "service".
    RequestHead head = new RequestHead("GET", "/", "HTTP/1.1",
        List.of("Host:example.amazonaws.com", "X-Amz-Date:20150830T123600Z"));
    SigV4.Authorization auth = SigV4.Authorization.parse("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/"
        + "service/aws4_request, SignedHeaders=host;x-amz-date, Signature=x");
    assertThat(SigV4.expectedSignature(head, new byte[0], auth, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
        .isEqualTo("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
  }

  @Test
  void paramsParseMembersAndEmptyLists() {
    Params p = Params.parseForm("Action=UpdateEnvironment&OptionSettings.member.2.OptionName=B"
        + "&OptionSettings.member.1.OptionName=A&OptionSettings.member.10.OptionName=C&OptionsToRemove=&Description=a+b");
    assertThat(p.structs("OptionSettings")).extracting(s -> s.str("OptionName")).containsExactly("A", "B", "C");
    assertThat(p.structs("OptionsToRemove")).isEmpty();
    assertThat(p.str("Description")).isEqualTo("a b");
  }

  @Test
  void modelValidationRefusesMissingAndOutOfEnumMembers() {
    ServiceModel model = ServiceModel.load();
    assertThatThrownBy(() -> model.validate("CreateApplication", Params.parseForm("Action=CreateApplication")))
        .isInstanceOfSatisfying(EbError.class, e -> assertThat(e.code).isEqualTo("MissingParameter"));
    assertThatThrownBy(() -> model.validate("RequestEnvironmentInfo", Params.parseForm("InfoType=everything")))
        .isInstanceOfSatisfying(EbError.class, e -> assertThat(e.getMessage()).contains("enum value set: [tail, bundle]"));
    assertThatThrownBy(() -> model.validate("DescribeEvents", Params.parseForm("MaxRecords=0")))
        .hasMessageContaining("greater than or equal to 1");
    model.validate("DescribeEvents", Params.parseForm("MaxRecords=5&Severity=WARN"));
  }

  @Test
  void everyActionOfTheIssueIsImplementedAndInTheModel() {
    try (EbEmulator eb = new EbEmulator(LocalAwsOptions.defaults(), null, null, new Faults(), new Calls())) {
      Set<String> required = Set.of("CreateStorageLocation", "CreateApplication", "DescribeApplications",
          "UpdateApplication", "DeleteApplication", "UpdateApplicationResourceLifecycle", "CreateApplicationVersion",
          "DescribeApplicationVersions", "DeleteApplicationVersion", "CheckDNSAvailability",
          "ListAvailableSolutionStacks", "ListPlatformVersions", "ListPlatformBranches", "DescribePlatformVersion",
          "CreateEnvironment", "DescribeEnvironments", "UpdateEnvironment", "TerminateEnvironment", "RestartAppServer",
          "RebuildEnvironment", "AbortEnvironmentUpdate", "SwapEnvironmentCNAMEs", "DescribeEvents",
          "DescribeEnvironmentHealth", "DescribeInstancesHealth", "DescribeEnvironmentResources",
          "DescribeConfigurationSettings", "DescribeConfigurationOptions", "ValidateConfigurationSettings",
          "RequestEnvironmentInfo", "RetrieveEnvironmentInfo", "ListTagsForResource", "UpdateTagsForResource",
          "CreateConfigurationTemplate", "UpdateConfigurationTemplate", "DeleteConfigurationTemplate",
          "DescribeAccountAttributes");
      for (String action : required) {
        assertThat(eb.model.hasOperation(action)).as(action).isTrue();
        assertThat(eb.implemented(action)).as(action).isTrue();
      }
    }
  }

  @Test
  void refusesUnsignedAndWronglySignedRequests() throws Exception {
    try (LocalAws aws = LocalAws.start(LocalAwsOptions.defaults())) {
      HttpResponse<String> unsigned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(aws.endpoint())
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("Action=DescribeApplications&Version=2010-12-01")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(unsigned.statusCode()).isEqualTo(403);
      assertThat(unsigned.body()).contains("<Code>MissingAuthenticationToken</Code>", "<RequestId>",
          "xmlns=\"http://elasticbeanstalk.amazonaws.com/docs/2010-12-01/\"");
      try (ElasticBeanstalkClient wrong = TestClients.eb(aws, "not-the-secret")) {
        assertThatThrownBy(wrong::describeApplications).isInstanceOfSatisfying(ElasticBeanstalkException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(403);
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
        });
      }
      assertThat(aws.calls().count("DescribeApplications")).isEqualTo(2);
    }
  }

  @Test
  void regionComesFromTheSignatureScope() {
    try (LocalAws aws = LocalAws.start(LocalAwsOptions.defaults());
        ElasticBeanstalkClient west = ElasticBeanstalkClient.builder().endpointOverride(aws.endpoint())
            .region(software.amazon.awssdk.regions.Region.EU_WEST_1)
            .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("test",
                "test"))
            .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build();
        ElasticBeanstalkClient east = TestClients.eb(aws)) {
      assertThat(west.createStorageLocation().s3Bucket()).isEqualTo("elasticbeanstalk-eu-west-1-000000000000");
      west.createApplication(r -> r.applicationName("west-only"));
      assertThat(east.describeApplications().applications()).isEmpty();
      assertThat(west.checkDNSAvailability(r -> r.cnamePrefix("abcd")).fullyQualifiedCNAME())
          .isEqualTo("abcd.eu-west-1.elasticbeanstalk.com");
    }
  }

  @Test
  void launcherReadsThePort() {
    assertThat(LocalAwsLauncher.parsePort(null)).isEqualTo(4566);
    assertThat(LocalAwsLauncher.parsePort("4600")).isEqualTo(4600);
    assertThatThrownBy(() -> LocalAwsLauncher.parsePort("http")).hasMessageContaining("eb.localaws.port");
    assertThatThrownBy(() -> Delays.named("slow")).hasMessageContaining("fast or realistic");
  }
}
