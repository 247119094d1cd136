// Search snippets as DOM nodes. The API sends each snippet as escaped text in which the only tags are <mark>
// and </mark>; the pages never hand API text to innerHTML: they split on the two tags, decode the escapes and
// build text nodes.

import { element } from './common.js';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the character references an escaped snippet can hold. */
export function decodeEntities(text) {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (reference, name) => {
    if (name[0] !== '#') {
      return ENTITIES[name];
    }
    const hex = name[1] === 'x' || name[1] === 'X';
    const codePoint = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\uFFFD';
  });
}

/** Builds DOM nodes for a snippet: text nodes, and <mark> elements for the matched words. */
export function snippetNodes(snippet, doc = document) {
  const fragment = doc.createDocumentFragment();
  let marked = false;
  for (const piece of snippet.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    if (piece === '') {
      continue;
    }
    const text = doc.createTextNode(decodeEntities(piece));
    if (marked) {
      const mark = doc.createElement('mark');
      mark.append(text);
      fragment.append(mark);
    } else {
      fragment.append(text);
    }
  }
  return fragment;
}

/**
 * One matching page of a document as a list item: a link opening the document at that page with the query, and
 * the page's snippet.
 */
export function pageMatchItem(documentId, match, q) {
  const item = element('li', 'page-snippet');
  const link = element('a', undefined, `Trang ${match.page}`);
  link.href = `/document.html?${new URLSearchParams({ id: documentId, page: String(match.page), q })}`;
  const snippet = element('span', 'snippet');
  snippet.append(snippetNodes(match.snippet ?? ''));
  item.append(link, ': ', snippet);
  return item;
}
