package io.github.swplugin.check.python;

import static org.assertj.core.api.Assertions.assertThat;

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
                """);
        assertThat(module.imports()).containsExactlyInAnyOrder("os", "urllib", "flask", "sanic", "grpc");
    }
}
