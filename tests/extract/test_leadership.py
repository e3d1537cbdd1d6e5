"""elected_secretary / committee_size / delegates (issue 15): our own sentences in the papers' phrasing."""
import pytest

from dangbo.extract import extract_article
from dangbo.read import Header

NONE = Header()
HL = lambda h: Header(headline=h)  # noqa: E731
OPEN = "Ngày 12/8/2025, Đảng bộ Công an tỉnh Nghệ An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. "
OPEN_2020 = "Sáng 26/8/2020, Đảng bộ Công an tỉnh Hà Tĩnh tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2020-2025. "

# (body, header, expected (elected_secretary, committee_size, delegates))
CASES = [
    # elected, the name before "được bầu", its role between commas
    (OPEN_2020 + "Đại tá Nguyễn Hồng Phong, Giám đốc Công an tỉnh, được bầu giữ chức Bí thư Đảng ủy Công an tỉnh nhiệm kỳ 2020-2025.",
     NONE, ("Nguyễn Hồng Phong", None, None)),
    (OPEN_2020 + "Đồng chí Trần Văn Minh được Đại hội tín nhiệm bầu giữ chức Bí thư Đảng ủy Công an tỉnh.",
     NONE, ("Trần Văn Minh", None, None)),
    # "bầu đồng chí X giữ chức": the name between the verb and the post
    (OPEN_2020 + "Ban Chấp hành đã bầu đồng chí Đại tá Lê Quang Hòa, Giám đốc Công an tỉnh giữ chức Bí thư Đảng ủy Công an tỉnh.",
     NONE, ("Lê Quang Hòa", None, None)),
    (OPEN_2020 + "Hội nghị lần thứ nhất Ban Chấp hành đã bầu Thiếu tướng Phạm Đức Long làm Bí thư Đảng ủy.",
     NONE, ("Phạm Đức Long", None, None)),
    # a re-election
    (OPEN_2020 + "Thiếu tướng Võ Văn Bình tái đắc cử Bí thư Đảng ủy Công an tỉnh nhiệm kỳ 2020-2025.",
     NONE, ("Võ Văn Bình", None, None)),
    (OPEN_2020 + "Đại tá Đinh Công Sơn tiếp tục được bầu giữ chức Bí thư Đảng ủy Công an tỉnh.",
     NONE, ("Đinh Công Sơn", None, None)),
    (OPEN_2020 + "Đồng chí Hoàng Minh Tuấn được bầu lại làm Bí thư Đảng ủy Công an tỉnh khóa mới.",
     NONE, ("Hoàng Minh Tuấn", None, None)),
    # appointed (the 2025–2030 committees)
    (OPEN + "Ban Thường vụ Tỉnh ủy công bố quyết định chỉ định Ban Chấp hành. Thiếu tướng Bùi Quang Thanh, Giám đốc Công an tỉnh, "
     "được chỉ định giữ chức Bí thư Đảng ủy Công an tỉnh.", NONE, ("Bùi Quang Thanh", None, None)),
    # the headline says it
    (OPEN_2020 + "Đại hội đã thành công tốt đẹp.", HL("Đại tá Ngô Văn Hải được bầu giữ chức Bí thư Đảng ủy Công an tỉnh Quảng Bình"),
     ("Ngô Văn Hải", None, None)),
    # a new secretary named after the post
    (OPEN_2020 + "Tân Bí thư Đảng ủy Công an tỉnh Hà Tĩnh - Đại tá Nguyễn Hồng Phong phát biểu nhận nhiệm vụ.",
     NONE, ("Nguyễn Hồng Phong", None, None)),
    (OPEN_2020 + "Đồng chí được bầu giữ chức Bí thư Đảng ủy Công an tỉnh nhiệm kỳ 2020-2025 là Đại tá Trương Văn Lực.",
     NONE, ("Trương Văn Lực", None, None)),
    # a deputy is not the secretary
    (OPEN_2020 + "Đại tá Lý Văn Nam được bầu giữ chức Phó Bí thư Đảng ủy Công an tỉnh.", NONE, (None, None, None)),
    # an acting secretary is not elected
    (OPEN_2020 + "Đại tá Mai Văn Tùng, Phó Bí thư phụ trách, được chỉ định giữ chức Quyền Bí thư Đảng ủy Công an tỉnh.",
     NONE, (None, None, None)),
    # someone who holds the post, not chosen at this congress
    (OPEN_2020 + "Đại tá Hà Văn Cường, Bí thư Đảng ủy, Giám đốc Công an tỉnh phát biểu khai mạc Đại hội.", NONE, (None, None, None)),
    # a district police congress
    ("Ngày 5/6/2020, Đảng bộ Công an huyện Nghi Lộc tổ chức Đại hội đại biểu lần thứ XV. Thượng tá Phan Văn Đức được bầu giữ chức "
     "Bí thư Đảng ủy Công an huyện. Ban Chấp hành gồm 9 đồng chí. Dự đại hội có 85 đại biểu chính thức.", NONE, (None, None, None)),
    # a provincial Party congress that is not the police's
    ("Sáng 14/10/2020, Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XIX khai mạc với 350 đại biểu chính thức. Đồng chí Hoàng Trung Dũng "
     "được bầu giữ chức Bí thư Tỉnh ủy. Ban Chấp hành Đảng bộ tỉnh gồm 53 đồng chí.", NONE, (None, None, None)),
    # a police congress article that mentions the provincial Party congress's secretary
    (OPEN_2020 + "Đồng chí Hoàng Trung Dũng được bầu giữ chức Bí thư Tỉnh ủy tại Đại hội Đảng bộ tỉnh.", NONE, (None, None, None)),
    # the army's Party committee
    (OPEN_2020 + "Đại tá Phạm Văn Hùng được bầu giữ chức Bí thư Đảng ủy Quân sự tỉnh.", NONE, (None, None, None)),
    # not a congress: a review conference
    ("Ngày 8/1/2024, Công an tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác năm 2023. Đại tá Bùi Quang Thanh được bầu giữ chức "
     "Bí thư Đảng ủy Công an tỉnh. Hội nghị có 300 đại biểu.", NONE, (None, None, None)),
    # committee size
    (OPEN + "Ban Chấp hành Đảng bộ Công an tỉnh nhiệm kỳ 2025-2030 gồm 15 đồng chí.", NONE, (None, 15, None)),
    (OPEN_2020 + "Đại hội đã bầu Ban Chấp hành Đảng bộ Công an tỉnh khóa XXII, nhiệm kỳ 2020 – 2025 gồm 25 đồng chí.", NONE, (None, 25, None)),
    (OPEN_2020 + "Đại hội đã lựa chọn và bầu 21 đồng chí vào Ban Chấp hành Đảng bộ Công an tỉnh nhiệm kỳ 2020-2025.", NONE, (None, 21, None)),
    (OPEN_2020 + "Tại Đại hội, các đại biểu đã bầu Ban Chấp hành nhiệm kỳ mới gồm mười chín đồng chí.", NONE, (None, 19, None)),
    (OPEN + "Ban Thường vụ Tỉnh ủy chỉ định Ban Chấp hành Đảng bộ Công an tỉnh gồm 27 đồng chí, Ban Thường vụ gồm 9 đồng chí.",
     NONE, (None, 27, None)),
    # the standing committee alone is not the committee
    (OPEN + "Ban Thường vụ Đảng ủy Công an tỉnh gồm 9 đồng chí.", NONE, (None, None, None)),
    # the delegation to the provincial congress is not the committee
    (OPEN_2020 + "Đại hội cũng bầu đoàn đại biểu gồm 11 đồng chí đi dự Đại hội Đảng bộ tỉnh lần thứ XIX.", NONE, (None, None, None)),
    # the provincial Party committee named in a police congress article
    (OPEN_2020 + "Đồng chí là Ủy viên Ban Chấp hành Đảng bộ tỉnh, nhiệm kỳ gồm 53 đồng chí.", NONE, (None, None, None)),
    # delegates
    (OPEN_2020 + "Đại hội có sự tham gia của 198 đại biểu chính thức đại diện cho hơn 2.000 đảng viên trong toàn Đảng bộ.",
     NONE, (None, None, 198)),
    (OPEN + "Về dự Đại hội có 250 đại biểu ưu tú, đại diện cho gần 3.000 đảng viên.", NONE, (None, None, 250)),
    (OPEN + "Đại hội diễn ra với sự tham dự của 1.200 đại biểu chính thức.", NONE, (None, None, 1200)),
    (OPEN + "Đại hội vinh dự đón hai trăm đại biểu chính thức.", NONE, (None, None, 200)),
    # the official count wins over a plain one said first
    (OPEN + "Hơn 300 đại biểu và khách mời dự lễ khai mạc đại hội. Đại hội có 220 đại biểu chính thức.", NONE, (None, None, 220)),
    (OPEN + "Dự Đại hội có 180 đại biểu, đại diện cho 2.100 đảng viên.", NONE, (None, None, 180)),
    # approximate: null
    (OPEN + "Hơn 300 đại biểu đại diện cho hơn 3.000 đảng viên dự đại hội.", NONE, (None, None, None)),
    (OPEN + "Đại hội có gần 200 đại biểu tham dự.", NONE, (None, None, None)),
    # electing the delegation to the congress above is not the attendance
    (OPEN_2020 + "Đại hội đã bầu 15 đại biểu chính thức đi dự Đại hội Đảng bộ tỉnh lần thứ XIX.", NONE, (None, None, None)),
    (OPEN_2020 + "Đại hội bầu đoàn đại biểu dự Đại hội Đảng bộ Công an Trung ương gồm 3 đồng chí.", NONE, (None, None, None)),
    # alternates
    (OPEN_2020 + "Đại hội bầu 12 đại biểu chính thức và 2 đại biểu dự khuyết đi dự Đại hội Đảng bộ tỉnh.", NONE, (None, None, None)),
    # a figure with the word "đại biểu" elsewhere is not the congress's attendance
    (OPEN + "Năm 2024, Công an tỉnh đã tiếp 45 đại biểu Quốc hội đến làm việc.", NONE, (None, None, None)),
    # all three in one article
    (OPEN + "Đại hội có 230 đại biểu chính thức. Ban Chấp hành Đảng bộ Công an tỉnh nhiệm kỳ 2025-2030 gồm 23 đồng chí. "
     "Thiếu tướng Bùi Quang Thanh, Giám đốc Công an tỉnh, được chỉ định giữ chức Bí thư Đảng ủy Công an tỉnh.",
     NONE, ("Bùi Quang Thanh", 23, 230)),
    # a city's police Party committee ("Công an thành phố", "Công an TP")
    ("Ngày 5/8/2025, Đảng bộ Công an TP Cần Thơ tổ chức Đại hội đại biểu lần thứ I. Thiếu tướng Nguyễn Văn Thuận được chỉ định "
     "giữ chức Bí thư Đảng ủy Công an TP Cần Thơ nhiệm kỳ 2025-2030.", NONE, ("Nguyễn Văn Thuận", None, None)),
]


@pytest.mark.parametrize("body, header, expected", CASES)
def test_leadership(body, header, expected):
    article = extract_article("x.txt", body, header)
    assert (article.elected_secretary, article.committee_size, article.delegates) == expected


def test_evidence_quotes_the_sentence():
    body = OPEN + "Đại hội có 230 đại biểu chính thức. Thiếu tướng Bùi Quang Thanh được chỉ định giữ chức Bí thư Đảng ủy Công an tỉnh."
    article = extract_article("x.txt", body, NONE)
    quotes = {e.field: e.quote for e in article.evidence}
    assert quotes["delegates"] == "Đại hội có 230 đại biểu chính thức."
    assert "Bùi Quang Thanh được chỉ định" in quotes["elected_secretary"]
    assert "committee_size" not in quotes


def test_enough_cases():
    assert len(CASES) >= 30
