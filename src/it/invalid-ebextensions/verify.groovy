def log = new File(basedir, 'build.log').text
assert log =~ /\.ebextensions\/01-broken\.config:\d+:\d+/
assert log.contains('.ebextensions/02-typo.config')
assert log.contains('aws:elasticbeanstalk:container:pyhton')
assert log.contains('aws:elasticbeanstalk:container:python')
def out = new File(basedir, 'target/eb')
assert !out.exists() || !out.listFiles().any { it.name.endsWith('.zip') }
return true
