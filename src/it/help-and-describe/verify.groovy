import io.github.ebmaven.maven.PluginDescriptors

def log = new File(basedir, 'build.log').text
def describeStart = log.indexOf('--- help:3.5.1:describe')
assert describeStart > 0 : 'help:describe ran'
def flat = { String text -> text.replaceAll(/(?m)^\[INFO\] ?/, '').replaceAll(/\s+/, ' ') }
def help = flat(log.substring(0, describeStart))
def describe = flat(log.substring(describeStart))

// A few texts that lost their angle-bracket words before, whole in both.
[
  'The id of the target environment (one of environments) to work on. Property eb.target;',
  'Property eb.outputDirectory; default ${project.build.directory}/eb.',
  'the environment answers at PREFIX.REGION.elasticbeanstalk.com;',
  'Each environment element has an id, optionally branches (comma-separated git branches or globs',
  'default the environment name followed by -a and by -b (shop-env-a,shop-env-b).',
  'or full bundles saved as target/eb/logs/ENVIRONMENT/INSTANCE.zip (-Deb.logs=bundle).',
].each {
  assert help.contains(it) : "eb:help shows: $it"
  assert describe.contains(it) : "help:describe shows: $it"
}
assert !describe.contains('()') && !help.contains('()')

// Every goal, and every settable parameter of every goal with its whole description.
def goals = PluginDescriptors.goals(PluginDescriptors.PLUGIN_XML)
assert goals.size() >= 24
goals.each { goal ->
  assert help.contains("eb:${goal.name()} ") : "eb:help lists eb:${goal.name()}"
  assert describe.contains("eb:${goal.name()} ") : "help:describe lists eb:${goal.name()}"
  assert help.contains(flat(goal.description()).trim()) : "eb:help describes eb:${goal.name()}"
  if (goal.name() != 'help') { // the help goal's own text (-Dgoal=<goal-name>) is maven-plugin-plugin's
    assert describe.contains(flat(goal.description()).trim()) : "help:describe describes eb:${goal.name()}"
  }
  goal.parameters().findAll { it.editable() }.each { p ->
    def text = flat(p.description()).trim()
    assert help.contains(text) : "eb:help shows eb:${goal.name()} ${p.name()} whole"
    assert describe.contains(text) : "help:describe shows eb:${goal.name()} ${p.name()} whole"
  }
}
return true
