def it = evaluate(new File(itSupport))
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
// the invoker's own settings, as it interpolates them: the case's repository serves the generator
def settings = new File(basedir, '../conversation-settings.xml')
settings.text = new File(new File(itSupport).parentFile, 'settings.xml').text
        .replace('@localRepositoryUrl@', localRepositoryPath.toURI().toString())
def result = it.run(basedir, ['python3', new File(basedir, 'conversation.py').absolutePath, mvn, '-o', '-s', settings.absolutePath,
        "-Dmaven.repo.local=${localRepositoryPath}".toString(), 'org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate',
        '-DarchetypeCatalog=local', '-DarchetypeGroupId=io.github.swplugin', '-DarchetypeArtifactId=swplugin-archetype',
        "-DarchetypeVersion=${pluginVersion}".toString()])
assert result.code == 0: "the conversation did not go as a user's would:\n${result.output}"
// the answers, the changed ones included, are what landed
assert new File(basedir, 'skywalking/plugins/sw_clickhouse.py').text.contains("'>=3.10': ['0.2.*', '0.3.*']")
assert new File(basedir, 'skywalking/__init__.py').text.contains('ClickhouseDriver = 7020')
assert new File(basedir, 'pyproject.toml').text.contains('clickhouse-driver')
assert new File(basedir, 'tests/plugin/data/sw_clickhouse/docker-compose.yml').text.contains('clickhouse/clickhouse-server')
// no raw regular expression was ever shown
assert !result.output.contains('should match expression')
true  // invoker treats any other last value as a failure
