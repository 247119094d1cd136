package vn.luutru.search.documents;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/** An area to search maps in that is not a box on the globe. */
class InvalidArea extends ProblemException {

	InvalidArea(String bbox) {
		super(HttpStatus.BAD_REQUEST, "invalid-area", "Khu vực không hợp lệ", "Khu vực bbox phải là bốn số"
				+ " minLon,minLat,maxLon,maxLat (độ WGS84: kinh độ từ -180 đến 180, vĩ độ từ -90 đến 90, tây không lớn"
				+ " hơn đông, nam không lớn hơn bắc), ví dụ bbox=105.74,10.02,105.78,10.05; không phải '" + bbox
				+ "'.");
	}

}
