package io.github.swplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unchanged expectation's findings come from the cache only while what its checks consult is unchanged too. */
class ResultCacheTest {
    @TempDir
    Path dir;

    @Test
    void aChangeInTheEnumReachesTheUnchangedExpectation() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        ValidatorOptions cached = ValidatorOptions.defaults(dir).withCacheFile(dir.resolve("target/swplugin/validate.cache"));
        assertThat(checkout.validate(cached)).isEmpty();
        checkout.replace(FixtureCheckout.INIT, "    DemoLib = 7020", "    DemoLib = 7021");
        List<Finding> after = checkout.validate(cached);
        assertThat(after).isEqualTo(checkout.validate()).extracting(Finding::path).contains(FixtureCheckout.EXPECTED);
    }

    @Test
    void aDamagedCacheIsOnlyASlowerRun() throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(FixtureCheckout.EXPECTED, "spanType: Exit", "spanType: exit");
        Path file = dir.resolve("target/swplugin/validate.cache");
        ValidatorOptions cached = ValidatorOptions.defaults(dir).withCacheFile(file);
        List<Finding> fresh = checkout.validate();
        checkout.validate(cached);
        Files.writeString(file, Files.readString(file).replace("\t1\n", "\t7\n"));
        assertThat(checkout.validate(cached)).isEqualTo(fresh);
        Files.writeString(file, "garbage");
        assertThat(checkout.validate(cached)).isEqualTo(fresh);
    }
}
