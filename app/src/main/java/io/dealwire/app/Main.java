package io.dealwire.app;

import io.dealwire.app.cli.DealwireCommand;
import io.dealwire.schemas.serde.TrustedPackages;

/** Entry point of the {@code dealwire} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        TrustedPackages.install(); // before any generated Avro class fills an enum default (LIBRARIES.md)
        System.exit(DealwireCommand.commandLine().execute(args));
    }
}
