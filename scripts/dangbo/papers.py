"""Newspapers' dateline codes: the abbreviation a paper opens its articles with.

"STO - Ngày 7/9…" (Báo Sóc Trăng), "(QNO) - Sáng 12.8…" (Báo Quảng Nam), "(PLO)- …" (Pháp Luật TP.HCM),
"TPO - …" (Tiền Phong). A code names the paper (``source``); a provincial paper's code is also strong
evidence of the province (the paper writes "Công an tỉnh" without the name). National papers and
agencies have no province: Pháp Luật TP.HCM or Công an TP.HCM write about every province.

Each row: code, province (None for a national paper), the paper's name, where the code was seen in the
stored news pages (an address; "" for a code taken from the paper's known style and not yet seen there).
Only codes of three letters or more, or a national paper's own: two-letter provincial codes collide.
"""
from __future__ import annotations

from types import MappingProxyType

PAPERS = (
    # national papers, agencies and sites
    ("PLO", None, "Báo Pháp Luật TP.HCM", "plo.vn/…-post897784.html, …-post865845.html"),
    ("PL", None, "Báo Pháp Luật TP.HCM", "plo.vn/thoi-su/xu-ly-hon-13000-vu-pham-phap-574757.html"),
    ("TPO", None, "Báo Tiền Phong", "tienphong.vn/…-post1768608.tpo, …-post1755875.tpo"),
    ("TP", None, "Báo Tiền Phong", "tienphong.vn/tuyen-duong-guong-sang-…-post804697.tpo"),
    ("PLVN", None, "Báo Pháp luật Việt Nam", "baophapluat.vn/trung-tuong-luong-tam-quang-tag140941.html"),
    ("CAO", None, "Báo Công an TP.HCM", "stored excerpt of congan.com.vn (Hội nghị trực tuyến, Chỉ thị 03)"),
    ("VOV.VN", None, "VOV", "baoxuan.vov.vn/tu-khoa/o-nhiem-tag33178, vov.vn/…-post1045547.vov"),
    ("VTC News", None, "VTC News", "vtcnews.vn/thieu-tuong-bui-duy-hung-…-ar951616.html"),
    ("TTXVN", None, "TTXVN", "shared/NOTES.md"),
    ("Dân trí", None, "Báo Dân trí", "shared/NOTES.md"),
    ("Chinhphu.vn", None, "Cổng Thông tin điện tử Chính phủ", "shared/NOTES.md"),
    # provincial papers and stations
    ("THTG", "Tiền Giang", "Truyền hình Tiền Giang", "thtg.vn/khai-mac-dai-hoi-…-tien-giang-lan-thu-xiii-…/"),
    ("ĐNO", "Đà Nẵng", "Báo Đà Nẵng", "baodanang.vn/…-3299805.html, …/202008/…-3658941"),
    ("BBNĐT", "Bắc Ninh", "Báo Bắc Ninh", "baobacninh.com.vn/web/bbn/xay-dung-ang"),
    ("Baonghean.vn", "Nghệ An", "Báo Nghệ An", "baonghean.vn/…-post286102.html, …-post257306.html"),
    ("BHG", "Hà Giang", "Báo Hà Giang", "baohagiang.vn/thoi-su-chinh-tri/202112/…-785869/"),
    ("Laocaitv.vn", "Lào Cai", "Đài Phát thanh và Truyền hình Lào Cai", "laocaitv.vn/chinh-tri-xa-hoi/…"),
    ("STO", "Sóc Trăng", "Báo Sóc Trăng", "seed 004_792f893ec42a8fd3.txt (baosoctrang.org.vn)"),
    ("QNO", "Quảng Nam", "Báo Quảng Nam", "baoquangnam.vn/…-113781.html, …-106574.html"),
    ("CTO", "Cần Thơ", "Báo Cần Thơ", ""),
    ("HGO", "Hậu Giang", "Báo Hậu Giang", ""),
    ("AGO", "An Giang", "Báo An Giang", ""),
    ("BTO", "Bình Thuận", "Báo Bình Thuận", ""),
    ("BDO", "Bình Dương", "Báo Bình Dương", ""),
    ("BPO", "Bình Phước", "Báo Bình Phước", ""),
    ("QTO", "Quảng Trị", "Báo Quảng Trị", ""),
    ("QBĐT", "Quảng Bình", "Báo Quảng Bình", ""),
    ("QNgTV", "Quảng Ngãi", "Báo Quảng Ngãi", ""),
    ("BGĐT", "Bắc Giang", "Báo Bắc Giang", ""),
    ("BNO", "Bắc Ninh", "Báo Bắc Ninh", ""),
    ("HNM", "Hà Nội", "Báo Hànộimới", ""),
    ("HPO", "Hải Phòng", "Báo Hải Phòng", ""),
    ("TTH.VN", "Thừa Thiên Huế", "Báo Thừa Thiên Huế", ""),
    ("KGO", "Kiên Giang", "Báo Kiên Giang", ""),
    ("BLO", "Bạc Liêu", "Báo Bạc Liêu", ""),
    ("CMO", "Cà Mau", "Báo Cà Mau", ""),
    ("TVO", "Trà Vinh", "Báo Trà Vinh", ""),
    ("VLO", "Vĩnh Long", "Báo Vĩnh Long", ""),
    ("BRVT", "Bà Rịa - Vũng Tàu", "Báo Bà Rịa - Vũng Tàu", ""),
    ("GLO", "Gia Lai", "Báo Gia Lai", "baogialai.com.vn/…-5694775/, …-post314210.html"),
    ("KTO", "Kon Tum", "Báo Kon Tum", ""),
    ("ĐLO", "Đắk Lắk", "Báo Đắk Lắk", ""),
    ("NTO", "Ninh Thuận", "Báo Ninh Thuận", ""),
    ("PYO", "Phú Yên", "Báo Phú Yên", ""),
    ("KHO", "Khánh Hòa", "Báo Khánh Hòa", ""),
    ("NBO", "Ninh Bình", "Báo Ninh Bình", ""),
    ("NĐO", "Nam Định", "Báo Nam Định", ""),
    ("TBO", "Thái Bình", "Báo Thái Bình", ""),
    ("HYO", "Hưng Yên", "Báo Hưng Yên", ""),
    ("HDO", "Hải Dương", "Báo Hải Dương", ""),
    ("QNTV", "Quảng Ninh", "Báo Quảng Ninh", ""),
    ("BLC", "Lào Cai", "Báo Lào Cai", ""),
    ("YBO", "Yên Bái", "Báo Yên Bái", ""),
    ("HGĐT", "Hà Giang", "Báo Hà Giang", ""),
    ("TQO", "Tuyên Quang", "Báo Tuyên Quang", ""),
    ("BKO", "Bắc Kạn", "Báo Bắc Kạn", ""),
    ("CBO", "Cao Bằng", "Báo Cao Bằng", ""),
    ("LSO", "Lạng Sơn", "Báo Lạng Sơn", ""),
    ("ĐBP", "Điện Biên", "Báo Điện Biên Phủ", ""),
    ("LCO", "Lai Châu", "Báo Lai Châu", ""),
    ("SLO", "Sơn La", "Báo Sơn La", ""),
    ("HBĐT", "Hòa Bình", "Báo Hòa Bình", ""),
    ("PTO", "Phú Thọ", "Báo Phú Thọ", ""),
    ("VPO", "Vĩnh Phúc", "Báo Vĩnh Phúc", ""),
    ("BTHO", "Thanh Hóa", "Báo Thanh Hóa", ""),
    ("BNA", "Nghệ An", "Báo Nghệ An", ""),
    ("HTO", "Hà Tĩnh", "Báo Hà Tĩnh", ""),
    ("ĐNĐT", "Đà Nẵng", "Báo Đà Nẵng", ""),
    ("THO", "Tiền Giang", "Báo Ấp Bắc", ""),
)

# code → (province or None, paper)
PAPER_CODES = MappingProxyType({code: (province, paper) for code, province, paper, _ in PAPERS})
