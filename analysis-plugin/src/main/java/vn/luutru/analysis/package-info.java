/**
 * Elasticsearch stable analysis plugin that folds Vietnamese diacritics, so that searches
 * typed without accents still match archived documents.
 */
package vn.luutru.analysis;
