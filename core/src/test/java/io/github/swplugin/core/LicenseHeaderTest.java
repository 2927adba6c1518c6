package io.github.swplugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The three header wordings found in skywalking-python, in the comment styles it uses. */
class LicenseHeaderTest {
    private static String hashComment(String text) {
        return "#\n" + text.lines().map(l -> l.isEmpty() ? "#" : "# " + l).reduce((a, b) -> a + "\n" + b).orElse("") + "\n#\n";
    }

    @Test
    void shortLineAsfWording() {
        assertThat(LicenseHeader.present(hashComment(LicenseHeader.TEXT) + "\nimport os\n")).isTrue();
    }

    @Test
    void longLineTemplateWordingWithToYou() {
        String text = """
                Licensed to the Apache Software Foundation (ASF) under one
                or more contributor license agreements.  See the NOTICE file
                distributed with this work for additional information
                regarding copyright ownership.  The ASF licenses this file
                to you under the Apache License, Version 2.0 (the
                "License"); you may not use this file except in compliance
                with the License.  You may obtain a copy of the License at

                  http://www.apache.org/licenses/LICENSE-2.0

                Unless required by applicable law or agreed to in writing,
                software distributed under the License is distributed on an
                "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
                KIND, either express or implied.  See the License for the
                specific language governing permissions and limitations
                under the License.
                """;
        assertThat(LicenseHeader.present(hashComment(text))).isTrue();
    }

    @Test
    void ownerWordingOfTheEyesTemplate() {
        String text = LicenseHeader.TEXT.replace("to the Apache Software Foundation (ASF)", "to Apache Software Foundation (ASF)")
                .replace("The ASF licenses", "Apache Software Foundation (ASF) licenses");
        assertThat(LicenseHeader.present(hashComment(text))).isTrue();
    }

    @Test
    void afterShebangAndInOtherCommentStyles() {
        assertThat(LicenseHeader.present("#!/usr/bin/env python3\n" + hashComment(LicenseHeader.TEXT))).isTrue();
        String block = "/*\n" + LicenseHeader.TEXT.lines().map(l -> " * " + l).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n */\n";
        assertThat(LicenseHeader.present(block)).isTrue();
        assertThat(LicenseHeader.present("<!--\n" + LicenseHeader.TEXT + "-->\n<p/>")).isTrue();
    }

    @Test
    void missingTruncatedOrBuriedHeaderFails() {
        assertThat(LicenseHeader.present("import os\n")).isFalse();
        assertThat(LicenseHeader.present(hashComment(LicenseHeader.TEXT.replace("limitations under the License.", "")))).isFalse();
        assertThat(LicenseHeader.present(hashComment(LicenseHeader.TEXT.replace("Version 2.0", "Version 3.0")))).isFalse();
        String buried = "x = 1\n".repeat(30) + hashComment(LicenseHeader.TEXT);
        assertThat(LicenseHeader.present(buried)).isFalse();
    }
}
