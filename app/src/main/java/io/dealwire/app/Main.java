package io.dealwire.app;

import io.dealwire.app.cli.DealwireCommand;

/** Entry point of the {@code dealwire} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(DealwireCommand.commandLine().execute(args));
    }
}
