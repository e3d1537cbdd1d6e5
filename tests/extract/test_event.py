"""extract_event / extract_term / extract_ordinal: the first event named decides."""
import pytest

from dangbo.extract.event import extract_event, extract_ordinal, extract_term
from dangbo.read import Header

NONE = Header()
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
