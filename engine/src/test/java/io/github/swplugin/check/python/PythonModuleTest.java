package io.github.swplugin.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PythonModuleTest {
    @Test
    void importsAreTheTopLevelPackagesOfAbsoluteImportStatements() {
        PythonModule module = PythonModule.of("""
                import os, urllib.request as r
                from flask.app import Flask
                from . import sibling
                from .services import provider

                def install():
                    from sanic import Sanic; import grpc
                    text = "import requests"  # not an import: a string
                    x = f(import_name='kafka')
                # import pymongo
                import  json ,\tyaml.loader\fas y
                from   celery.app\timport Celery
                """);
        assertThat(module.imports()).containsExactlyInAnyOrder("os", "urllib", "flask", "sanic", "grpc", "json", "yaml", "celery");
    }

    @Test
    void startupStringsAreTheLiteralsOutsideFunctionBodies() {
        PythonModule module = PythonModule.of("""
                BROKER = 'kafka-server:9092'

                class Handler:
                    route = '/users'

                    def do_GET(self):
                        requests.get('http://provider:9091/users')
                    # a comment less indented than the body ends nothing
                        def inner():
                            return 'redis'

                    async  def do_POST(self):
                        return \"""mongo\"""

                if __name__ == '__main__':
                    connect(host=r'mysql', url=f"http://{BROKER}/")
                """);
        assertThat(module.startupStrings()).extracting(PythonModule.StringLiteral::text)
                .containsExactly("kafka-server:9092", "/users", "__main__", "mysql", "http://{BROKER}/");
        assertThat(module.startupStrings().get(3)).isEqualTo(new PythonModule.StringLiteral("mysql", 16, 18));
    }

    @Test
    void tagValuesAreTheLiteralsATagClassIsBuiltOf() {
        PythonModule module = PythonModule.of("""
                span.tag(TagDbType('HBase'))
                span.tag(TagDbType( "HBase" ))
                span.tag(TagDbStatement(''))
                span.tag(TagDbStatement(statement))
                span.tag(TagCacheOp(f'{op}'))
                span.tag(TagMqTopic('a\\tb'))
                span.tag(TagMqQueue(rf'{queue}'))
                """);
        assertThat(module.tagValues()).containsEntry("TagDbType", Set.of("HBase")).containsEntry("TagDbStatement", null)
                .containsEntry("TagCacheOp", null).containsEntry("TagMqTopic", null).containsEntry("TagMqQueue", null).hasSize(5);
    }
}
