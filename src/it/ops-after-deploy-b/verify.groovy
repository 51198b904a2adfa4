import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient
import software.amazon.awssdk.regions.Region
import software.amazon.awssdk.services.s3.S3Client
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request

def log = new File(basedir, 'build.log').text
def time = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/

// eb:platforms -Deb.platform=python: an aligned table with lifecycle states
assert log =~ /\[INFO\] PLATFORM \(eb\.platform\)  STATE       NEWEST VERSION  BRANCH/
assert log =~ /\[INFO\] python-3\.13             supported   4\.7\.3           Python 3\.13 running on 64bit Amazon Linux 2023/
assert log =~ /\[INFO\] python-3\.9              deprecated  4\.7\.3           Python 3\.9 running on 64bit Amazon Linux 2023/
assert log.contains('-Deb.platform=python picks python-3.13 4.7.3 (Python 3.13 running on 64bit Amazon Linux 2023)')
assert !(log =~ /\[INFO\] corretto-17 /)

// eb:versions: newest first, marking where each runs
assert log =~ /\[INFO\] LABEL +CREATED \(UTC\) +STATUS +RUNNING IN +DESCRIPTION +SOURCE BUNDLE/
assert log =~ /\[INFO\] v-green +${time} +Processed +ops-green +Version v-green +s3:\/\/\S+\/ops-shop\/v-green\.zip/
assert log =~ /\[INFO\] old-1 +${time} +Processed +- +Version old-1 +s3:\/\/\S+\/ops-shop\/old-1\.zip/
assert log.contains('4 versions of ops-shop, 2 running in an environment.')

// eb:clean: the plan, a dry run, then the deletion of what no environment runs
assert log =~ /\[INFO\] old-2 +${time} +would delete +beyond the newest 1 +s3:/
assert log =~ /\[INFO\] v-blue +${time} +keep +runs in ops-blue +s3:/
assert log.contains('Dry run: would delete 2 of 4 versions of ops-shop with their S3 bundles, keeping 2. Run with -Deb.dryRun=false to delete them.')
assert log =~ /Deleted version old-1 and s3:\/\/\S+\/ops-shop\/old-1\.zip/
assert log.contains('Deleted 2 versions of ops-shop with their S3 bundles; 2 kept.')

// eb:swap: the CNAMEs exchanged, the new mapping printed
def before = new Properties()
new File(basedir, 'cnames-before.properties').withInputStream { before.load(it) }
assert log.contains("Swapping CNAMEs: ops-blue (${before['ops-blue']}) <-> ops-green (${before['ops-green']})")
assert log =~ /${time}  INFO  Completed swapping CNAMEs for environments 'ops-blue' and 'ops-green'\./
assert log.contains("  ops-blue   ->  ${before['ops-green']}  (Ready, health Green, runs v-blue)")
assert log.contains("  ops-green  ->  ${before['ops-blue']}  (Ready, health Green, runs v-green)")

// eb:restart of green: its events, then Ready
assert log =~ /Restarting the application server of ops-green \(request \S+\)/
assert log =~ /${time}  INFO  restartAppServer completed successfully\./
assert log =~ /Environment ops-green is Ready, health Green \(Ok\), runs v-green: http:\/\/\S+/

def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir)).counts
assert calls['ListPlatformBranches'] == 1
assert calls['DeleteApplicationVersion'] == 2
assert calls['SwapEnvironmentCNAMEs'] == 1
assert calls['RestartAppServer'] == 1

def region = new JsonSlurper().parseText(InvokerEndpoint.state(basedir)).regions['us-east-1']
def environments = region.environments.collectEntries { [(it.EnvironmentName): it] }
assert environments['ops-blue'].CNAME == before['ops-green']
assert environments['ops-green'].CNAME == before['ops-blue']
assert environments.values().every { it.Status == 'Ready' }
def app = region.applications.find { it.ApplicationName == 'ops-shop' }
assert app.ApplicationVersions*.VersionLabel.toSet() == ['v-blue', 'v-green'] as Set

// The deleted versions' bundles are gone from S3; the deployed ones stay.
def s3 = S3Client.builder().endpointOverride(InvokerEndpoint.endpointOf(basedir)).region(Region.US_EAST_1)
    .forcePathStyle(true).httpClient(UrlConnectionHttpClient.create())
    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create('test', 'test'))).build()
def keys = s3.listObjectsV2(ListObjectsV2Request.builder().bucket(region.storageBuckets[0]).build()).contents()*.key()
s3.close()
assert keys.toSet() == ['ops-shop/v-blue.zip', 'ops-shop/v-green.zip'] as Set
return true
