package io.dealwire.ingest.feed;

import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;

/**
 * Rome's feed input with a cap on element nesting: the JDK's XML parser refuses a document nested deeper than
 * {@value #MAX_ELEMENT_DEPTH} elements with a parse error, before anything walks the tree recursively. Real feeds
 * nest a dozen levels; a hostile one nested thousands deep must end as {@code MALFORMED_XML}, never as a
 * {@link StackOverflowError} in a worker.
 */
final class DepthLimitedFeedInput extends WireFeedInput {
    /** Deepest element nesting accepted. */
    static final int MAX_ELEMENT_DEPTH = 256;

    // JAXP 1.5 processing limit of the JDK's parser (also settable JVM-wide as jdk.xml.maxElementDepth)
    private static final String MAX_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    @Override
    protected SAXBuilder createSAXBuilder() {
        SAXBuilder builder = super.createSAXBuilder();
        builder.setProperty(MAX_DEPTH_PROPERTY, Integer.toString(MAX_ELEMENT_DEPTH));
        return builder;
    }
}
