def it = evaluate(new File(itSupport))
it.copySample(basedir)
it.replace(basedir, 'tests/plugin/data/sw_redis/expected.data.yml', 'componentId: 7\n', 'componentID: 7\n')
def pom = { String artifact, String parent, String body ->
    """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  ${parent}
  <groupId>test</groupId>
  <artifactId>${artifact}</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  ${body}
</project>
"""
}
new File(basedir, 'pom.xml').text = pom('root', '', """<modules><module>module-a</module><module>module-b</module></modules>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.swplugin</groupId>
        <artifactId>swplugin-maven-plugin</artifactId>
        <version>${pluginVersion}</version>
        <executions><execution><goals><goal>validate</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>""")
['module-a', 'module-b'].each { name ->
    new File(basedir, name).mkdirs()
    new File(basedir, "${name}/pom.xml").text = pom(name, '<parent><groupId>test</groupId><artifactId>root</artifactId><version>1</version></parent>', '')
}
true  // invoker treats any other last value as a failed setup
