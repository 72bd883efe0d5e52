package io.dealwire.schemas.serde;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.DealStory;
import io.dealwire.schemas.avro.EnrichedArticle;
import io.dealwire.schemas.avro.FeedDefinition;
import io.dealwire.schemas.avro.FeedState;
import io.dealwire.schemas.avro.RawArticle;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** The top-level records that travel on dealwire's topics, each with a version history. */
public final class DealwireRecords {
    /** Every top-level record class; each has {@code vN.avsc} files in {@link SchemaHistory}. */
    public static final List<Class<? extends SpecificRecord>> ALL = List.of(
            FeedDefinition.class,
            FeedState.class,
            RawArticle.class,
            EnrichedArticle.class,
            DealEvent.class,
            DealStory.class);

    private DealwireRecords() {}
}
