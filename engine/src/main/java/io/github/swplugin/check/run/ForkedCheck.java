package io.github.swplugin.check.run;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.ValidatorOptions;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;

/** The main class of a forked check ({@link ForkedValidator}): the options come in on standard input, the report goes out on standard output. */
public final class ForkedCheck {
    private ForkedCheck() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream answer = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);  // only the answer may reach the pipe the parent reads
        ValidatorOptions options = ForkWire.readOptions(new DataInputStream(new BufferedInputStream(System.in)));
        try {
            ForkWire.writeReport(new Validator(options).run(), answer);
        } catch (ConfigurationException e) {
            ForkWire.writeConfigurationProblem(e.getMessage(), answer);
        }
    }
}
