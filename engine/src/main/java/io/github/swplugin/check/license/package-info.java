/**
 * Which files need the Apache-2.0 header: the checkout's own ignore lists, read as its license tool reads them.
 */
package io.github.swplugin.check.license;
