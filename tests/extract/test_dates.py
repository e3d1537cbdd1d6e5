"""extract_date / extract_published on real-style sentences: (body, header, expected)."""
import datetime as dt

import pytest

from dangbo.extract.dates import extract_date, extract_published, find_date
from dangbo.read import Header

H = Header
NONE = Header()
TS = lambda d: Header(timestamp=d)  # noqa: E731 — a publication timestamp
DL = lambda d: Header(date_line=d)  # noqa: E731 — the scraper's " date" line

CASES = [
    # --- the year comes from the publication timestamp or the date line ---
    ("Ngày 29-6, Đảng bộ Công an TPHCM đã tổ chức hội nghị giữa nhiệm kỳ.", DL("2023-06"), "2023-06-29"),
    ("Ngày 18-7, Công an TP Cần Thơ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2025.", TS("2025-07-18"), "2025-07-18"),
    ("STO - Ngày 7/9, Tỉnh ủy Sóc Trăng tổ chức Hội nghị sơ kết giữa nhiệm kỳ.", TS("2023-09-20"), "2023-09-07"),
    ("Sáng 15-8, Công an tỉnh Long An tổ chức Đại hội đại biểu Đảng bộ.", TS("2025-08-16"), "2025-08-15"),
    ("Chiều 3/9, Công an tỉnh tổ chức hội nghị.", TS("2024-09-04"), "2024-09-03"),
    ("Tối 3/9, tại hội trường Công an tỉnh đã diễn ra hội nghị.", TS("2024-09-04"), "2024-09-03"),
    # a day later in the year than the publication belongs to the year before
    ("Ngày 28/12, Công an tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm.", TS("2024-01-03"), "2023-12-28"),
    ("Chiều 30-12, Công an TP Hà Nội tổ chức hội nghị tổng kết.", DL("2024-01"), "2023-12-30"),
    # dotted day.month
    ("Chiều 2.1, Công an TP.Cần Thơ tổ chức hội nghị tổng kết.", TS("2023-01-03"), "2023-01-02"),
    ("Sáng 12.8, Đại hội đại biểu Đảng bộ Công an tỉnh Quảng Nam lần thứ XX khai mạc.", TS("2020-08-12"), "2020-08-12"),
    # multi-day events take the first day
    ("Trong hai ngày 24 và 25/7, Đảng bộ Công an tỉnh Hậu Giang tổ chức Đại hội.", TS("2025-07-26"), "2025-07-24"),
    ("Ngày 30 và 31.7, Đại hội đại biểu Đảng bộ Công an tỉnh Bến Tre đã diễn ra.", TS("2020-08-01"), "2020-07-30"),
    ("Từ ngày 24 đến 25/7, Đại hội Đảng bộ Công an tỉnh diễn ra.", TS("2020-07-26"), "2020-07-24"),
    ("Trong 2 ngày 14-15/7, Đảng bộ Công an tỉnh Bình Dương tổ chức Đại hội.", TS("2020-07-16"), "2020-07-14"),
    # "Sáng nay 6-8"
    ("Sáng nay 6-8, Công an tỉnh Đồng Tháp tổ chức Đại hội đại biểu Đảng bộ.", TS("2025-08-06"), "2025-08-06"),
    ("Chiều nay (12/8), Công an tỉnh tổ chức hội nghị.", TS("2025-08-12"), "2025-08-12"),  # the day in brackets
    ("Sáng nay (29/7), Đảng bộ Công an tỉnh Quảng Bình tổ chức Đại hội đại biểu lần thứ XXII.", TS("2020-07-29"), "2020-07-29"),
    ("Hôm qua (14/7), Công an tỉnh Bình Phước tổ chức hội nghị sơ kết.", TS("2023-07-15"), "2023-07-14"),
    ("Trong 2 ngày (24 - 25/7), Đảng bộ Công an tỉnh Phú Yên tổ chức Đại hội.", TS("2020-07-26"), "2020-07-24"),
    ("Tối ngày 3-9, Công an tỉnh tổ chức hội nghị.", TS("2024-09-04"), "2024-09-03"),
    # a year written with the day wins over everything
    ("Ngày 12/8/2025, Đảng bộ Công an thành phố Cần Thơ tổ chức Đại hội.", NONE, "2025-08-12"),
    ("Sáng 15-8-2020, Công an tỉnh Trà Vinh tổ chức Đại hội.", NONE, "2020-08-15"),
    ("Hội nghị diễn ra ngày 30 tháng 7 năm 2020 tại Hội trường Công an tỉnh.", NONE, "2020-07-30"),
    ("Ngày 5 tháng 1 năm 2024, Công an tỉnh tổ chức hội nghị tổng kết.", NONE, "2024-01-05"),
    # the term of a congress gives the year
    ("Đại hội đại biểu Đảng bộ Công an thành phố lần thứ 1, nhiệm kỳ 2025-2030 diễn ra ngày 12/8.", NONE, "2025-08-12"),
    ("Ngày 20/7, Đại hội Đảng bộ Công an tỉnh Kiên Giang lần thứ XVI, nhiệm kỳ 2020 – 2025 khai mạc.", NONE, "2020-07-20"),
    # a review of a named year: held at the turn of that year
    ("Đây là thông tin tại Hội nghị tổng kết công tác năm 2022 của Công an TP.Cần Thơ diễn ra chiều 2.1.", NONE, "2023-01-02"),
    ("Sáng 28/12, Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2023.", NONE, "2023-12-28"),
    ("Ngày 9/1, Công an tỉnh Sơn La tổ chức Hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022.", NONE, "2022-01-09"),
    # a named part-year review gives the year
    ("Ngày 18-7, Công an TP Cần Thơ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2025.", NONE, "2025-07-18"),
    ("Chiều 20/9, Công an tỉnh tổ chức hội nghị sơ kết 9 tháng năm 2024.", NONE, "2024-09-20"),
    # no evidence of the year: None, never a guess
    ("Ngày 12/8, Đảng bộ Công an tỉnh tổ chức hội nghị.", NONE, None),
    ("Sáng 15-8, Công an tỉnh An Giang tổ chức Đại hội điểm.", NONE, None),
    ("Chiều 2.1, Công an tỉnh tổ chức hội nghị.", NONE, None),
    # no day at all
    # no day, but reported as held ("Vừa qua … tổ chức hội nghị"): the month of publication (METADATA.md)
    ("Vừa qua, Công an tỉnh Bắc Ninh tổ chức hội nghị sơ kết.", TS("2024-07-10"), "2024-07"),
    ("Công an tỉnh đã tổ chức Đại hội đại biểu Đảng bộ nhiệm kỳ 2020-2025.", NONE, None),
    ("Tội phạm xâm phạm trật tự xã hội giảm 13,66% so với cùng kỳ.", TS("2025-07-18"), None),
    ("Nghị quyết số 12 của Bộ Chính trị; tỷ lệ 82,94%; giai đoạn 2022 - 2025.", TS("2023-09-20"), None),
    ("6 tháng đầu năm 2025, lực lượng Công an đã triển khai đồng bộ các giải pháp.", TS("2025-07-18"), None),
    # a day named for another reason is not the event's
    ("Chào mừng kỷ niệm ngày 19/8, Công an tỉnh tổ chức nhiều hoạt động.", TS("2025-08-20"), None),
    ("Các đơn vị hoàn thành trước ngày 15/8 theo kế hoạch.", TS("2025-07-20"), None),
    # impossible days and months are not dates
    ("Ngày 31/2, Công an tỉnh tổ chức hội nghị.", TS("2024-03-05"), None),
    ("Ngày 12/13, Công an tỉnh tổ chức hội nghị.", TS("2024-03-05"), None),
    ("Ngày 12/8/1890, Công an tỉnh tổ chức hội nghị.", NONE, None),
    ("Ngày 0/8, Công an tỉnh tổ chức hội nghị.", TS("2024-09-05"), None),
    # the sentence that reports the event wins over an earlier aside
    ("Theo kế hoạch đến ngày 30/6 hoàn thành. Ngày 12/7, Công an tỉnh tổ chức hội nghị sơ kết.", TS("2024-07-13"), "2024-07-12"),
    ("Sáng 26/7, tại Hội trường Công an tỉnh, Đảng bộ Công an tỉnh Ninh Bình tổ chức Đại hội.", TS("2020-07-27"), "2020-07-26"),
    ("Trong không khí phấn khởi, sáng 10/8, Đại hội đại biểu Đảng bộ Công an tỉnh Hà Tĩnh khai mạc.", TS("2020-08-10"), "2020-08-10"),
    ("Ngày 2/8, Đảng bộ Công an tỉnh Yên Bái long trọng tổ chức Đại hội đại biểu lần thứ XXI.", DL("2020-08-03"), "2020-08-02"),
    ("Ngày 14/7, Công an tỉnh Gia Lai tổ chức Hội nghị sơ kết công tác Công an 6 tháng đầu năm 2021.", NONE, "2021-07-14"),
    ("Chiều 29/12, Công an TP Đà Nẵng tổ chức hội nghị tổng kết công tác năm 2024.", NONE, "2024-12-29"),
    ("Sáng 4-1, Công an tỉnh Thái Bình tổ chức Hội nghị tổng kết công tác Công an năm 2022.", NONE, "2023-01-04"),
    ("Sáng 16/1, Công an tỉnh Quảng Ninh tổ chức Hội nghị tổng kết công tác năm 2024.", NONE, "2025-01-16"),
    # a news agency's dateline before the lead
    ("(Chinhphu.vn) - Sáng 14/7, Công an tỉnh Quảng Ninh tổ chức Hội nghị sơ kết.", TS("2023-07-14"), "2023-07-14"),
    ("VOV.VN - Chiều 3/8, Đảng bộ Công an tỉnh Lạng Sơn tổ chức Đại hội.", TS("2020-08-04"), "2020-08-03"),
    # a date line with a day
    ("Chiều 21/8, Đảng bộ Công an tỉnh Tuyên Quang tổ chức Đại hội.", DL("2025-08-22"), "2025-08-21"),
    ("Sáng 5/10, Công an tỉnh tổ chức hội nghị.", DL("2022-10"), "2022-10-05"),
    ("Sáng 25/11, Công an tỉnh tổ chức hội nghị.", DL("2022-10"), "2021-11-25"),
    # the headline carries the date
    ("Hội nghị được tổ chức trọng thể.", Header(headline="Sáng 12/8, Đại hội Đảng bộ Công an tỉnh Lào Cai", timestamp="2025-08-13"), "2025-08-12"),
    # "vào" before the day
    ("Hội nghị được tổ chức vào sáng ngày 14/7 tại Hà Nội.", TS("2023-07-15"), "2023-07-14"),
    ("Đại hội diễn ra vào ngày 20/7.", TS("2020-07-25"), "2020-07-20"),
    # the worded form without year uses the reference
    ("Ngày 30 tháng 7, Đại hội đại biểu Đảng bộ Công an tỉnh khai mạc.", TS("2020-08-02"), "2020-07-30"),
    # upper case lead
    ("SÁNG 12/8, ĐẢNG BỘ CÔNG AN TỈNH TỔ CHỨC ĐẠI HỘI.", TS("2025-08-12"), "2025-08-12"),
    # a date after the build date is not plausible
    ("Ngày 12/8/2031, Công an tỉnh tổ chức hội nghị.", NONE, None),
    # a numbered list item is not a date
    ("1. Ngày 12.5 điểm trung bình.", NONE, None),
    ("Ngày 21-22/7, Đảng bộ Công an tỉnh Cà Mau tổ chức Đại hội.", TS("2020-07-23"), "2020-07-21"),
]


@pytest.mark.parametrize("body, header, expected", CASES)
def test_extract_date(body, header, expected):
    assert extract_date(body, header, latest=dt.date(2026, 11, 28)) == expected


PUBLISHED = [
    (TS("2023-09-20"), "2023-09-20"),  # a timestamp wins
    (DL("2023-06"), "2023-06"),  # the date line at its own precision
    (DL("2020-08-03"), "2020-08-03"),
    (Header(date_line="2023-06", timestamp="2023-06-30"), "2023-06-30"),
    (NONE, None),
]


@pytest.mark.parametrize("header, expected", PUBLISHED)
def test_extract_published(header, expected):
    assert extract_published("Văn bản.", header) == expected


def test_basis_is_reported_for_review():
    finding = find_date("Hội nghị tổng kết công tác năm 2022 diễn ra chiều 2.1.", NONE)
    assert (finding.value, finding.basis) == ("2023-01-02", "year review")
    assert finding.weak == "năm suy ra từ năm được tổng kết"  # listed for review, in Vietnamese
