/**
 * Identifiers read out of page text: document numbers and symbols, one-stop dossier
 * codes, land parcels and map sheets, dates written the Vietnamese way, administrative
 * units and the kind of document. OCR noise (lost diacritics, O for 0, stray spaces) is
 * tolerated by matching on folded text and normalising what is found.
 */
@NullMarked
package vn.luutru.archive.identifiers;

import org.jspecify.annotations.NullMarked;
