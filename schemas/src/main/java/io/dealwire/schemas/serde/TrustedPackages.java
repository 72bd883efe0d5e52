package io.dealwire.schemas.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Tells Avro that dealwire's generated classes may be instantiated when decoding.
 *
 * <p>Avro 1.12.2 refuses to decode into classes outside its trusted packages (LIBRARIES.md); this adds {@code
 * io.dealwire.schemas.avro} to whatever predicate is already installed, once per class loader.
 */
public final class TrustedPackages {
    static final String PACKAGE = "io.dealwire.schemas.avro";
    private static boolean installed;

    private TrustedPackages() {}

    /** Installs the trust once; later calls do nothing. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.ClassSecurityPredicate ours =
                type -> type.getName().startsWith(PACKAGE + ".");
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), ours));
        installed = true;
    }
}
