package io.dealwire.enrich.registry;

import io.dealwire.enrich.deal.PartyNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisations dealwire knows by name: companies, investors, regulators, governments and exchanges, each with a
 * stable id and the names the press uses for it in every script, from {@code io/dealwire/enrich/registry/
 * organisations.tsv} ({@code id<TAB>kind<TAB>country<TAB>name | name | …}).
 *
 * <p>The registry is evidence, not a whitelist: the extractor finds names it does not know, and weighs a known name
 * as one more sign that a candidate is an organisation. A name two organisations share is left unresolved.
 *
 * <p>Immutable and thread-safe; loaded once per process.
 */
public final class OrganisationRegistry {
    static final String RESOURCE = "/io/dealwire/enrich/registry/organisations.tsv";
    private static volatile OrganisationRegistry shipped;

    private final Map<String, Organisation> byName;
    private final int size;

    private OrganisationRegistry(Map<String, Organisation> byName, int size) {
        this.byName = Map.copyOf(byName);
        this.size = size;
    }

    /** The registry shipped with dealwire. */
    public static OrganisationRegistry shipped() {
        OrganisationRegistry registry = shipped;
        if (registry == null) {
            synchronized (OrganisationRegistry.class) {
                if (shipped == null) {
                    try (InputStream in = OrganisationRegistry.class.getResourceAsStream(RESOURCE)) {
                        shipped = in == null ? new OrganisationRegistry(Map.of(), 0) : read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                }
                registry = shipped;
            }
        }
        return registry;
    }

    /**
     * Reads a registry file; a name that two organisations share resolves to neither.
     *
     * @throws IllegalArgumentException naming the line of a malformed entry or a repeated id
     */
    public static OrganisationRegistry read(InputStream in) throws IOException {
        Map<String, Organisation> byName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Set<String> ids = new HashSet<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        int count = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 4) {
                throw new IllegalArgumentException("registry line " + number + ": expected id, kind, country, names");
            }
            if (!ids.add(cells[0])) {
                throw new IllegalArgumentException("registry line " + number + ": id " + cells[0] + " repeated");
            }
            List<String> names = new ArrayList<>();
            Arrays.stream(cells[3].split("\\|"))
                    .map(String::strip)
                    .filter(n -> !n.isEmpty())
                    .forEach(names::add);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("registry line " + number + ": no name");
            }
            Organisation org = new Organisation(cells[0], cells[1], cells[2], names);
            count++;
            for (String name : names) {
                String key = PartyNames.normalize(name);
                if (key.isEmpty() || ambiguous.contains(key)) {
                    continue;
                }
                Organisation earlier = byName.putIfAbsent(key, org);
                if (earlier != null && !earlier.id().equals(org.id())) {
                    byName.remove(key);
                    ambiguous.add(key);
                }
            }
        }
        return new OrganisationRegistry(byName, count);
    }

    /** The organisation {@code name} stands for, by its normalised form; empty when unknown or ambiguous. */
    public Optional<Organisation> resolve(String name) {
        return Optional.ofNullable(byName.get(PartyNames.normalize(name)));
    }

    /** How many organisations it holds. */
    public int size() {
        return size;
    }
}
