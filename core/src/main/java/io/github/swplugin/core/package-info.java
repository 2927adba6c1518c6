/**
 * What every module relies on and no module owns: the checkout as the only place swplugin writes
 * ({@link io.github.swplugin.core.CheckoutRoot}), atomic writes, all-or-nothing transactions with a signed
 * journal under a checkout lock, the target repository's facts (its Component enum, its license header), and
 * printing text from a checkout safely. No dependencies.
 */
package io.github.swplugin.core;
