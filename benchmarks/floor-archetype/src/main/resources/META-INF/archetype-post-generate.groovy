println "generated ${request.artifactId}"
