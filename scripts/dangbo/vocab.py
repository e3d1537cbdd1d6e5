"""Vocabularies shared by several extractors: provinces, papers, ranks, titles, surnames.

The province tables follow Nghị quyết 202/2025/QH15 (34 provinces from
1 July 2025) and Nghị quyết 175/2024/QH15 (Thừa Thiên Huế became the
centrally-run city Huế on 1 January 2025). ``tests/test_vocab.py`` checks the
merger table against the ``vietnam-provinces`` data set (see README, "Province
data"), so that a typing slip here fails the tests.
"""
from __future__ import annotations

from types import MappingProxyType

# The 34 provinces and centrally-run cities from 1 July 2025, each with the
# legacy provinces merged into it (itself first when it kept its name).
MERGERS_2025 = MappingProxyType({
    "Hà Nội": ("Hà Nội",),
    "Huế": ("Thừa Thiên Huế",),
    "Lai Châu": ("Lai Châu",),
    "Điện Biên": ("Điện Biên",),
    "Sơn La": ("Sơn La",),
    "Lạng Sơn": ("Lạng Sơn",),
    "Quảng Ninh": ("Quảng Ninh",),
    "Thanh Hóa": ("Thanh Hóa",),
    "Nghệ An": ("Nghệ An",),
    "Hà Tĩnh": ("Hà Tĩnh",),
    "Cao Bằng": ("Cao Bằng",),
    "Tuyên Quang": ("Tuyên Quang", "Hà Giang"),
    "Lào Cai": ("Lào Cai", "Yên Bái"),
    "Thái Nguyên": ("Thái Nguyên", "Bắc Kạn"),
    "Phú Thọ": ("Phú Thọ", "Vĩnh Phúc", "Hòa Bình"),
    "Bắc Ninh": ("Bắc Ninh", "Bắc Giang"),
    "Hưng Yên": ("Hưng Yên", "Thái Bình"),
    "Hải Phòng": ("Hải Phòng", "Hải Dương"),
    "Ninh Bình": ("Ninh Bình", "Hà Nam", "Nam Định"),
    "Quảng Trị": ("Quảng Trị", "Quảng Bình"),
    "Đà Nẵng": ("Đà Nẵng", "Quảng Nam"),
    "Quảng Ngãi": ("Quảng Ngãi", "Kon Tum"),
    "Gia Lai": ("Gia Lai", "Bình Định"),
    "Khánh Hòa": ("Khánh Hòa", "Ninh Thuận"),
    "Lâm Đồng": ("Lâm Đồng", "Đắk Nông", "Bình Thuận"),
    "Đắk Lắk": ("Đắk Lắk", "Phú Yên"),
    "Hồ Chí Minh": ("Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"),
    "Đồng Nai": ("Đồng Nai", "Bình Phước"),
    "Tây Ninh": ("Tây Ninh", "Long An"),
    "Cần Thơ": ("Cần Thơ", "Sóc Trăng", "Hậu Giang"),
    "Vĩnh Long": ("Vĩnh Long", "Bến Tre", "Trà Vinh"),
    "Đồng Tháp": ("Đồng Tháp", "Tiền Giang"),
    "Cà Mau": ("Cà Mau", "Bạc Liêu"),
    "An Giang": ("An Giang", "Kiên Giang"),
})

# Legacy (63) province → the province that holds it from 1 July 2025.
PROVINCE_NOW = MappingProxyType({
    old: new for new, olds in MERGERS_2025.items() for old in olds
})
LEGACY_PROVINCES = tuple(sorted(PROVINCE_NOW))
CURRENT_PROVINCES = tuple(sorted(MERGERS_2025))
ALL_PROVINCES = tuple(sorted(set(LEGACY_PROVINCES) | set(CURRENT_PROVINCES)))

# Centrally-run cities ("thành phố trực thuộc trung ương"): a title says "TP".
CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})

# Dates from which a name stops being the official one.
HUE_CITY_FROM = "2025-01-01"
MERGER_FROM = "2025-07-01"

# Other ways papers write a province (keys are canonical names). Tone-mark
# variants (Thanh Hoá) are handled by normalising the text first; these are
# spellings, abbreviations and hyphenations.
PROVINCE_ALIASES = MappingProxyType({
    "Hồ Chí Minh": ("TPHCM", "TP.HCM", "TP. HCM", "TP HCM", "Tp.HCM", "Tp HCM", "TP.Hồ Chí Minh",
                    "Thành phố HCM", "HCM", "Sài Gòn", "TP.HCM."),
    "Thừa Thiên Huế": ("Thừa Thiên - Huế", "Thừa Thiên-Huế", "Thừa Thiên – Huế", "TT-Huế", "TT Huế"),
    "Bà Rịa - Vũng Tàu": ("Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu", "Bà Rịa Vũng Tàu", "BR-VT", "BRVT"),
    "Đắk Lắk": ("Đắc Lắc", "Đăk Lăk", "Đắk Lăk", "Đăk Lắk", "Daklak", "Dak Lak"),
    "Đắk Nông": ("Đăk Nông", "Đắc Nông", "Dak Nong"),
    "Kon Tum": ("Kontum",),
    "Bắc Kạn": ("Bắc Cạn",),
    "Hà Nội": ("Thủ đô Hà Nội", "Thủ đô"),  # "Công an Thủ đô"
    "Lào Cai": ("Lao Cai",),
})

# Ranks of the People's Public Security and army, longest first.
RANKS = (
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng",
    "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
    "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
)

# Words that open an official's title ("Phó Bí thư Thành ủy…", "Chủ tịch UBND…").
TITLE_HEADS = (
    "Tổng Bí thư", "Chủ tịch nước", "Thủ tướng", "Phó Thủ tướng", "Chủ tịch Quốc hội",
    "Ủy viên Bộ Chính trị", "Ủy viên Trung ương Đảng", "Ủy viên Trung ương", "Ủy viên Ban Thường vụ",
    "Ủy viên", "Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch", "Bộ trưởng", "Thứ trưởng",
    "Giám đốc", "Phó Giám đốc", "Trưởng ban", "Phó Trưởng ban", "Trưởng Ban", "Phó Trưởng Ban",
    "Trưởng phòng", "Trưởng Công an", "Trưởng đoàn", "Chánh Văn phòng", "Chánh Thanh tra",
    "Chủ nhiệm", "Phó Chủ nhiệm", "Tư lệnh", "Cục trưởng", "Phó Cục trưởng", "Tổng cục trưởng",
    "Vụ trưởng", "Đại biểu Quốc hội", "Trưởng Đoàn", "Thường trực", "Đại diện",
)

# Family names, Kinh and of ethnic minorities (Hmong "Hầu", "Giàng", "Sùng";
# Ede/Jarai name prefixes "Y", "H'", "Ksor", "Siu", "Rơ Mah"…).
SURNAMES = frozenset("""
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Trương Lâm
Mai Trịnh Đào Cao Hà Lương Tô Tạ Châu Hứa Quách Thái Chu Vương Phùng La Kiều Lưu Tăng Từ Triệu
Giang Khúc Khổng Lại Lã Lạc Nghiêm Mạc Nông Lục Hoàng Thân Thạch Sơn Kim Danh Tống Cù Âu
Doãn Đàm Hầu Giàng Sùng Lò Lầu Vàng Thào Mùa Hạng Tráng Cầm Quàng Điêu Điểu Hà Bế Ma Sầm
Y Ksor Siu Rơ Nay Rah Kpă Rcom Đinh Bạch Biện Mã Lữ Viên Ninh Quan Diệp Tôn Ung Yên Bồ
Vi Mông Hoàng Lường Lộc Đèo Mè Tòng Phàn Chảo Sìn Giáp Phí Nhữ Trình Đậu Kha Tiêu Nhan Mẫn Khuất
Lò Phương Chế Khưu Thiều Văng Đồ Đới Âu Ngọ Ân Cấn Lều Lỗ Bảo Thục Thiệu Vy Hàn Khương
""".split())

# Capitalised words that start institutions, places and events, never a
# person's name ("Công an", "Ủy ban", "Đảng bộ", "Hội nghị").
NOT_NAME_WORDS = frozenset("""
Công Đảng Ủy Ban Bộ Hội Đại Nghị Nhà Chính Quốc Tỉnh Thành Huyện Xã Phường Quận Trung Tổng
Cục Phòng Đoàn Sở Viện Trường Báo Tòa Thủ Mặt Cảnh Sát An Ninh Giám Thứ Chủ Bí Phó Thiếu
Thượng Đồng Ông Bà Anh Chị Tại Theo Trong Ngày Sáng Chiều Tối Dự Phát Đây Đó Với Về Cùng Sau Trước
Khu Vùng Miền Liên Hiệp Hợp Tác Kế Đề Án Chỉ Thị Luật Pháp Đội Ngũ Lực Lượng
Nhân Dân Tòa Kiểm Thanh Tra Cơ Quan Tổ Chức Hệ Thống Ngành Giáo Dục Y Tế Quân Sự Khối Ấp Thôn Bản
UBND HĐND TP Tp CA CATP
""".split()) - frozenset({"Y"})
