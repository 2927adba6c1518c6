/**
 * Findings written for machines: SARIF, JUnit XML and GitHub annotations, at paths inside the checkout.
 */
package io.github.swplugin.check.report;
