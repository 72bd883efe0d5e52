/**
 * The contract between dealwire's stages: the Avro records ({@code io.dealwire.schemas.avro}, generated),
 * their serdes ({@link io.dealwire.schemas.serde}) and the topic catalogue ({@link io.dealwire.schemas.topic}).
 */
package io.dealwire.schemas;
