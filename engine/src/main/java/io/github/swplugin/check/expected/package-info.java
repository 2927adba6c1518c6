/**
 * The checks of a test's expected.data.yml and docker-compose.yml: keys and values against the collector's schema,
 * spans, segments and refs as the collector matches them, and the services a compose file names.
 */
package io.github.swplugin.check.expected;
