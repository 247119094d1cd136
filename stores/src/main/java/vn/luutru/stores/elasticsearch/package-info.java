/**
 * The archive index: its mapping, its alias, the client, and the embedded Elasticsearch
 * node.
 */
@NullMarked
package vn.luutru.stores.elasticsearch;

import org.jspecify.annotations.NullMarked;
