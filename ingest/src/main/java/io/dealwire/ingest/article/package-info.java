/**
 * Articles: identifiers, plain text and sanitised HTML of item and page content, main-text extraction from article
 * pages, and assembly of {@code RawArticle} records.
 */
package io.dealwire.ingest.article;
