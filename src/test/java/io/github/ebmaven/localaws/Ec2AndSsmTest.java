package io.github.ebmaven.localaws;

import static io.github.ebmaven.localaws.TestEnvironments.option;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import software.amazon.awssdk.services.elasticbeanstalk.ElasticBeanstalkClient;
import software.amazon.awssdk.services.elasticbeanstalk.model.EnvironmentStatus;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * EC2 DescribeInstances/DescribeKeyPairs and SSM DescribeInstanceInformation/StartSession for the
 * instances behind the environments, read as the SDK's unmarshallers read them (EC2's element
 * names, SSM's JSON members).
 */
class Ec2AndSsmTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ITEM = "/DescribeInstancesResponse/reservationSet/item/instancesSet/item";
  private static TestEnvironments.Endpoint endpoint;
  private static LocalAws aws;
  private static ElasticBeanstalkClient eb;
  private static S3Client s3;
  private static String publicInstance;
  private static String privateInstance;

  @BeforeAll
  static void start() {
    endpoint = TestEnvironments.Endpoint.start(Delays.uniform(Duration.ofMillis(150)));
    aws = endpoint.aws();
    eb = endpoint.eb();
    s3 = endpoint.s3();
    TestClients.createInstanceProfile(aws, "ops-profile");
    TestEnvironments.version(eb, s3, "ops", "v1", Map.of("application.py", "v1"));
    TestEnvironments.version(eb, s3, "ops", "v2", Map.of("application.py", "v2", ".ebextensions/network.config",
        "option_settings:\n"
            + "  aws:ec2:vpc:\n    VPCId: vpc-0abc123\n    Subnets: subnet-0aaa, subnet-0bbb\n"
            + "    AssociatePublicIpAddress: false\n"
            + "  aws:autoscaling:launchconfiguration:\n    EC2KeyName: bundle-key\n"));
    TestEnvironments.create(eb, TestEnvironments.request("ops", "web-a", "v1",
        option(InstanceFacts.LAUNCH, "EC2KeyName", "ops-key"),
        option(InstanceFacts.LAUNCH, "SecurityGroups", "sg-0123456789abcdef0")));
    TestEnvironments.create(eb, TestEnvironments.request("ops", "web-b", "v2",
        option(InstanceFacts.LAUNCH, "IamInstanceProfile", "ops-profile")));
    publicInstance = instanceOf("web-a");
    privateInstance = instanceOf("web-b");
  }

  @AfterAll
  static void stop() {
    TestEnvironments.Endpoint.close(endpoint);
  }

  @AfterEach
  void defaults() {
    aws.ssm().reset();
  }

  private static String instanceOf(String environment) {
    return eb.describeEnvironmentResources(r -> r.environmentName(environment)).environmentResources().instances()
        .get(0).id();
  }

  private static Document describeInstances(String form) {
    SignedHttp.Reply reply = SignedHttp.ec2(aws, "DescribeInstances", form);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("text/xml");
    return SignedHttp.xml(reply.body());
  }

  private static void assertEc2Error(SignedHttp.Reply reply, int status, String code, String message) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    Document error = SignedHttp.xml(reply.body());
    assertThat(SignedHttp.text(error, "/Response/Errors/Error/Code")).isEqualTo(code);
    assertThat(SignedHttp.text(error, "/Response/Errors/Error/Message")).contains(message);
    assertThat(SignedHttp.text(error, "/Response/RequestID")).isNotBlank();
  }

  @Test
  void describeInstancesReportsTheInstanceOfAPublicEnvironment() {
    Document doc = describeInstances("InstanceId.1=" + publicInstance);
    assertThat(doc.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://ec2.amazonaws.com/doc/2016-11-15/");
    assertThat(SignedHttp.text(doc, "/DescribeInstancesResponse/requestId")).isNotBlank();
    assertThat(SignedHttp.text(doc, "/DescribeInstancesResponse/reservationSet/item/ownerId")).isEqualTo("000000000000");
    assertThat(SignedHttp.text(doc, ITEM + "/instanceId")).isEqualTo(publicInstance);
    assertThat(SignedHttp.text(doc, ITEM + "/instanceState/name")).isEqualTo("running");
    assertThat(SignedHttp.text(doc, ITEM + "/instanceState/code")).isEqualTo("16");
    assertThat(SignedHttp.text(doc, ITEM + "/privateIpAddress")).matches("172\\.31\\.\\d+\\.\\d+");
    String publicIp = SignedHttp.text(doc, ITEM + "/ipAddress");
    assertThat(publicIp).matches("3\\.\\d+\\.\\d+\\.\\d+");
    assertThat(SignedHttp.text(doc, ITEM + "/dnsName"))
        .isEqualTo("ec2-" + publicIp.replace('.', '-') + ".compute-1.amazonaws.com");
    assertThat(SignedHttp.text(doc, ITEM + "/privateDnsName")).endsWith(".ec2.internal");
    assertThat(SignedHttp.text(doc, ITEM + "/keyName")).isEqualTo("ops-key");
    assertThat(SignedHttp.text(doc, ITEM + "/iamInstanceProfile/arn"))
        .isEqualTo("arn:aws:iam::000000000000:instance-profile/aws-elasticbeanstalk-ec2-role");
    assertThat(SignedHttp.text(doc, ITEM + "/iamInstanceProfile/id")).startsWith("AIPA");
    assertThat(SignedHttp.text(doc, ITEM + "/vpcId")).startsWith("vpc-");
    assertThat(SignedHttp.text(doc, ITEM + "/subnetId")).startsWith("subnet-");
    assertThat(SignedHttp.text(doc, ITEM + "/instanceType")).isEqualTo("t3.micro");
    assertThat(SignedHttp.text(doc, ITEM + "/launchTime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(SignedHttp.texts(doc, ITEM + "/groupSet/item/groupId")).contains("sg-0123456789abcdef0").hasSize(2);
    assertThat(SignedHttp.text(doc, ITEM + "/tagSet/item[key='elasticbeanstalk:environment-name']/value"))
        .isEqualTo("web-a");
    assertThat(SignedHttp.text(doc, ITEM + "/networkInterfaceSet/item/association/publicIp")).isEqualTo(publicIp);
    assertThat(aws.calls().count("ec2:DescribeInstances")).isPositive();
  }

  @Test
  void aCustomVpcFromTheBundleMakesTheInstancePrivate() {
    Document doc = describeInstances("InstanceId.1=" + privateInstance);
    assertThat(SignedHttp.text(doc, ITEM + "/vpcId")).isEqualTo("vpc-0abc123");
    assertThat(SignedHttp.text(doc, ITEM + "/subnetId")).isEqualTo("subnet-0aaa");
    assertThat(SignedHttp.text(doc, ITEM + "/privateIpAddress")).startsWith("10.0.");
    assertThat(SignedHttp.texts(doc, ITEM + "/ipAddress")).isEmpty();
    assertThat(SignedHttp.text(doc, ITEM + "/dnsName")).isEmpty();
    assertThat(SignedHttp.text(doc, ITEM + "/keyName")).isEqualTo("bundle-key");
    assertThat(SignedHttp.text(doc, ITEM + "/iamInstanceProfile/arn")).endsWith(":instance-profile/ops-profile");
  }

  @Test
  void filtersSelectInstancesWithWildcards() {
    Document both = describeInstances("Filter.1.Name=tag%3Aelasticbeanstalk%3Aenvironment-name&Filter.1.Value.1=web-*"
        + "&Filter.2.Name=instance-state-name&Filter.2.Value.1=running");
    assertThat(SignedHttp.texts(both, ITEM + "/instanceId")).contains(publicInstance, privateInstance);
    Document byVpc = describeInstances("Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-0abc123");
    assertThat(SignedHttp.texts(byVpc, ITEM + "/instanceId")).containsExactly(privateInstance);
    Document none = describeInstances("Filter.1.Name=instance-state-name&Filter.1.Value.1=stopped");
    assertThat(SignedHttp.texts(none, "/DescribeInstancesResponse/reservationSet/item")).isEmpty();
    assertEc2Error(SignedHttp.ec2(aws, "DescribeInstances", "Filter.1.Name=colour&Filter.1.Value.1=red"), 400,
        "InvalidParameterValue", "The filter 'colour' is invalid");
  }

  @Test
  void pagesWithMaxResultsAndNextToken() {
    Document first = describeInstances("MaxResults=5");
    assertThat(SignedHttp.texts(first, "/DescribeInstancesResponse/nextToken")).isEmpty();
    Page<Integer> page = Page.of(List.of(1, 2, 3, 4, 5, 6, 7), 5, null, () -> null);
    assertThat(page.items()).containsExactly(1, 2, 3, 4, 5);
    assertThat(Page.of(List.of(1, 2, 3, 4, 5, 6, 7), 5, page.nextToken(), () -> null))
        .isEqualTo(new Page<>(List.of(6, 7), null));
    assertEc2Error(SignedHttp.ec2(aws, "DescribeInstances", "MaxResults=2"), 400, "InvalidParameterValue",
        "Value ( 2 ) for parameter maxResults is invalid");
    assertEc2Error(SignedHttp.ec2(aws, "DescribeInstances", "MaxResults=5&InstanceId.1=" + publicInstance), 400,
        "InvalidParameterCombination", "cannot be used with the parameter maxResults");
  }

  @Test
  void answersEc2sErrors() {
    assertEc2Error(SignedHttp.ec2(aws, "DescribeInstances", "InstanceId.1=i-0123456789abcdef0"), 400,
        "InvalidInstanceID.NotFound", "The instance ID 'i-0123456789abcdef0' does not exist");
    assertEc2Error(SignedHttp.ec2(aws, "DescribeInstances", "InstanceId.1=web-a"), 400, "InvalidInstanceID.Malformed",
        "Invalid id: \"web-a\"");
    assertEc2Error(SignedHttp.ec2(aws, "not-the-secret", "DescribeInstances", ""), 401, "AuthFailure",
        "AWS was not able to validate the provided access credentials");
    assertEc2Error(SignedHttp.ec2(aws, "RunInstances", "ImageId=ami-1"), 400, "InvalidAction",
        "The action RunInstances is not valid for this web service.");
    assertEc2Error(SignedHttp.ec2(aws, "DescribeInstances", "DryRun=true"), 412, "DryRunOperation",
        "Request would have succeeded");
    assertThat(aws.calls().count("ec2:RunInstances")).isEqualTo(1);
  }

  @Test
  void aTerminatedEnvironmentsInstanceIsTerminated() {
    TestEnvironments.version(eb, s3, "gone", "g1", Map.of("a", "1"));
    TestEnvironments.create(eb, TestEnvironments.request("gone", "gone-env", "g1"));
    String instance = instanceOf("gone-env");
    eb.terminateEnvironment(r -> r.environmentName("gone-env"));
    TestEnvironments.await(eb, "gone-env", EnvironmentStatus.TERMINATED);
    Document doc = describeInstances("InstanceId.1=" + instance);
    assertThat(SignedHttp.text(doc, ITEM + "/instanceState/name")).isEqualTo("terminated");
    assertThat(SignedHttp.text(doc, ITEM + "/instanceState/code")).isEqualTo("48");
    assertThat(SignedHttp.texts(doc, ITEM + "/privateIpAddress")).isEmpty();
    assertThat(SignedHttp.texts(doc, ITEM + "/ipAddress")).isEmpty();
    assertThat(SignedHttp.text(doc, ITEM + "/reason")).isEqualTo("User initiated");
  }

  @Test
  void describeKeyPairsListsTheKeysEnvironmentsUse() {
    SignedHttp.Reply reply = SignedHttp.ec2(aws, "DescribeKeyPairs", "");
    assertThat(reply.status()).isEqualTo(200);
    Document doc = SignedHttp.xml(reply.body());
    assertThat(SignedHttp.texts(doc, "/DescribeKeyPairsResponse/keySet/item/keyName"))
        .containsExactly("bundle-key", "ops-key");
    assertThat(SignedHttp.texts(doc, "/DescribeKeyPairsResponse/keySet/item/keyFingerprint"))
        .allMatch(f -> f.matches("([0-9a-f]{2}:){19}[0-9a-f]{2}"));
    Document one = SignedHttp.xml(SignedHttp.ec2(aws, "DescribeKeyPairs", "KeyName.1=ops-key").body());
    assertThat(SignedHttp.text(one, "/DescribeKeyPairsResponse/keySet/item/keyPairId")).startsWith("key-");
    assertEc2Error(SignedHttp.ec2(aws, "DescribeKeyPairs", "KeyName.1=laptop"), 400, "InvalidKeyPair.NotFound",
        "The key pair 'laptop' does not exist");
  }

  private static JsonNode ssm(String action, String json) throws Exception {
    SignedHttp.Reply reply = SignedHttp.ssm(aws, action, json);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    return JSON.readTree(reply.body());
  }

  private static List<String> managedIds() throws Exception {
    List<String> ids = new java.util.ArrayList<>();
    ssm("DescribeInstanceInformation", "{}").get("InstanceInformationList").forEach(i -> ids.add(i.get("InstanceId")
        .asText()));
    return ids;
  }

  @Test
  void instancesWithAnSsmCapableProfileAreManaged() throws Exception {
    JsonNode list = ssm("DescribeInstanceInformation", "{\"Filters\":[{\"Key\":\"InstanceIds\",\"Values\":[\""
        + publicInstance + "\"]}]}").get("InstanceInformationList");
    assertThat(list).hasSize(1);
    JsonNode info = list.get(0);
    assertThat(info.get("InstanceId").asText()).isEqualTo(publicInstance);
    assertThat(info.get("PingStatus").asText()).isEqualTo("Online");
    assertThat(info.get("LastPingDateTime").isNumber()).isTrue();
    assertThat(info.get("PlatformType").asText()).isEqualTo("Linux");
    assertThat(info.get("ResourceType").asText()).isEqualTo("EC2Instance");
    assertThat(info.get("IPAddress").asText()).startsWith("172.31.");
    assertThat(managedIds()).containsExactly(publicInstance);

    aws.ssm().ssmCapableProfile("ops-profile");
    assertThat(managedIds()).containsExactlyInAnyOrder(publicInstance, privateInstance);
    aws.ssm().managedInstances(SsmAgents.Mode.OFF);
    assertThat(managedIds()).isEmpty();
    JsonNode byTag = ssm("DescribeInstanceInformation", "{\"InstanceInformationFilterList\":[{\"key\":\"PingStatus\","
        + "\"valueSet\":[\"Online\"]}]}");
    assertThat(byTag.get("InstanceInformationList")).isEmpty();
  }

  @Test
  void controlPathSwitchesManagedInstances() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> on = http.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/_localaws/ssm"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"managedInstances\":\"on\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(JSON.readTree(on.body()).get("managedInstances").asText()).isEqualTo("on");
    assertThat(managedIds()).containsExactlyInAnyOrder(publicInstance, privateInstance);
    JsonNode byTag = ssm("DescribeInstanceInformation", "{\"Filters\":[{\"Key\":\"tag:elasticbeanstalk:environment-name\","
        + "\"Values\":[\"web-b\"]}],\"MaxResults\":5}");
    assertThat(byTag.get("InstanceInformationList").get(0).get("InstanceId").asText()).isEqualTo(privateInstance);
    assertThat(http.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/_localaws/ssm"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"managedInstances\":\"sometimes\"}")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    http.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/_localaws/ssm")).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(aws.ssm().managedInstances()).isEqualTo(SsmAgents.Mode.BY_PROFILE);
  }

  @Test
  void startSessionAnswersForManagedInstancesOnly() throws Exception {
    JsonNode session = ssm("StartSession", "{\"Target\":\"" + publicInstance + "\"}");
    String sessionId = session.get("SessionId").asText();
    assertThat(sessionId).startsWith("test-");
    assertThat(session.get("StreamUrl").asText())
        .isEqualTo("wss://ssmmessages.us-east-1.amazonaws.com/v1/data-channel/" + sessionId + "?role=publish_subscribe");
    assertThat(session.get("TokenValue").asText()).isNotBlank();
    assertThat(aws.ssm().sessions()).extracting(SsmAgents.Session::target).containsExactly(publicInstance);
    assertThat(ssm("TerminateSession", "{\"SessionId\":\"" + sessionId + "\"}").get("SessionId").asText())
        .isEqualTo(sessionId);
    assertThat(aws.ssm().sessions()).isEmpty();

    SignedHttp.Reply refused = SignedHttp.ssm(aws, "StartSession", "{\"Target\":\"" + privateInstance + "\"}");
    assertThat(refused.status()).isEqualTo(400);
    JsonNode error = JSON.readTree(refused.body());
    assertThat(error.get("__type").asText()).isEqualTo("TargetNotConnected");
    assertThat(error.get("message").asText()).isEqualTo(privateInstance + " is not connected.");
    assertThat(JSON.readTree(SignedHttp.ssm(aws, "StartSession", "{\"Target\":\"" + publicInstance
        + "\",\"DocumentName\":\"No-Such-Document\"}").body()).get("__type").asText()).isEqualTo("InvalidDocument");
  }

  @Test
  void answersSsmsErrors() throws Exception {
    assertThat(JSON.readTree(SignedHttp.ssm(aws, "test", "wrong", "DescribeInstanceInformation", "{}").body())
        .get("__type").asText()).isEqualTo("InvalidSignatureException");
    assertThat(JSON.readTree(SignedHttp.ssm(aws, "AKIDUNKNOWN", "test", "DescribeInstanceInformation", "{}").body())
        .get("__type").asText()).isEqualTo("UnrecognizedClientException");
    assertThat(JSON.readTree(SignedHttp.ssm(aws, "SendCommand", "{}").body()).get("__type").asText())
        .isEqualTo("UnknownOperationException");
    SignedHttp.Reply tooMany = SignedHttp.ssm(aws, "DescribeInstanceInformation", "{\"MaxResults\":100}");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("ValidationException", "less than or equal to 50");
    assertThat(JSON.readTree(SignedHttp.ssm(aws, "DescribeInstanceInformation", "{\"Filters\":[{\"Key\":\"Colour\","
        + "\"Values\":[\"red\"]}]}").body()).get("__type").asText()).isEqualTo("InvalidFilterKey");
    assertThat(aws.calls().count("ssm:SendCommand")).isEqualTo(1);
  }
}
