package vn.luutru.bench;

import java.util.List;

/**
 * The searches the benchmark sends: the words officers type, in 24 kinds, each run's
 * queries made distinct by a number.
 */
final class Queries {

	private static final List<String> QUERIES = List.of("tài nguyên và môi trường", "tai nguyen moi truong",
			"giấy phép khai thác nước dưới đất", "giay phep khai thac nuoc", "thửa đất số 125", "tờ bản đồ số 12",
			"đánh giá tác động môi trường", "danh gia tac dong moi truong", "quyết định cho thuê đất",
			"bồi thường giải phóng mặt bằng", "boi thuong giai phong mat bang", "phường An Khánh", "Ninh Kiều Cần Thơ",
			"văn phòng đăng ký đất đai", "chuyển mục đích sử dụng đất", "xả thải vào nguồn nước",
			"quan trac moi truong", "khoáng sản cát sỏi", "giấy chứng nhận quyền sử dụng đất", "biên bản kiểm tra",
			"thu hồi đất", "hồ sơ địa chính", "cong van so", "kế hoạch sử dụng đất năm 2020");

	// Warm-up runs send other queries than the measured runs (numbers from 1000 on).
	static final int WARM_UP_OFFSET = 1000;

	// Requests sent one at a time, each kind on its own (numbers from 2000 on).
	static final int BY_REQUEST_OFFSET = 2000;

	private Queries() {
	}

	/**
	 * How many kinds of query there are.
	 */
	static int kinds() {
		return QUERIES.size();
	}

	/**
	 * The {@code i}-th query of a run: the 24 kinds of query in turn, the first time as
	 * typed, then each time with a different number added (as officers add a parcel or a
	 * year), so no query repeats within a run.
	 */
	static String query(int i, int offset) {
		String words = QUERIES.get(i % QUERIES.size());
		int round = i / QUERIES.size() + offset;
		return (round == 0) ? words : words + " " + round;
	}

}
