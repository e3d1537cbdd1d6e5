"""find_figures on sentences written for these tests in the papers' manner: (text, figures expected).

Each expected figure gives its value as written and its unit, and any other fields worth checking
(``key`` = indicator_key, ``dir`` = direction, ``cmp`` = compared_to, ``kind``, ``period``, ``value``,
``den`` = denominator, ``max`` = value_max, ``q`` = qualifier, ``ind`` = indicator). The list is the
whole answer: a figure found but not listed fails the case, so every trap is checked both ways.
"""
import pytest

from dangbo.extract._text import analyse
from dangbo.extract.figures import find_figures
from dangbo.extract.numbers import find_quantities, read_numeral, read_words
from dangbo.read import Header


def f(text, unit, **fields):
    return {"value_text": text, "unit": unit, **fields}


FIELD = {"key": "indicator_key", "dir": "direction", "cmp": "compared_to", "den": "denominator",
         "max": "value_max", "q": "qualifier", "ind": "indicator"}

CASES = [
    # --- percentages: direction, what is measured, comparison ---
    ("Năm 2022, lực lượng Công an tỉnh kéo giảm 12,37% số vụ phạm pháp hình sự so với năm 2015.",
     [f("12,37%", "%", value=12.37, dir="giảm", key="toi-pham-ttxh", cmp="so với năm 2015", ind="số vụ phạm pháp hình sự", period="2022")]),
    ("Tỷ lệ điều tra, khám phá án hình sự đạt 91,2%, vượt chỉ tiêu Bộ Công an giao.",
     [f("91,2%", "%", dir="đạt", key="ty-le-kham-pha", ind="Tỷ lệ điều tra, khám phá án hình sự", kind="ket-qua")]),
    ("Tội phạm về trật tự xã hội giảm 8,4% so với cùng kỳ.",
     [f("8,4%", "%", dir="giảm", key="toi-pham-ttxh", cmp="so với cùng kỳ")]),
    ("Số vụ tai nạn giao thông giảm 7,5%, số người chết giảm 10,2%, số người bị thương giảm 4,1% so với năm trước.",
     [f("7,5%", "%", key="tai-nan-giao-thong", cmp="so với năm trước"), f("10,2%", "%", key="tai-nan-chet", cmp="so với năm trước"),
      f("4,1%", "%", key="tai-nan-bi-thuong", cmp="so với năm trước")]),
    ("Phạm pháp hình sự tăng 3,2% so với cùng kỳ năm 2023.", [f("3,2%", "%", dir="tăng", cmp="so với cùng kỳ năm 2023", key="toi-pham-ttxh")]),
    ("Tỉ lệ khám phá các vụ án rất nghiêm trọng và đặc biệt nghiêm trọng đạt 97,3%.", [f("97,3%", "%", key="trong-an")]),
    ("Án đặc biệt nghiêm trọng được điều tra làm rõ 100%.", [f("100%", "%", key="trong-an")]),
    ("Các vụ án đặc biệt nghiêm trọng được điều tra khám phá nhanh, đạt 100%.",
     [f("100%", "%", key="trong-an", ind="vụ án đặc biệt nghiêm trọng được điều tra khám phá nhanh")]),
    ("Tỷ lệ hồ sơ giải quyết trực tuyến trên Cổng dịch vụ công đạt 98,6%.", [f("98,6%", "%", key="dich-vu-cong", dir="đạt")]),
    ("Tỷ lệ giải quyết tin báo, tố giác tội phạm đạt 95,7%.", [f("95,7%", "%", key="tin-bao")]),
    ("Tai nạn giao thông được kéo giảm cả 3 tiêu chí.", [f("3 tiêu chí", "tiêu chí", dir="giảm", key="tai-nan-giao-thong")]),
    ("Tình hình tai nạn giao thông giảm sâu trên cả 3 tiêu chí so với năm 2023.",
     [f("3 tiêu chí", "tiêu chí", key="tai-nan-giao-thong", cmp="so với năm 2023")]),
    ("Số vụ cháy giảm 22%, thiệt hại về tài sản giảm 41% so với cùng kỳ.",
     [f("22%", "%", key="chay-no", cmp="so với cùng kỳ"), f("41%", "%", cmp="so với cùng kỳ")]),
    ("Tội phạm về ma túy tăng 15,3% về số vụ.", [f("15,3%", "%", dir="tăng", key="ma-tuy")]),
    ("Tỷ lệ điều tra, khám phá án xâm phạm trật tự xã hội đạt trên 88%.", [f("trên 88%", "%", q="trên", value=88)]),
    ("Tỷ lệ điều tra, khám phá án đạt gần 90%; án rất nghiêm trọng đạt 100%.",
     [f("gần 90%", "%", q="gần", key="ty-le-kham-pha"), f("100%", "%", key="trong-an")]),
    ("Tội phạm về trật tự xã hội giảm 5.2% so với năm 2023.", [f("5.2%", "%", value=5.2)]),
    ("Tỷ lệ người dân hài lòng với thái độ phục vụ đạt 99 phần trăm.", [f("99 phần trăm", "%", value=99)]),
    # --- counts with a counted noun ---
    ("Trong năm, lực lượng chức năng bắt giữ 1.346 đối tượng truy nã.",
     [f("1.346 đối tượng", "đối tượng", value=1346, key="truy-na", ind="bắt giữ đối tượng truy nã")]),
    ("Đại hội kết nạp 589 đảng viên mới trong nhiệm kỳ.", [f("589 đảng viên", "đảng viên", key="ket-nap-dang-vien")]),
    ("Nhiệm kỳ qua, Đảng bộ đã kết nạp được 1.205 đảng viên.", [f("1.205 đảng viên", "đảng viên", key="ket-nap-dang-vien")]),
    ("Công an tỉnh phát hiện, bắt giữ 642 vụ, 1.108 đối tượng phạm tội về ma túy.",
     [f("642 vụ", "vụ", key="ma-tuy"), f("1.108 đối tượng", "đối tượng", key="ma-tuy")]),
    ("Khởi tố 214 vụ, 389 bị can về các tội xâm phạm trật tự xã hội.",
     [f("214 vụ", "vụ", key="toi-pham-ttxh"), f("389 bị can", "bị can", key="toi-pham-ttxh")]),
    ("Điều tra, làm rõ 812 vụ phạm pháp hình sự.", [f("812 vụ", "vụ", key="toi-pham-ttxh")]),
    ("Xảy ra 1.024 vụ phạm pháp hình sự, giảm 98 vụ so với năm trước.",
     [f("1.024 vụ", "vụ", dir=None, cmp=None), f("98 vụ", "vụ", dir="giảm", cmp="so với năm trước")]),
    ("Tội phạm về trật tự xã hội giảm 3 vụ, còn số vụ trộm cắp tài sản giảm 3%.",
     [f("3 vụ", "vụ", dir="giảm"), f("3%", "%", dir="giảm")]),
    ("Trên các tuyến giao thông xảy ra 187 vụ tai nạn, làm chết 96 người, bị thương 121 người.",
     [f("187 vụ", "vụ", key="tai-nan-giao-thong"), f("96 người", "người", key="tai-nan-chet"),
      f("121 người", "người", key="tai-nan-bi-thuong")]),
    ("Quá trình làm nhiệm vụ, có 6 cán bộ hy sinh, 213 đồng chí bị thương.",
     [f("6 cán bộ", "cán bộ", key=None), f("213 đồng chí", "đồng chí", key=None)]),  # not a traffic accident
    ("Đã xảy ra 52 vụ tai nạn giao thông, làm 38 người tử vong và 29 người bị thương.",
     [f("52 vụ", "vụ", key="tai-nan-giao-thong"), f("38 người", "người", key="tai-nan-chet"),
      f("29 người", "người", key="tai-nan-bi-thuong")]),
    ("Lực lượng Cảnh sát giao thông xử lý hơn 47.400 trường hợp vi phạm trật tự an toàn giao thông.",
     [f("hơn 47.400 trường hợp", "trường hợp", q="hơn", value=47400, key="vi-pham-giao-thong")]),
    ("Phát hiện, xử lý 126 vụ vi phạm về môi trường.", [f("126 vụ", "vụ", key="moi-truong")]),
    ("Triệt phá 35 vụ lừa đảo chiếm đoạt tài sản trên không gian mạng.", [f("35 vụ", "vụ", key="lua-dao")]),
    ("Phát hiện 92 vụ phạm tội về kinh tế, tham nhũng, chức vụ.", [f("92 vụ", "vụ", key="toi-pham-kinh-te")]),
    ("Khởi tố 18 vụ phạm tội sử dụng công nghệ cao.", [f("18 vụ", "vụ", key="cong-nghe-cao")]),
    ("Vận động, bắt 63 đối tượng truy nã, trong đó có 12 đối tượng nguy hiểm.",
     [f("63 đối tượng", "đối tượng", key="truy-na"), f("12 đối tượng", "đối tượng")]),
    ("Thu hồi 312 khẩu súng các loại cùng nhiều vật liệu nổ.", [f("312 khẩu súng", "khẩu súng", key="vu-khi")]),
    ("Tiếp nhận, giải quyết 2.159/2.476 tin báo, tố giác tội phạm.",
     [f("2.159/2.476 tin báo", "tin báo", value=2159, den=2476, key="tin-bao")]),
    ("Triệt xóa 46 tụ điểm tệ nạn xã hội.", [f("46 tụ điểm", "tụ điểm")]),
    ("Đấu tranh, làm tan rã 17 băng nhóm tội phạm.", [f("17 băng nhóm", "băng nhóm")]),
    ("Tổ chức 1.250 buổi tuyên truyền pháp luật.", [f("1.250 buổi", "buổi", value=1250)]),
    ("Đã xây dựng và duy trì hơn 220 mô hình tự quản về an ninh trật tự.", [f("hơn 220 mô hình", "mô hình")]),
    ("Cấp mới 256.391 thẻ căn cước cho công dân.", [f("256.391 thẻ căn cước", "thẻ căn cước", key="can-cuoc")]),
    ("Thu nhận 188.730 hồ sơ định danh điện tử mức độ 2.", [f("188.730 hồ sơ", "hồ sơ", key="dinh-danh")]),
    ("Kích hoạt 1,2 triệu tài khoản định danh điện tử VNeID.",
     [f("1,2 triệu tài khoản", "triệu tài khoản", value=1.2, key="dinh-danh")]),
    ("Tiếp nhận 18.452 hồ sơ dịch vụ công trực tuyến.", [f("18.452 hồ sơ", "hồ sơ", key="dich-vu-cong")]),
    ("Toàn tỉnh có 1,2 triệu người được cấp căn cước.", [f("1,2 triệu người", "triệu người", value=1.2, key="can-cuoc")]),
    ("Tổ chức 86 đợt cao điểm tấn công, trấn áp tội phạm.", [f("86 đợt", "đợt")]),
    ("Bố trí 1.050 cán bộ, chiến sĩ công an chính quy về xã.", [f("1.050 cán bộ, chiến sĩ", "cán bộ, chiến sĩ")]),
    ("Đưa 148/148 xã, thị trấn có công an chính quy.", [f("148/148 xã", "xã", den=148)]),
    ("Hoàn thành 87/92 xã đạt tiêu chí an toàn về an ninh trật tự.", [f("87/92 xã", "xã", value=87, den=92)]),
    ("Đạt 94,5% (87/92 xã) đạt chuẩn an toàn về an ninh trật tự.",
     [f("94,5%", "%", value=94.5), f("87/92 xã", "xã", den=92)]),
    ("Xử lý 4.120 phương tiện vi phạm.", [f("4.120 phương tiện", "phương tiện")]),
    ("Tạm giữ 1.382 mô tô vi phạm nồng độ cồn.", [f("1.382 mô tô", "mô tô")]),
    # --- number words, magnitude, qualifiers ---
    ("Bộ đội biên phòng phối hợp triệt phá hai đường dây ma túy lớn.", [f("hai đường dây", "đường dây", value=2, key="ma-tuy")]),
    ("Đại hội thông qua mười ba chỉ tiêu chủ yếu.", [f("mười ba chỉ tiêu", "chỉ tiêu", value=13, key="chi-tieu-nghi-quyet")]),
    ("Ban Chấp hành gồm hai mươi lăm đồng chí.", [f("hai mươi lăm đồng chí", "đồng chí", value=25, key="ban-chap-hanh")]),
    ("Triệt phá hàng chục ổ nhóm đánh bạc.", [f("hàng chục ổ nhóm", "ổ nhóm", value=10, q="hàng")]),
    ("Đã có hàng trăm lượt người tham gia hiến máu.", [f("hàng trăm lượt người", "lượt người", value=100, q="hàng")]),
    ("Tiếp nhận gần 300 đơn thư khiếu nại, tố cáo.", [f("gần 300 đơn thư", "đơn thư", q="gần", value=300)]),
    ("Khoảng 2.000 người dân dự lễ ra quân.", [f("Khoảng 2.000 người", "người", q="khoảng", value=2000)]),
    ("Năm qua, có ít nhất 5 người bị xử lý kỷ luật.", [f("ít nhất 5 người", "người", q="ít nhất")]),
    ("Xử phạt hơn 2.000 trường hợp vi phạm hành chính.", [f("hơn 2.000 trường hợp", "trường hợp", key="xu-phat")]),
    ("Tỷ lệ tội phạm được phát hiện từ cơ sở chiếm từ 80 - 90%.", [f("từ 80 - 90%", "%", value=80, max=90)]),
    ("Tỷ lệ điều tra khám phá án đạt 80-85%.", [f("80-85%", "%", value=80, max=85)]),
    ("Phấn đấu tỷ lệ điều tra khám phá án đạt từ 80 đến 85%.", [f("từ 80 đến 85%", "%", max=85, kind="chi-tieu")]),
    # --- money and weights ---
    ("Thu giữ hơn 200kg cần sa và 5g ma túy đá.", [f("hơn 200kg", "kg", value=200), f("5g", "g")]),  # a unit glued on
    ("So với cùng kỳ, giảm 3.009 số vụ, giảm 201 số người chết.",
     [f("3.009 số vụ", "vụ", dir="giảm"), f("201 số người", "người", key=None)]),  # deaths, but of what: not said
    ("Tai nạn giao thông: so với cùng kỳ, giảm 3.009 số vụ, giảm 201 số người chết.",
     [f("3.009 số vụ", "vụ", key="tai-nan-giao-thong"), f("201 số người", "người", key="tai-nan-chet")]),
    ("Triệt phá 198 băng, nhóm tội phạm.", [f("198 băng, nhóm", "băng, nhóm")]),
    ("Xử phạt vi phạm hành chính 245 triệu đồng.", [f("245 triệu đồng", "triệu đồng", value=245, key="xu-phat")]),
    ("Nộp kho bạc nhà nước 12,5 tỷ đồng tiền xử phạt.", [f("12,5 tỷ đồng", "tỷ đồng", value=12.5, key="xu-phat")]),
    ("Thu phạt nộp ngân sách hơn 86 tỷ đồng.", [f("hơn 86 tỷ đồng", "tỷ đồng", q="hơn", key="xu-phat")]),
    ("Thu giữ 8,7 kg ma túy các loại.", [f("8,7 kg", "kg", value=8.7, key="ma-tuy-thu-giu", ind="ma túy các loại")]),
    ("Thu giữ 12 bánh heroin và 3.500 viên ma túy tổng hợp.",
     [f("12 bánh", "bánh", key="ma-tuy-thu-giu"), f("3.500 viên", "viên", key="ma-tuy-thu-giu")]),
    ("Thu giữ 1,5 tấn pháo nổ.", [f("1,5 tấn", "tấn", value=1.5)]),
    ("Làm rõ đường dây đánh bạc với số tiền giao dịch hàng chục nghìn tỷ đồng.",
     [f("hàng chục nghìn tỷ đồng", "nghìn tỷ đồng", q="hàng", value=10)]),
    ("Thu hồi cho Nhà nước 3,2 triệu USD.", [f("3,2 triệu USD", "triệu USD", value=3.2)]),
    ("Thu hồi tài sản thiệt hại trị giá 560 triệu đồng.", [f("560 triệu đồng", "triệu đồng")]),
    # --- the party organisation and the event ---
    ("Dự Đại hội có 250 đại biểu đại diện cho hơn 4.000 đảng viên trong toàn Đảng bộ.",
     [f("250 đại biểu", "đại biểu", key="dai-bieu"), f("hơn 4.000 đảng viên", "đảng viên", key="dang-vien")]),
    ("Đại hội bầu Ban Chấp hành Đảng bộ nhiệm kỳ 2025-2030 gồm 33 đồng chí.",
     [f("33 đồng chí", "đồng chí", key="ban-chap-hanh", period="2025-2030")]),
    ("Đại hội đã bầu 15 đại biểu chính thức đi dự Đại hội Đảng bộ tỉnh.", [f("15 đại biểu", "đại biểu", key="dai-bieu")]),
    ("Ban Thường vụ gồm 9 ủy viên.", [f("9 ủy viên", "ủy viên", key="ban-chap-hanh")]),
    ("Đảng bộ có 42 tổ chức cơ sở đảng với 3.118 đảng viên.",
     [f("42 tổ chức cơ sở đảng", "tổ chức cơ sở đảng", key="dang-vien"), f("3.118 đảng viên", "đảng viên", key="dang-vien")]),
    ("Đảng bộ hiện có 64 chi bộ trực thuộc.", [f("64 chi bộ", "chi bộ", key="dang-vien")]),
    ("Nghị quyết Đại hội xác định 18 chỉ tiêu, 5 nhiệm vụ trọng tâm và 3 khâu đột phá.",
     [f("18 chỉ tiêu", "chỉ tiêu", key="chi-tieu-nghi-quyet"), f("5 nhiệm vụ trọng tâm", "nhiệm vụ trọng tâm", key="chi-tieu-nghi-quyet"),
      f("3 khâu đột phá", "khâu đột phá", key="chi-tieu-nghi-quyet")]),
    ("Nhiệm kỳ qua, Đảng bộ hoàn thành và hoàn thành vượt 16/16 chỉ tiêu Nghị quyết.",
     [f("16/16 chỉ tiêu", "chỉ tiêu", den=16, kind="ket-qua")]),
    ("Ông đề nghị tập trung thực hiện tốt 6 nhóm giải pháp.", [f("6 nhóm giải pháp", "nhóm giải pháp", key="chi-tieu-nghi-quyet")]),
    ("Dịp này, 12 tập thể, 25 cá nhân được khen thưởng vì thành tích xuất sắc.",
     [f("12 tập thể", "tập thể", key="khen-thuong"), f("25 cá nhân", "cá nhân", key="khen-thuong")]),
    ("Giám đốc Công an tỉnh tặng Giấy khen cho 18 tập thể và 40 cá nhân.",
     [f("18 tập thể", "tập thể", key="khen-thuong"), f("40 cá nhân", "cá nhân", key="khen-thuong")]),
    ("Bộ trưởng tặng Bằng khen cho 7 tập thể có thành tích xuất sắc.", [f("7 tập thể", "tập thể", key="khen-thuong")]),
    ("Trong 5 năm, có 3.410 lượt tập thể và 9.872 lượt cá nhân được khen thưởng.",
     [f("3.410 lượt", "lượt", key="khen-thuong"), f("9.872 lượt", "lượt", key="khen-thuong")]),
    ("Hơn 400 đại biểu dự hội nghị tại điểm cầu chính và 96 điểm cầu cấp xã.",
     [f("Hơn 400 đại biểu", "đại biểu", key="dai-bieu"), f("96 điểm cầu", "điểm cầu")]),
    ("Bố trí 100% công an chính quy đảm nhiệm các chức danh công an xã.", [f("100%", "%")]),
    ("100% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.", [f("100%", "%")]),
    ("Có 96,8% đảng viên được xếp loại hoàn thành tốt nhiệm vụ.", [f("96,8%", "%", key="dang-vien")]),
    # --- targets and results ---
    ("Phấn đấu kéo giảm 10% số vụ phạm pháp hình sự.", [f("10%", "%", kind="chi-tieu", dir="giảm", key="toi-pham-ttxh")]),
    ("Mục tiêu đến năm 2030, tỷ lệ điều tra khám phá án đạt trên 85%.", [f("trên 85%", "%", kind="chi-tieu", key="ty-le-kham-pha")]),
    ("Nghị quyết đề ra chỉ tiêu tỷ lệ điều tra, khám phá án hình sự đạt trên 80%.",
     [f("trên 80%", "%", kind="chi-tieu", key="ty-le-kham-pha")]),
    ("Tỷ lệ điều tra, khám phá án đạt 86,4%, vượt chỉ tiêu đề ra.", [f("86,4%", "%", kind="ket-qua")]),
    ("Công tác điều tra vượt chỉ tiêu được giao (đạt tỷ lệ 82,9%).", [f("82,9%", "%", kind="ket-qua", key="ty-le-kham-pha")]),
    ("Năm 2024 đạt 86%; năm 2025 phấn đấu đạt trên 90%.",
     [f("86%", "%", kind="ket-qua", period="2024"), f("trên 90%", "%", kind="chi-tieu", period="2025")]),
    ("Hằng năm, tỷ lệ dịch vụ công trực tuyến đều đạt trên 97%.", [f("trên 97%", "%", kind="ket-qua", key="dich-vu-cong")]),
    ("Phấn đấu hằng năm kết nạp từ 150 đảng viên trở lên.", [f("từ 150 đảng viên", "đảng viên", kind="chi-tieu")]),
    ("Đảng bộ đặt mục tiêu 100% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.", [f("100%", "%", kind="chi-tieu")]),
    ("Chỉ tiêu kéo giảm tai nạn giao thông từ 5% trở lên trên cả 3 tiêu chí.",
     [f("từ 5%", "%", kind="chi-tieu", q="từ", key="tai-nan-giao-thong"), f("3 tiêu chí", "tiêu chí", kind="chi-tieu")]),
    ("Khám phá đạt tỷ lệ cao (81,5%, cao hơn chỉ tiêu Quốc hội đề ra 11,5%).",
     [f("81,5%", "%", kind="ket-qua"), f("11,5%", "%", kind="ket-qua")]),  # measured against a target: a result
    ("Nghị quyết xác định 12 chỉ tiêu, 4 khâu đột phá và 6 nhiệm vụ trọng tâm.",
     [f("12 chỉ tiêu", "chỉ tiêu", kind="ket-qua"), f("4 khâu đột phá", "khâu đột phá", kind="ket-qua"),
      f("6 nhiệm vụ trọng tâm", "nhiệm vụ trọng tâm", kind="ket-qua")]),  # a figure's own noun is not a target word
    ("Nhiệm kỳ tới, Đảng bộ đề ra mục tiêu phấn đấu hoàn thành tốt nhiệm vụ; 85% đảng viên hoàn thành tốt nhiệm vụ; "
     "tỷ lệ giải quyết tin báo đạt 100%.", [f("85%", "%", kind="chi-tieu"), f("100%", "%", kind="chi-tieu")]),  # a list a target opens
    ("Năm qua, Công an tỉnh vượt mục tiêu đề ra; tỷ lệ khám phá án đạt 88%; đã bắt 40 đối tượng truy nã.",
     [f("88%", "%", kind="ket-qua"), f("40 đối tượng", "đối tượng", kind="ket-qua")]),
    ("Phấn đấu điều tra, làm rõ trên75% các vụ phạm pháp hình sự, 95% các vụ trọng án.",
     [f("trên75%", "%", q="trên", kind="chi-tieu"), f("95%", "%", kind="chi-tieu", key="trong-an")]),
    ("Triệt phá 161 ổ, nhóm tội phạm hình sự.", [f("161 ổ, nhóm", "ổ, nhóm")]),
    ("Tỷ lệ khám phá án đạt 90,5%, trong khi chỉ tiêu Bộ giao là 70%.", [f("90,5%", "%", kind="ket-qua"), f("70%", "%", kind="chi-tieu")]),
    # --- periods ---
    ("Trong 6 tháng đầu năm 2023, phạm pháp hình sự giảm 6,9%.", [f("6,9%", "%", period="2023-H1", key="toi-pham-ttxh")]),
    ("6 tháng đầu năm, tai nạn giao thông giảm 11%.", [f("11%", "%", period="2024-H1")]),  # year from the article
    ("9 tháng năm 2024, khởi tố 321 vụ án.", [f("321 vụ án", "vụ án", period="2024-9M")]),
    ("Quý I năm 2025, xảy ra 41 vụ cháy.", [f("41 vụ", "vụ", period="2025-Q1", key="chay-no")]),
    ("Nhiệm kỳ 2015-2020, Đảng bộ kết nạp 812 đảng viên.", [f("812 đảng viên", "đảng viên", period="2015-2020")]),
    ("Giai đoạn 2020-2025, tội phạm trật tự xã hội giảm 14%.", [f("14%", "%", period="2020-2025")]),
    ("Năm 2021, toàn tỉnh xảy ra 95 vụ cháy.", [f("95 vụ", "vụ", period="2021")]),
    ("Xảy ra 61 vụ cháy trong năm 2022.", [f("61 vụ", "vụ", period="2022")]),
    ("So với năm 2022, số vụ cháy giảm 12%.", [f("12%", "%", period="2024", key="chay-no")]),  # 2022 is the comparison
    ("6 tháng cuối năm 2023, khởi tố 44 vụ.", [f("44 vụ", "vụ", period="2023-H2")]),
    # a period in brackets belongs to the figures in them; "sơ với" is a typo of "so với"
    ("Năm 2023 xảy ra 640 vụ (giảm 31 vụ sơ với năm 2022), làm rõ 580 vụ.",
     [f("640 vụ", "vụ", period="2023"), f("31 vụ", "vụ", cmp="sơ với năm 2022", ind="vụ", period="2023"),
      f("580 vụ", "vụ", period="2023")]),
    # --- traps: not figures ---
    ("Chiều 12.8, Công an tỉnh tổ chức hội nghị.", []),
    ("Ngày 12/8, lực lượng chức năng làm việc với 12 đơn vị.", [f("12 đơn vị", "đơn vị")]),
    ("Hội nghị lần thứ 57 Ban Chấp hành Đảng bộ tỉnh diễn ra sáng nay.", []),
    ("Thực hiện Đề án 06 của Chính phủ về phát triển dữ liệu dân cư.", []),
    ("Triển khai Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính.", []),
    ("Quán triệt Chỉ thị 12 của Thủ tướng về phòng chống tội phạm.", []),
    ("Thực hiện nghiêm phương châm “6 rõ” và “4 tại chỗ”.", []),
    ("Lực lượng công an tham gia phòng, chống dịch Covid-19.", []),
    ("Người dân phản ánh qua số điện thoại 0912.345.678.", []),
    ("Sau 2 ngày làm việc, Đại hội đã hoàn thành chương trình.", []),
    ("Kỷ niệm 80 năm Ngày truyền thống lực lượng Công an nhân dân.", []),
    ("Đội tuyển Công an tỉnh đạt giải hạng Nhì.", []),
    ("Hội nghị bắt đầu lúc 8 giờ 30 phút.", []),
    ("Đồng chí sinh năm 1975, 50 tuổi.", []),
    ("Trong hai ngày 24 và 25/7, Đại hội diễn ra tại hội trường.", []),
    ("Đại hội nhiệm kỳ 2025-2030 tổ chức tại trụ sở Công an tỉnh.", []),
    ("Hội nghị giao ban tháng 10.2020 diễn ra tại Hà Nội.", []),
    ("Điều 5 Luật Công an nhân dân quy định rõ nhiệm vụ.", []),
    ("Chiến dịch 90 ngày đêm làm sạch dữ liệu dân cư.", []),
    ("Tuyến Quốc lộ 1A qua tỉnh.", []),
    ("Thượng tướng Lê Quốc Hùng dự và phát biểu chỉ đạo.", []),
    ("Phòng PC06 phối hợp với Đội 3 thực hiện nhiệm vụ.", []),
    ("Phủ sóng mạng 5G tại 12 xã vùng cao.", [f("12 xã", "xã")]),
    ("Đề án 06 giúp 1.250 người dân làm thủ tục nhanh hơn.", [f("1.250 người", "người", value=1250)]),
    ("Thu giữ 2,5 kg ma túy.\n\nTrong năm, lực lượng đã thu giữ 2,5 kg ma túy các loại.", [f("2,5 kg", "kg")]),  # restated
    ("Xảy ra 15 vụ giết người, điều tra làm rõ 15 vụ.", [f("15 vụ", "vụ"), f("15 vụ", "vụ")]),  # two things
    ("Xảy ra 391 vụ, so với cùng kỳ giảm 43 (391/434).", [f("391 vụ", "vụ"), f("43", "vụ", dir="giảm")]),  # implied unit
    ("Công an tỉnh được Bộ Công an 3 lần biểu dương.", [f("3 lần", "lần")]),
    ("Sáng 15-8-2025, Đại hội khai mạc với sự tham dự của 300 đại biểu.", [f("300 đại biểu", "đại biểu")]),
    ("Ngày 29/6, Công an tỉnh bắt 6 đối tượng.", [f("6 đối tượng", "đối tượng")]),
    ("Hội nghị trực tuyến đến 24/24 điểm cầu.", [f("24/24 điểm cầu", "điểm cầu", den=24)]),
    ("Cụm thi đua số 4 gồm 8 đơn vị.", [f("8 đơn vị", "đơn vị")]),
    ("Đảng bộ Công an tỉnh lần thứ XXII, nhiệm kỳ 2025 - 2030.", []),
    ("Ba Đình là nơi tổ chức lễ kỷ niệm.", []),
    ("Khai mạc lúc 7h30, hội nghị kéo dài đến 11h.", []),
    ("Công an 102/102 xã, phường, thị trấn đã ra mắt.", [f("102/102 xã, phường", "xã, phường", den=102)]),
    ("Năm 2025 là năm thứ 3 liên tiếp đơn vị được tặng Cờ thi đua.", []),
    ("Tổ công tác 141 tuần tra, kiểm soát trên các tuyến phố.", []),
    ("Ông sinh ngày 10/10/1970, quê ở xã An Bình.", []),
    ("Hội nghị sơ kết 3 năm thực hiện Chỉ thị số 21.", []),
    ("Lượng thời gian xử lý hồ sơ giảm 30 phút mỗi hồ sơ.", []),
    # more of the papers' ways of writing a figure
    ("Toàn lực lượng đã tiếp nhận, giải quyết 3.456 tin báo về tội phạm, đạt 96,2%.",
     [f("3.456 tin báo", "tin báo", key="tin-bao"), f("96,2%", "%", dir="đạt")]),
    ("Phạm pháp hình sự xảy ra 301 vụ (giảm 27 vụ, tương ứng 8,2%).",
     [f("301 vụ", "vụ", key="toi-pham-ttxh"), f("27 vụ", "vụ", dir="giảm"), f("8,2%", "%")]),
    ("Khám phá 290/301 vụ, đạt tỷ lệ 96,3%.", [f("290/301 vụ", "vụ", den=301), f("96,3%", "%", key="ty-le-kham-pha")]),
    ("Số vụ tai nạn giao thông giảm 21 vụ (-11,5%).", [f("21 vụ", "vụ", dir="giảm", key="tai-nan-giao-thong")]),
    ("Kết quả, bắt, vận động đầu thú 112 đối tượng truy nã (đạt 128% chỉ tiêu).",
     [f("112 đối tượng", "đối tượng", key="truy-na"), f("128%", "%", dir="đạt")]),
    ("Lực lượng chức năng đã cấp 1.024.315 căn cước cho công dân trên địa bàn.",
     [f("1.024.315 căn cước", "căn cước", value=1024315, key="can-cuoc")]),
    ("Thu nộp ngân sách nhà nước trên 312 tỷ đồng từ xử phạt vi phạm hành chính.",
     [f("trên 312 tỷ đồng", "tỷ đồng", key="xu-phat")]),
    ("Đảng bộ có 2.950 đảng viên sinh hoạt tại 41 chi bộ.",
     [f("2.950 đảng viên", "đảng viên", key="dang-vien"), f("41 chi bộ", "chi bộ", key="dang-vien")]),
    ("Trong nhiệm kỳ, Đảng ủy đã lãnh đạo thực hiện thắng lợi 3 khâu đột phá chiến lược.",
     [f("3 khâu đột phá", "khâu đột phá", key="chi-tieu-nghi-quyet")]),
    ("Vận động hơn 300 đồng bào dân tộc thiểu số tham gia; cấp 1.200 hộ chiếu.",
     [f("hơn 300 đồng bào", "đồng bào"), f("1.200 hộ chiếu", "hộ chiếu")]),  # not "đồng" money, not "hộ" households
    # --- repeated figures are listed once; different things are kept ---
    ("Đã kết nạp 589 đảng viên mới. Trong nhiệm kỳ, Đảng bộ kết nạp 589 đảng viên mới.", [f("589 đảng viên", "đảng viên")]),
    ("Xảy ra 12 vụ cháy, giảm 12 vụ so với năm trước.", [f("12 vụ", "vụ", dir=None), f("12 vụ", "vụ", dir="giảm")]),
    ("Khởi tố 20 vụ ma túy và 20 vụ lừa đảo.", [f("20 vụ", "vụ", key="ma-tuy"), f("20 vụ", "vụ", key="lua-dao")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_figures(text, expected):
    figures = find_figures(analyse(text, Header()), year=2024, event="tong-ket", period="2024")
    got = [(fig.value_text, fig.unit) for fig in figures]
    assert got == [(e["value_text"], e["unit"]) for e in expected], [(fig.value_text, fig.unit, fig.indicator) for fig in figures]
    for figure, want in zip(figures, expected):
        for name, value in want.items():
            attribute = FIELD.get(name, name)
            assert getattr(figure, attribute) == value, (name, figure)
        assert figure.quote in text


CONGRESS = [
    # a congress: results cover the term it reviews, targets the new one
    ("Nhiệm kỳ qua, tỷ lệ điều tra khám phá án đạt 86%. Nhiệm kỳ tới, phấn đấu tỷ lệ này đạt trên 90%.",
     [("86%", "ket-qua", "2020-2025"), ("trên 90%", "chi-tieu", "2025-2030")]),
    ("Trong nhiệm kỳ, Đảng bộ kết nạp 1.012 đảng viên.", [("1.012 đảng viên", "ket-qua", "2020-2025")]),
    ("Phấn đấu hằng năm kéo giảm từ 5% số vụ phạm pháp hình sự.", [("từ 5%", "chi-tieu", "2025-2030")]),
]


@pytest.mark.parametrize("text, expected", CONGRESS)
def test_a_congress_dates_its_results_and_targets(text, expected):
    figures = find_figures(analyse(text, Header()), year=2025, event="dai-hoi", period="2020-2025", term="2025-2030")
    assert [(fig.value_text, fig.kind, fig.period) for fig in figures] == expected


def test_a_paragraph_head_gives_the_period_to_its_sentences():
    text = "Năm 2023, Công an tỉnh hoàn thành các chỉ tiêu. Khởi tố 120 vụ án. Bắt 45 đối tượng truy nã."
    figures = find_figures(analyse(text, Header()), year=2024, event="tong-ket", period="2024")
    assert [(fig.value_text, fig.period, fig.period_text) for fig in figures] == [
        ("120 vụ án", "2023", "Năm 2023"), ("45 đối tượng", "2023", "Năm 2023")]


def test_a_figure_without_a_written_period_takes_the_articles_and_says_so():
    figures = find_figures(analyse("Khởi tố 120 vụ án.", Header()), year=2024, event="tong-ket", period="2024")
    assert (figures[0].period, figures[0].period_text) == ("2024", None)
    figures = find_figures(analyse("Khởi tố 120 vụ án.", Header()), year=None, event="khac", period=None)
    assert figures[0].period is None


def test_captions_are_not_read_and_each_figure_knows_its_sentence():
    body = ("Toàn cảnh hội nghị. (Ảnh: T.H.)\n\n"
            "Năm 2022, Công an tỉnh bắt 12 đối tượng. Khởi tố 40 vụ án.\n\nThu giữ 3 kg ma túy.")
    figures = find_figures(analyse(body, Header()), year=2022, event="tong-ket", period="2022")
    paragraphs = [p for p in body.split("\n\n")]
    assert [fig.value_text for fig in figures] == ["12 đối tượng", "40 vụ án", "3 kg"]
    for fig in figures:
        start, end = fig.span
        assert fig.quote == paragraphs[fig.paragraph][start:end]
    assert figures[0].paragraph == 1 and figures[2].paragraph == 2


def test_a_long_sentence_is_quoted_by_the_clause_around_the_figure():
    long = "; ".join(f"công tác số {i} được triển khai đồng bộ và hiệu quả trên địa bàn toàn tỉnh" for i in range(8))
    text = f"Trong năm, {long}; đã bắt 14 đối tượng truy nã; {long}."
    (figure,) = find_figures(analyse(text, Header()), year=2024, event="tong-ket", period="2024")
    assert figure.quote == "đã bắt 14 đối tượng truy nã" and figure.quote in text


def test_money_has_a_value_in_dong():
    (figure,) = find_figures(analyse("Xử phạt 12,5 tỷ đồng.", Header()), year=2024)
    assert figure.value_vnd == 12_500_000_000
    (figure,) = find_figures(analyse("Bắt 12 đối tượng.", Header()), year=2024)
    assert figure.value_vnd is None


NUMERALS = [("12,37", 12.37), ("1.346", 1346), ("24.500", 24500), ("1.234.567,5", 1234567.5), ("589", 589),
            ("0,5", 0.5), ("5.2", 5.2), ("12.8.2025", None), ("1.25", 1.25), ("abc", None)]


@pytest.mark.parametrize("token, value", NUMERALS)
def test_read_numeral(token, value):
    assert read_numeral(token) == value


WORDED = [("hai", 2), ("mười", 10), ("mười ba", 13), ("mười lăm", 15), ("hai mươi", 20), ("hai mươi lăm", 25),
          ("ba mươi mốt", 31), ("ba trăm", 300), ("hàng chục", 10), ("hàng nghìn", 1000), ("năm", 5), ("xyz", None)]


@pytest.mark.parametrize("words, value", WORDED)
def test_read_words(words, value):
    assert read_words(words) == value


def test_a_day_and_month_is_never_a_number_and_a_thousand_never_a_day():
    assert [q.text for q in find_quantities("chiều 12.8 có 1.250 người, sáng 2.1")] == ["1.250"]
    assert [q.value for q in find_quantities("ngày 24-25/7 và 12/8/2025")] == []
