package io.github.ebmaven.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ebmaven.testing.RecordingReporter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed guide's Django traps are warnings, and the seed's own way around each passes. */
class DjangoHintsTest {

  private static final String ACTIVATE = "source $(find /var/app/venv/ -name activate) && ";
  private static final String SETTINGS = "testapp/settings/production.py";

  private static InMemoryBundle django(String production) {
    return new InMemoryBundle()
        .with("manage.py", "os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"testapp.settings.production\")\n")
        .with("testapp/__init__.py", "")
        .with("testapp/wsgi.py", "application = None\n")
        .with("testapp/settings/__init__.py", "")
        .with("testapp/settings/base.py", "STATIC_URL = \"/static/\"\nSTATIC_ROOT = BASE_DIR / \"static\"\n")
        .with(SETTINGS, production);
  }

  private static ExtensionsConfig.Builder seed() {
    return ExtensionsConfig.builder()
        .wsgiPath("testapp.wsgi:application")
        .staticFile(new StaticFile("/static", "static"))
        .containerCommand(new ContainerCommand("collectstatic", ACTIVATE + "python manage.py collectstatic --noinput"));
  }

  private static List<String> warnings(ExtensionsConfig config, InMemoryBundle bundle) throws ExtensionsException {
    RecordingReporter reporter = new RecordingReporter();
    new EbExtensions(config, ValidationMode.ERROR, reporter).prepare(bundle);
    return reporter.warnings;
  }

  @Test
  void fixedAllowedHostsFailTheLoadBalancersHealthCheck() throws Exception {
    assertThat(warnings(seed().build(), django("from .base import *\nALLOWED_HOSTS = [\".elasticbeanstalk.com\"]\n")))
        .containsExactly(SETTINGS + ": ALLOWED_HOSTS lists fixed host names, but the load balancer's health check sends the instance's"
            + " private IP address as Host, so Django answers 400 (DisallowedHost) and the environment turns Severe. Add the instance's"
            + " private IP when the settings load (instance metadata local-ipv4, read with an IMDSv2 token).");
  }

  @Test
  void theSeedsMetadataSnippetAWildcardOrASingleInstancePass() throws Exception {
    InMemoryBundle withSnippet = django("ALLOWED_HOSTS = [\".elasticbeanstalk.com\"]\nALLOWED_HOSTS.append(instance_ip())\n")
        .with("testapp/settings/ebutils.py", "requests.get(\"http://instance-data/latest/meta-data/local-ipv4\", timeout=1)\n");
    assertThat(warnings(seed().build(), withSnippet)).isEmpty();
    assertThat(warnings(seed().build(), django("ALLOWED_HOSTS = ['*']\n"))).isEmpty();
    assertThat(warnings(seed().build(), django("ALLOWED_HOSTS = os.environ['HOSTS'].split(',')\n"))).isEmpty();
    assertThat(warnings(seed().target(new TargetEnvironment(null, "SingleInstance", null)).build(), django("ALLOWED_HOSTS = ['shop.example.com']\n")))
        .isEmpty();
  }

  @Test
  void metadataWithoutATokenBreaksOnceImdsV1IsDisabled() throws Exception {
    InMemoryBundle withSnippet = django("ALLOWED_HOSTS = [\".elasticbeanstalk.com\"]\n")
        .with("testapp/settings/ebutils.py", "requests.get(\"http://instance-data/latest/meta-data/local-ipv4\", timeout=1)\n");
    ExtensionsConfig imdsV2Only = seed().optionSetting(new OptionSetting("aws:autoscaling:launchconfiguration", "DisableIMDSv1", "true")).build();

    assertThat(warnings(imdsV2Only, withSnippet))
        .singleElement()
        .asString()
        .startsWith(SETTINGS + " reads instance metadata without an IMDSv2 token, but aws:autoscaling:launchconfiguration DisableIMDSv1 is"
            + " true, so the metadata service answers 401");
    InMemoryBundle withToken = withSnippet.with("testapp/settings/token.py", "requests.put(\"http://169.254.169.254/latest/api/token\")\n");
    assertThat(warnings(imdsV2Only, withToken)).isEmpty();
  }

  @Test
  void staticRootAndTheMappingMustBeTheSameFolder() throws Exception {
    InMemoryBundle bundle = django("ALLOWED_HOSTS = ['*']\nSTATIC_ROOT = os.path.join(BASE_DIR, 'staticfiles')\n");

    assertThat(warnings(seed().build(), bundle))
        .containsExactly(SETTINGS + ": STATIC_ROOT ends in 'staticfiles', but <staticFiles>/<staticFile>[1] maps /static to folder 'static',"
            + " so collectstatic writes where the proxy does not look and the static files answer 404. Make them the same folder.");
  }

  @Test
  void staticUrlAndTheMappingsPathMustAgree() throws Exception {
    InMemoryBundle bundle = django("ALLOWED_HOSTS = ['*']\n").with("testapp/settings/base.py", "STATIC_URL = '/assets/'\nSTATIC_ROOT = BASE_DIR / 'static'\n");

    assertThat(warnings(seed().build(), bundle))
        .containsExactly("testapp/settings/base.py: STATIC_URL is '/assets/', but <staticFiles>/<staticFile>[1] serves the static files at"
            + " /static, so the pages link to files the proxy does not serve. Use the same path.");
  }

  @Test
  void collectedStaticFilesWithoutAMappingAnswer404() throws Exception {
    ExtensionsConfig config = ExtensionsConfig.builder()
        .containerCommand(new ContainerCommand("collectstatic", ACTIVATE + "python manage.py collectstatic --noinput")).build();

    assertThat(warnings(config, django("ALLOWED_HOSTS = ['*']\n")))
        .singleElement().asString()
        .startsWith("testapp/settings/base.py: collectstatic gathers static files into STATIC_ROOT 'static', but no static files mapping serves them");
  }

  @Test
  void aLogFileCreatedByRootDuringContainerCommandsIsNotWritableByTheApp() throws Exception {
    String production = "ALLOWED_HOSTS = ['*']\nLOGGING = {'handlers': {'file': {'class': 'logging.FileHandler', 'filename': '/var/log/app/django.log'}}}\n";
    ExtensionsConfig migrate = seed().containerCommand(new ContainerCommand("migrate", ACTIVATE + "python manage.py migrate --noinput")).build();

    assertThat(warnings(migrate, django(production)))
        .containsExactly(SETTINGS + ": the logging handler writes /var/log/app/django.log, and container commands run manage.py as root, so the"
            + " first of them creates that file owned by root and the application (user webapp on Amazon Linux 2 and 2023) then cannot"
            + " write it (PermissionError). Create the file for webapp first, for example a command: mkdir -p /var/log/app &&"
            + " touch /var/log/app/django.log && chown webapp:webapp /var/log/app/django.log");
    ExtensionsConfig prepared = seed().command(new Command("log_folder", "mkdir -p /var/log/app && chown -R webapp:webapp /var/log/app")).build();
    assertThat(warnings(prepared, django(production))).isEmpty();
  }

  @Test
  void theSeedsAmazonLinuxAmiLogCommandsFailOnNewerPlatforms() throws Exception {
    ExtensionsConfig config = seed()
        .command(new Command("change_log_permissions", "chmod g+s /opt/python/log"))
        .command(new Command("change_logs_owner", "chown root:wsgi /opt/python/log"))
        .target(new TargetEnvironment("python-3.11", null, null))
        .build();

    List<String> warnings = warnings(config, django("ALLOWED_HOSTS = ['*']\n"));

    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0))
        .isEqualTo("<commands>/<command>[1]: /opt/python/log and the wsgi user exist only on the Amazon Linux AMI platforms; on platform"
            + " 'python-3.11' (Amazon Linux 2 or 2023) the folder does not exist, so the command fails and the deployment with it. Log to"
            + " a folder you create for the webapp user instead: mkdir -p /var/log/app && chown webapp:webapp /var/log/app");
    assertThat(warnings.get(1)).startsWith("<commands>/<command>[2]: /opt/python/log and the wsgi user");
    // Without a known platform the plugin cannot tell, and says nothing.
    assertThat(warnings(config.toBuilder().target(TargetEnvironment.UNKNOWN).build(), django("ALLOWED_HOSTS = ['*']\n"))).isEmpty();
  }

  @Test
  void projectsThatAreNotDjangoAreLeftAlone() throws Exception {
    InMemoryBundle flask = new InMemoryBundle().with("application.py", "ALLOWED_HOSTS = ['x']\n");

    assertThat(warnings(ExtensionsConfig.builder().wsgiPath("application:application").build(), flask)).isEmpty();
  }
}
