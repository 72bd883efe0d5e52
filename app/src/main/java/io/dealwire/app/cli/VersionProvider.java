package io.dealwire.app.cli;

import io.dealwire.enrich.deal.DealExtractor;
import picocli.CommandLine;

/** Prints the build version and the extractor version. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = DealwireCommand.class.getPackage().getImplementationVersion();
        return new String[] {
            "dealwire " + (version == null ? "(development build)" : version),
            "deal extractor " + DealExtractor.VERSION,
            "Java " + System.getProperty("java.version")
        };
    }
}
