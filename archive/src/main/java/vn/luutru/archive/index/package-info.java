/**
 * The archive index: its mapping, its alias, the client, and the embedded Elasticsearch
 * node.
 */
@NullMarked
package vn.luutru.archive.index;

import org.jspecify.annotations.NullMarked;
