package vn.luutru.search.fixity;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/** No fixity check has run on this archive yet. */
class NoFixityCheck extends ProblemException {

	NoFixityCheck() {
		super(HttpStatus.NOT_FOUND, "no-fixity-check", "Chưa kiểm tra tính toàn vẹn",
				"Chưa có lần kiểm tra tính toàn vẹn nào: chạy ./luutru fixity, hoặc chờ lịch luutru.fixity.schedule của máy xử lý.");
	}

}
