"""extract_event / extract_term / extract_ordinal: the first event named decides."""
import pytest

from dangbo.extract import extract_article
from dangbo.extract.event import extract_event, extract_ordinal, extract_term
from dangbo.read import Header

NONE = Header()
DL = lambda d: Header(date_line=d)  # noqa: E731
HL = lambda h: Header(headline=h)  # noqa: E731

EVENTS = [
    # congresses
    ("Đây là chỉ đạo tại Đại hội đại biểu Đảng bộ Công an thành phố lần thứ 1, nhiệm kỳ 2025-2030 diễn ra ngày 12/8.", NONE, "dai-hoi"),
    ("Sáng 12/8, Đảng bộ Công an tỉnh tổ chức Đại hội đại biểu lần thứ XX.", NONE, "dai-hoi"),  # the body holds it
    ("Ngày 15/7, Đại hội Đảng bộ Công an tỉnh Long An lần thứ XV khai mạc.", NONE, "dai-hoi"),
    ("Đại hội đại biểu Đảng bộ Công an tỉnh Quảng Nam lần thứ XX, nhiệm kỳ 2020-2025 thành công tốt đẹp.", NONE, "dai-hoi"),
    ("Công an tỉnh Bến Tre tổ chức Đại hội điểm Đảng bộ cơ sở.", NONE, "dai-hoi"),
    ("Tin tức", HL("Đại hội Đảng bộ Công an tỉnh Hà Tĩnh lần thứ XXII, nhiệm kỳ 2025 - 2030"), "dai-hoi"),
    ("Tin tức", HL("Khai mạc Đại hội đại biểu Đảng bộ Công an TP Hà Nội"), "dai-hoi"),
    ("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ CÔNG AN TỈNH NGHỆ AN LẦN THỨ XXVI diễn ra sáng nay.", NONE, "dai-hoi"),
    # a resolution or a coming congress is not the event
    ("Ngày 29-6, Đảng bộ Công an TPHCM tổ chức hội nghị giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Công an TPHCM khóa XII.", NONE, "so-ket"),
    ("Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV.", NONE, "so-ket"),
    ("Công an tỉnh thi đua chào mừng Đại hội Đảng bộ tỉnh lần thứ XVI.", NONE, "khac"),
    ("Bảo vệ tuyệt đối an ninh, an toàn Đại hội đại biểu Đảng bộ thành phố nhiệm kỳ 2025 - 2030.", NONE, "khac"),
    ("Công an tỉnh triển khai các phương án phục vụ Đại hội Đảng bộ tỉnh.", NONE, "khac"),
    # interim reviews
    ("Ngày 18-7, Công an TP Cần Thơ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2025.", NONE, "so-ket"),
    ("Công an tỉnh tổ chức Hội nghị sơ kết công tác công an 9 tháng năm 2024.", NONE, "so-ket"),
    ("Đảng ủy Công an tỉnh tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội.", NONE, "so-ket"),
    ("Công an tỉnh tổ chức hội nghị đánh giá giữa nhiệm kỳ thực hiện Nghị quyết.", NONE, "so-ket"),
    ("Công an tỉnh tổ chức Hội nghị công tác 6 tháng đầu năm 2023.", NONE, "so-ket"),
    ("Sơ kết 3 năm thực hiện Đề án 06, Công an tỉnh đạt nhiều kết quả.", NONE, "so-ket"),
    ("Tin tức", HL("Công an tỉnh Bình Phước sơ kết công tác 6 tháng đầu năm"), "so-ket"),
    # annual and end-of-term reviews
    ("Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023 của Công an TP.Cần Thơ diễn ra chiều 2.1.", NONE, "tong-ket"),
    ("Công an tỉnh tổ chức Hội nghị tổng kết công tác Công an năm 2024.", NONE, "tong-ket"),
    ("Đảng ủy Công an tỉnh tổng kết nhiệm kỳ 2015-2020.", NONE, "tong-ket"),
    ("Công an tỉnh Thái Bình tổ chức Hội nghị Công an toàn tỉnh năm 2023.", NONE, "tong-ket"),
    ("Tin tức", HL("Công an TP Đà Nẵng tổng kết công tác năm 2024"), "tong-ket"),
    # the headline decides before the body
    ("Tại hội nghị tổng kết, các đại biểu thảo luận.", HL("Hội nghị sơ kết 6 tháng đầu năm của Công an tỉnh"), "so-ket"),
    # the first event named decides
    ("Ngày 12/7, Công an tỉnh tổ chức hội nghị sơ kết 6 tháng; trước đó đã tổng kết năm 2023.", NONE, "so-ket"),
    # more congresses
    ("Sáng 15/8, Đảng bộ Công an tỉnh Hà Tĩnh long trọng tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2025 - 2030.", NONE, "dai-hoi"),
    ("Đảng bộ Công an TP Hà Nội tiến hành Đại hội đại biểu lần thứ XXVII.", NONE, "dai-hoi"),
    ("Công an tỉnh tổ chức Đại hội điểm Chi bộ Phòng Cảnh sát giao thông.", NONE, "dai-hoi"),
    ("Tin tức", HL("Bế mạc Đại hội đại biểu Đảng bộ Công an tỉnh Nghệ An lần thứ XXVI"), "dai-hoi"),
    ("Tin tức", HL("Đại hội Đảng bộ Công an tỉnh Kiên Giang thành công tốt đẹp"), "dai-hoi"),
    ("Tin tức", HL("Công an Cần Thơ: Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2025-2030"), "dai-hoi"),
    ("Đại hội Đảng bộ Công an Trung ương lần thứ VIII diễn ra tại Hà Nội.", NONE, "dai-hoi"),
    # more interim reviews
    ("Ngày 10/7, Công an tỉnh tổ chức hội nghị sơ kết công tác công an 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm.", NONE, "so-ket"),
    ("Đảng ủy Công an tỉnh tổ chức Hội nghị sơ kết 5 năm thực hiện Nghị quyết 12 của Bộ Chính trị.", NONE, "so-ket"),
    ("Tin tức", HL("Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Công an tỉnh"), "so-ket"),
    ("Công an tỉnh Bình Dương sơ kết công tác quý I năm 2024.", NONE, "so-ket"),
    ("Tin tức", HL("Hội nghị giữa nhiệm kỳ Đảng bộ Công an TPHCM"), "so-ket"),
    # more annual and end-of-term reviews
    ("Công an tỉnh tổng kết phong trào thi đua Vì an ninh Tổ quốc năm 2023.", NONE, "tong-ket"),
    ("Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2022.", NONE, "tong-ket"),
    ("Tin tức", HL("Công an tỉnh Quảng Ninh tổng kết công tác năm 2024"), "tong-ket"),
    ("Công an TP Hải Phòng tổ chức Hội nghị Công an toàn thành phố năm 2025.", NONE, "tong-ket"),
    ("Tin tức", HL("Tổng kết nhiệm kỳ 2020-2025 của Đảng bộ Công an tỉnh"), "tong-ket"),
    # and other things
    ("Công an tỉnh tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống Công an nhân dân.", NONE, "khac"),
    ("Hội nghị giao ban công tác công an tháng 8.", NONE, "khac"),
    ("Công an tỉnh tổ chức hội nghị triển khai Luật Căn cước.", NONE, "khac"),
    ("Tin tức", HL("Công an tỉnh ra quân bảo đảm an toàn giao thông dịp Tết"), "khac"),
    # other things
    ("Công an tỉnh tổ chức lễ ra quân trấn áp tội phạm.", NONE, "khac"),
    ("Công an tỉnh tổ chức hội thảo khoa học về phòng chống ma túy.", NONE, "khac"),
    ("Công an tỉnh trao quyết định bổ nhiệm Phó Giám đốc.", NONE, "khac"),
    ("Đoàn công tác Bộ Công an làm việc với Công an tỉnh.", NONE, "khac"),
    # --- families seen in real articles, in our own words ---
    # a congress as the object of another meeting, planned, or of the branches below, is not the event
    ("Chiều 30/9, Bộ Công an tổ chức họp báo thông tin về Đại hội đại biểu Đảng bộ Công an Trung ương lần thứ VIII.", NONE, "khac"),
    ("Ngày 24.7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị duyệt nội dung Đại hội Đảng bộ Công an tỉnh lần thứ 1.", NONE, "khac"),
    ("Hội nghị Ban Chấp hành Đảng bộ Công an tỉnh cho ý kiến vào dự thảo văn kiện Đại hội Đảng bộ Công an tỉnh.", NONE, "khac"),
    ("Đoàn công tác làm việc với Công an tỉnh về công tác chuẩn bị Đại hội Đảng bộ Công an tỉnh.", NONE, "khac"),
    ("Tiến tới Đại hội Đảng bộ Công an tỉnh lần thứ XVI, các chi bộ thi đua lập thành tích.", NONE, "khac"),
    ("Đảng ủy Công an tỉnh đẩy nhanh tiến độ đại hội đảng bộ, chi bộ trực thuộc.", HL("Tiến hành Đại hội Đảng bộ các cấp"), "khac"),
    ("Đến nay đã có 2 tổ chức cơ sở đảng trực thuộc tiến hành đại hội nhiệm kỳ 2020-2025.", NONE, "khac"),
    ("Theo kế hoạch, Đại hội đại biểu Đảng bộ Công an tỉnh hoàn thành trước ngày 31-8-2020.", NONE, "khac"),
    ("Hội nghị đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ Công an tỉnh.", NONE, "khac"),
    ("Tỉnh ủy tổ chức Đại hội Đảng bộ tỉnh lần thứ XX; Công an tỉnh bảo đảm an ninh.", NONE, "khac"),
    ("Công an tỉnh đồng loạt ra quân thực hiện cao điểm tấn công trấn áp tội phạm bảo vệ Đại hội Đảng các cấp.", NONE, "khac"),
    # another kind of event named first decides, whatever congress is mentioned later
    ("Ngày 3.11, tại hội trường Công an TP diễn ra Hội nghị giao ban trực tuyến công tác công an tháng 10.\n\n"
     "Công an TP bảo đảm an ninh cho Đại hội đại biểu Đảng bộ Công an T.Ư lần thứ VII.", NONE, "khac"),
    ("Sáng 12-12, Công an tỉnh tổ chức Lễ ra quân bảo đảm an ninh trật tự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.", NONE, "khac"),
    ("Chiều 3-3, Đoàn công tác của Bộ Công an đến thăm và làm việc với Công an tỉnh.", NONE, "khac"),
    ("Ngày 19.8, Công an tỉnh long trọng tổ chức lễ kỷ niệm 80 năm Ngày truyền thống.", NONE, "khac"),
    ("Chiều 29/6, Công an tỉnh tổ chức lễ công bố quyết định về tổ chức, cán bộ.", NONE, "khac"),
    ("Công an tỉnh tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI.", NONE, "khac"),
    ("Công an tỉnh tổ chức tọa đàm với công an xã.", NONE, "khac"),
    # reviews of a campaign or a programme are not annual reviews
    ("Sáng 10/3, Công an tỉnh tổ chức hội nghị tổng kết đợt cao điểm tấn công trấn áp tội phạm.", NONE, "khac"),
    ("Ngày 23-6, Bộ Công an tổ chức hội nghị trực tuyến tổng kết 10 năm thực hiện Chỉ thị số 03.", NONE, "khac"),
    ("Chiều 28/5, Công an tỉnh tổ chức hội nghị tổng kết 40 năm công tác công an phục vụ sự nghiệp đổi mới.", NONE, "khac"),
    # a congress reported although the opening does not name it
    ("Toàn cảnh đại hội\n\nĐại hội được tổ chức trong thời điểm có ý nghĩa. Tại Đại hội, Ban Thường vụ Tỉnh ủy công bố quyết định.", NONE, "dai-hoi"),
    ("Theo đánh giá tại đại hội, tội phạm hình sự được kiềm chế.", NONE, "dai-hoi"),
    ("Ban Chấp hành Đảng bộ Công an tỉnh khóa VII ra mắt Đại hội. Đại hội đã bầu ra Ban Chấp hành gồm 22 đồng chí.", NONE, "dai-hoi"),
    ("Phát biểu khai mạc, Đại tá Lê Văn A đề nghị các đại biểu thẳng thắn. Trên cơ sở đó, Đại hội đi sâu phân tích.", NONE, "dai-hoi"),
    ("Tham dự đại hội có Chủ tịch UBND tỉnh và 250 đại biểu.", NONE, "dai-hoi"),
    # congresses named in other ways
    ("Ngày 30-7, Thượng tướng Phạm Văn A, Thứ trưởng Bộ Công an dự và chỉ đạo tại Đại hội Đảng bộ Công an tỉnh Quảng Ngãi.", NONE, "dai-hoi"),
    ("Đảng bộ CA tỉnh Bình Định ngày 30-7 đã tổ chức Đại hội đại biểu lần thứ XIV.", NONE, "dai-hoi"),
    ("Sáng 4/10, Đại hội đại biểu Đảng bộ Công an Trung ương lần thứ VIII khai mạc.", NONE, "dai-hoi"),
    ("Tin tức", HL("Thượng tướng Phạm Văn B dự Đại hội Đảng bộ Công an tỉnh Quảng Ngãi"), "dai-hoi"),
    # annual reviews however they are named
    ("Ngày 07/01/2022, Công an tỉnh Đồng Tháp tổ chức tổng kết năm 2021.", NONE, "tong-ket"),
    ("Chiều 26/12, Công an tỉnh tổ chức hội nghị tổng kết công tác Công an tỉnh lần thứ 32.", NONE, "tong-ket"),
    ("Ngày 17/12, Công an tỉnh tổ chức hội nghị triển khai nhiệm vụ công tác công an năm 2026.", NONE, "tong-ket"),
    ("Sáng nay (ngày 3.1), Công an tỉnh Gia Lai tổ chức Hội nghị tổng kết công tác Công an năm 2023.", NONE, "tong-ket"),
    ("Hội nghị Công an toàn tỉnh lần thứ 45 diễn ra sáng 8/1.", NONE, "tong-ket"),
    ("Hội nghị Công an toàn quốc lần thứ 80 được tổ chức để tổng kết công tác công an năm 2024.", NONE, "tong-ket"),
    # interim reviews
    ("Sáng nay 25.6, Công an tỉnh tổ chức hội nghị sơ kết công tác công an 6 tháng đầu năm và sơ kết đề án.", NONE, "so-ket"),
    ("Chiều 11/7, Công an tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.", NONE, "so-ket"),
    ("Chiều 20/9, Công an tỉnh tổ chức hội nghị sơ kết 9 tháng năm 2024.", NONE, "so-ket"),
    ("Hội nghị giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Công an tỉnh khóa XV.", NONE, "so-ket"),
    # the congress of an association or a union is not a Party congress
    ("Công an tỉnh tổ chức Đại hội Hội Cựu Công an nhân dân tỉnh lần thứ I. Đại hội đã bầu ra Ban chấp hành Hội.", NONE, "khac"),
    ("Đại hội Đoàn Thanh niên Công an tỉnh lần thứ V diễn ra sáng 12/3. Tại Đại hội, các đại biểu bầu Ban Chấp hành.", NONE, "khac"),
    ("Công an tỉnh tổ chức Đại hội thi đua Vì an ninh Tổ quốc lần thứ IX. Phát biểu tại Đại hội, Giám đốc biểu dương.", NONE, "khac"),
]


@pytest.mark.parametrize("body, header, expected", EVENTS)
def test_extract_event(body, header, expected):
    assert extract_event(body, header) == expected


TERMS = [
    ("Đại hội đại biểu Đảng bộ Công an thành phố lần thứ 1, nhiệm kỳ 2025-2030 diễn ra ngày 12/8.", NONE, "2025-2030"),
    ("Hội nghị giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Công an TPHCM khóa XII, nhiệm kỳ 2020-2025.", NONE, "2020-2025"),
    ("Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025.", NONE, "2020-2025"),
    ("Đại hội Đảng bộ Công an tỉnh lần thứ XXII, nhiệm kỳ 2025 – 2030 khai mạc.", NONE, "2025-2030"),
    ("Đại hội Đảng bộ Công an tỉnh nhiệm kỳ 2015—2020.", NONE, "2015-2020"),
    # a term written elsewhere is not the event's
    ("Ngày 18-7, Công an TP Cần Thơ tổ chức hội nghị sơ kết 6 tháng. Trọng tâm là bảo vệ Đại hội nhiệm kỳ 2025 - 2030.", NONE, None),
    ("Hội nghị tổng kết công tác năm 2022 của Công an TP Cần Thơ.", NONE, None),
    # implausible spans are not terms
    ("Đại hội Đảng bộ Công an tỉnh, nhiệm kỳ 2020-2045.", NONE, None),
    ("Công an tỉnh tổ chức lễ ra quân, nhiệm kỳ 2020-2025.", NONE, None),  # no event named
    ("Tin", HL("Đại hội Đảng bộ Công an tỉnh Hà Tĩnh lần thứ XXII, nhiệm kỳ 2025 - 2030"), "2025-2030"),
    # the congress named in the headline, its term in the lead
    ("Sáng 27/7, Đảng bộ Công an tỉnh Kon Tum tổ chức Đại hội đại biểu lần thứ XVI, nhiệm kỳ 2020-2025.",
     HL("Đại hội Đảng bộ Công an tỉnh Kon Tum lần thứ XVI"), "2020-2025"),
    # … but not a review's: its term must be in its own sentence
    ("Công an tỉnh tổ chức hội nghị. Trọng tâm là Đại hội nhiệm kỳ 2025-2030.", HL("Công an tỉnh sơ kết 6 tháng"), None),
    # a congress's own term is the newest it names; the other is the one it reviews
    ("Phát biểu khai mạc, đại tá X đề nghị kiểm điểm Ban chấp hành Đảng bộ nhiệm kỳ 2015-2020. "
     "Ban chấp hành Đảng bộ Công an tỉnh nhiệm kỳ 2020 - 2025 ra mắt Đại hội.", NONE, "2020-2025"),
    ("Tại đại hội, đại tá Y cho biết trong nhiệm kỳ 2015 - 2020, Đảng ủy Công an TP đã lãnh đạo toàn diện.", DL("2020-08"), None),
    ("Đại hội đại biểu Đảng bộ Công an tỉnh lần thứ XII (nhiệm kỳ 2020-2025) chính thức khai mạc.", NONE, "2020-2025"),
    # a ceremony belongs to no term
    ("Công an tỉnh tổ chức lễ ra quân bảo vệ Đại hội, nhiệm kỳ 2026-2031.", NONE, None),
]


@pytest.mark.parametrize("body, header, expected", TERMS)
def test_extract_term(body, header, expected):
    assert extract_term(body, header) == expected


ORDINALS = [
    ("Đại hội đại biểu Đảng bộ Công an thành phố lần thứ 1, nhiệm kỳ 2025-2030.", "1"),
    ("Đại hội Đảng bộ Công an tỉnh Nghệ An lần thứ XXVI, nhiệm kỳ 2020-2025.", "XXVI"),
    ("Đại hội Đảng bộ Công an tỉnh, nhiệm kỳ 2020-2025.", None),
    ("Hội nghị sơ kết lần thứ 2.", None),
]


@pytest.mark.parametrize("body, expected", ORDINALS)
def test_extract_ordinal(body, expected):
    assert extract_ordinal(body, NONE) == expected


PERIODS = [
    # what a review covers: a year, a half-year, nine months, a term; the year of a year-less one from the date
    ("Sáng 4/1, Công an tỉnh tổ chức Hội nghị tổng kết công tác năm 2023.", NONE, "2023"),
    ("Ngày 17/12, Công an tỉnh tổ chức hội nghị tổng kết công tác công an, triển khai nhiệm vụ năm 2026.\n\n"
     "Năm 2025, Công an tỉnh đã hoàn thành các chỉ tiêu.", NONE, "2025"),
    ("Hội nghị Công an toàn quốc được tổ chức để tổng kết đánh giá kết quả các mặt công tác công an năm 2024.",
     DL("2024-12"), "2024"),
    ("Chiều 11/7, Công an tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.", NONE, "2024-H1"),
    ("Ngày 12/7, Công an tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.", DL("2024-07"), "2024-H1"),
    ("Ngày 20/9, Công an tỉnh tổ chức hội nghị sơ kết công tác 9 tháng năm 2023.", NONE, "2023-9M"),
    ("Ngày 8/1, Công an tỉnh tổ chức hội nghị tổng kết công tác năm.", DL("2025-01"), "2024"),
    ("Chiều 26/12, Công an tỉnh tổ chức hội nghị tổng kết công tác năm.", DL("2024-12"), "2024"),
    ("Ngày 29-6, Đảng bộ Công an tỉnh tổ chức hội nghị giữa nhiệm kỳ thực hiện Nghị quyết Đại hội, nhiệm kỳ 2020-2025.",
     DL("2023-06"), "2020-2025"),
    ("Đảng bộ Công an tỉnh tổ chức Hội nghị tổng kết nhiệm kỳ 2020-2025.", NONE, "2020-2025"),
    ("Ngày 11/8, Đảng bộ Công an tỉnh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n\n"
     "Nhiệm kỳ 2020-2025, Đảng ủy Công an tỉnh đã hoàn thành các chỉ tiêu.", DL("2025-08-11"), "2020-2025"),
    ("Tại đại hội, đại tá Y cho biết trong nhiệm kỳ 2015 - 2020, Đảng ủy Công an TP đã lãnh đạo toàn diện.", DL("2020-08"), "2015-2020"),
    ("Ngày 5/8, Đảng bộ Công an tỉnh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.", DL("2025-08"), None),
    ("Công an tỉnh tổ chức lễ kỷ niệm 80 năm Ngày truyền thống.", DL("2025-08"), None),
    ("Sáng 24.12, Công an tỉnh tổ chức hội nghị sơ kết công tác phối hợp.\n\nNăm 2021, Công an các tỉnh đã phối hợp.",
     NONE, "2021"),
    # next year's programme is not the period reviewed
    ("Ngày 5/1, Công an tỉnh tổ chức hội nghị triển khai chương trình công tác năm 2025.", NONE, None),
]


@pytest.mark.parametrize("body, header, expected", PERIODS)
def test_period_of_the_article(body, header, expected):
    assert extract_article("x.txt", body, header).period == expected
