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
    ("Công an tỉnh đã tổ chức Đại hội đại biểu Đảng bộ nhiệm kỳ 2020-2025.", NONE, "2020"),  # no day: the year of the term
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
    # --- families seen in real articles (tests/realworld/cases.yaml), in our own words ---
    # same-day reporting: the date line is the day itself
    ("Ngày 14/6, Công an tỉnh Hà Nam tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.", DL("2024-06-14"), "2024-06-14"),
    # a day just after the date line is the same year (an evening report, an announcement)…
    ("Ngày 19.8, Công an tỉnh Phú Yên tổ chức lễ kỷ niệm 80 năm Ngày truyền thống.", DL("2025-08-18"), "2025-08-19"),
    ("Chiều 20/8, Công an tỉnh Kon Tum tổ chức hội nghị.", DL("2025-08-14"), "2025-08-20"),
    # … more than a week after it, the year before
    ("Chiều 28/8, Công an tỉnh Kon Tum tổ chức hội nghị.", DL("2025-08-14"), "2024-08-28"),
    ("Ngày 29/12, Công an tỉnh Hà Giang tổ chức hội nghị tổng kết công tác năm 2023.", DL("2024-01"), "2023-12-29"),
    ("Sáng 26-12, Công an TP Huế tổ chức hội nghị tổng kết.", DL("2025-01"), "2024-12-26"),
    # the count of days in digits, with a comma; "các ngày"; "Hôm qua ngày"; the day in brackets after "Sáng nay"
    ("Trong 2 ngày, 9 và 10/7, Đảng bộ Công an tỉnh Bắc Giang tổ chức Đại hội đại biểu lần thứ XXI, nhiệm kỳ 2020-2025.", NONE, "2020-07-09"),
    ("Trong các ngày 14, 15/7, Đảng bộ Công an tỉnh Hòa Bình tổ chức Đại hội.", DL("2020-07"), "2020-07-14"),
    ("Hôm qua ngày 29/6, Công an tỉnh Bình Phước tổ chức hội nghị sơ kết.", DL("2022-06"), "2022-06-29"),
    ("Sáng nay (ngày 4.1), Công an tỉnh Kon Tum tổ chức Hội nghị tổng kết công tác năm 2023.", NONE, "2024-01-04"),
    ("Hôm nay (12/8), Công an tỉnh Cao Bằng tổ chức Đại hội đại biểu.", DL("2025-08-12"), "2025-08-12"),
    ("Từ ngày 10 đến 12/8, Đại hội Đảng bộ Công an tỉnh diễn ra.", DL("2025-08"), "2025-08-10"),
    # "ngày 30- 7" with a space; a timestamp on its own line
    ("Đảng bộ CA tỉnh Phú Yên ngày 30- 7 đã tổ chức Đại hội đại biểu lần thứ XIV, nhiệm kỳ 2020-2025.", TS("2020-07-31"), "2020-07-30"),
    # a full date in the lead wins over a stand-alone publication line further down
    ("Ngày 27/12/2024, Công an tỉnh Yên Bái tổ chức Hội nghị tổng kết.\n\n28/12/2024\n\nGiám đốc báo cáo.", NONE, "2024-12-27"),
    # no date line: the year comes from the period under review
    ("Sáng 6/1, Công an tỉnh Nam Định tổ chức Hội nghị Công an toàn tỉnh lần thứ 46.\n\n"
     "Năm 2023, Công an tỉnh đã triển khai đồng bộ các mặt công tác.", NONE, "2024-01-06"),
    ("Chiều 27/12, Công an tỉnh Tây Ninh tổ chức hội nghị tổng kết công tác công an.\n\n"
     "Năm 2022, Công an tỉnh đã kéo giảm tội phạm.", NONE, "2022-12-27"),
    ("Ngày 17/12, Công an tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác công an.\n\n"
     "Trong năm 2024, lực lượng Công an tỉnh đã triển khai quyết liệt.", NONE, "2024-12-17"),
    ("Ngày 12/7, Công an tỉnh Hưng Yên tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n\n"
     "So với cùng kỳ năm 2022, tội phạm về trật tự xã hội giảm 5 vụ.", NONE, "2023-07-12"),
    ("Chiều 15/7, Công an tỉnh tổ chức hội nghị. Hội nghị đánh giá kết quả 6 tháng đầu năm 2025.", NONE, "2025-07-15"),
    ("Chiều 8.1, Công an tỉnh tổ chức hội nghị.\n\nHội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.", NONE, "2025-01-08"),
    # the month a briefing reviews, with its year
    ("Ngày 3.11, tại hội trường Công an tỉnh diễn ra Hội nghị giao ban công tác công an tháng 10.2020.", NONE, "2020-11-03"),
    ("Ngày 4.1, Công an tỉnh tổ chức giao ban công tác tháng 12.2023.", NONE, "2024-01-04"),
    # no day: an event reported as held takes the month of the date line or timestamp
    ("Về dự Đại hội có Thiếu tướng Lê Văn Sáu, Thứ trưởng Bộ Công an.\n\nTại Đại hội, các đại biểu đã thảo luận văn kiện.",
     DL("2021-07"), "2021-07"),
    ("Tại hội nghị, Công an tỉnh Lạng Sơn đã đánh giá kết quả 6 tháng đầu năm.", TS("2023-07-05"), "2023-07"),
    ("Chỉ đạo tại buổi ra quân, Thứ trưởng Lê Văn Bảy yêu cầu tăng cường tuần tra.", DL("2021-01"), "2021-01"),
    ("Nhân kỷ niệm ngày 19/8, Công an tỉnh tổ chức hội nghị.", DL("2024-08"), "2024-08"),  # that day is not the event's
    # … or, without a date line, the year of its term or of the half-year it reviews
    ("Tại Đại hội, Ban Chấp hành Đảng bộ Công an tỉnh nhiệm kỳ 2025-2030 ra mắt.", NONE, "2025"),
    ("Sáng nay, Công an tỉnh Bến Tre tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023.", NONE, "2023"),
    # … but nothing for an event still to come or not reported as held
    ("Đại hội Đảng bộ Công an tỉnh sẽ diễn ra trong 2 ngày tới.", DL("2025-07"), None),
    ("Công an tỉnh vừa ban hành kế hoạch bảo đảm an ninh cho Đại hội.", DL("2025-07"), None),
    # the closing day, when it is the only one named; the year from the term
    ("Chiều 23/7, Đại hội đại biểu Đảng bộ Công an tỉnh Bình Thuận lần thứ XV, nhiệm kỳ 2020-2025 đã bế mạc.", NONE, "2020-07-23"),
    ("Sáng 31.7, Đại hội đại biểu Đảng bộ Công an tỉnh Ninh Bình khai mạc.", DL("2025-07"), "2025-07-31"),
    ("Ngày 31/7, Công an tỉnh tổ chức Đại hội.", DL("2025-08"), "2025-07-31"),
    ("Ngày 5/10, Công an tỉnh Thái Nguyên tổ chức hội nghị sơ kết công tác 9 tháng năm 2024.", NONE, "2024-10-05"),
    ("Theo kế hoạch, trước ngày 30/8 hoàn thành đại hội cơ sở. Sáng 12/8, Đảng bộ Công an tỉnh Gia Lai tổ chức Đại hội.",
     DL("2025-08"), "2025-08-12"),
    ("Tối 3.9, tại hội trường Công an tỉnh diễn ra lễ kỷ niệm.", TS("2024-09-04"), "2024-09-03"),
    ("Ngày 5 tháng 8 năm 2025, Đảng bộ Công an tỉnh Lai Châu tổ chức Đại hội.", NONE, "2025-08-05"),
    ("Hội nghị diễn ra vào sáng ngày 12/8 tại hội trường Công an tỉnh.", DL("2025-08"), "2025-08-12"),
    ("Ngày 31/6, Công an tỉnh tổ chức hội nghị.", DL("2024-07"), None),  # no such day
    ("Ngày 10/2, Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2024.", NONE, "2025-02-10"),
    ("Chiều 20/12, Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2021.", NONE, "2021-12-20"),
    ("Sáng 12-10, phiên khai mạc Đại hội Đảng bộ Công an Trung ương lần thứ VII nhiệm kỳ 2020-2025 được tổ chức.", NONE, "2020-10-12"),
    ("Sáng 24.12, Công an tỉnh tổ chức hội nghị sơ kết công tác phối hợp.\n\nNăm 2021, Công an các tỉnh giáp ranh đã phối hợp.",
     NONE, "2021-12-24"),  # a year-end interim review and the year it covers
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
