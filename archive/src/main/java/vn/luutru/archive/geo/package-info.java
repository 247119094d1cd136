/**
 * Where a georeferenced map lies on the ground in WGS84 longitude and latitude: the
 * transverse Mercator projections of VN-2000 and WGS84 (UTM and the provincial TM-3
 * zones) and the VN-2000 to WGS84 datum shift, written out here so that the archive needs
 * no GIS library for the few coordinate systems Vietnamese land maps use.
 */
@NullMarked
package vn.luutru.archive.geo;

import org.jspecify.annotations.NullMarked;
