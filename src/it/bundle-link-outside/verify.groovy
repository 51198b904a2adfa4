def log = new File(basedir, 'build.log').text
assert log.contains("Refusing symbolic link 'site/shared' -> '../../../etc'")
assert log.contains('it points outside the bundle')
def out = new File(basedir, 'target/eb')
assert !out.exists() || !out.listFiles().any { it.name.endsWith('.zip') }
return true
