"""extract_speakers / extract_speaker: names after ranks and titles, roles as written, who led."""
import pytest

from dangbo.extract.speakers import extract_speaker, extract_speakers, find_names
from dangbo.model import Speaker
from dangbo.read import Header

NONE = Header()

# (body, expected speakers as (name, role), expected principal speaker)
CASES = [
    # rank + name, role after the name, "đến dự và chỉ đạo"
    ("Thượng tướng Lương Tam Quang, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an, đến dự và chỉ đạo.",
     [("Lương Tam Quang", "Thượng tướng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an")], "Lương Tam Quang"),
    # title chain before the name with a place inside it
    ("Đây là chỉ đạo của Phó Bí thư Thành ủy, Chủ tịch Ủy ban Nhân dân thành phố Cần Thơ Trần Văn Lâu tại Đại hội.",
     [("Trần Văn Lâu", "Phó Bí thư Thành ủy, Chủ tịch Ủy ban Nhân dân thành phố Cần Thơ")], "Trần Văn Lâu"),
    ("Chủ tịch UBND TP Cần Thơ Trần Văn Lâu đến dự và chỉ đạo hội nghị.",
     [("Trần Văn Lâu", "Chủ tịch UBND TP Cần Thơ")], "Trần Văn Lâu"),
    # lower-case rank
    ("Tại hội nghị, thiếu tướng Nguyễn Văn Thuận, Giám đốc Công an TP.Cần Thơ, cho biết năm qua tội phạm giảm.",
     [("Nguyễn Văn Thuận", "thiếu tướng, Giám đốc Công an TP.Cần Thơ")], "Nguyễn Văn Thuận"),
    # an attendance list alone is not speaking
    ("Dự hội nghị có các đồng chí: Phan Văn Mãi, Ủy viên Trung ương Đảng, Chủ tịch UBND TPHCM; Thiếu tướng Lê Hồng Nam, Giám đốc Công an TPHCM.",
     [], None),
    # ... but the role written there is the role at first mention
    ("Dự hội nghị có đồng chí Phan Văn Mãi, Chủ tịch UBND TPHCM. Phát biểu tại hội nghị, đồng chí Phan Văn Mãi ghi nhận kết quả.",
     [("Phan Văn Mãi", "Chủ tịch UBND TPHCM")], "Phan Văn Mãi"),
    # a visiting leader named after the host still leads
    ("Thiếu tướng Lê Hồng Nam, Giám đốc Công an TPHCM báo cáo kết quả. Chủ tịch UBND TPHCM Phan Văn Mãi phát biểu chỉ đạo.",
     [("Lê Hồng Nam", "Thiếu tướng, Giám đốc Công an TPHCM"), ("Phan Văn Mãi", "Chủ tịch UBND TPHCM")], "Phan Văn Mãi"),
    # protocol order among visitors: the first named
    ("Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an và đồng chí Nguyễn Văn Nên, Bí thư Thành ủy TPHCM dự và chỉ đạo Đại hội. "
     "Phát biểu chỉ đạo, Bộ trưởng Tô Lâm nhấn mạnh yêu cầu. Đồng chí Nguyễn Văn Nên đề nghị Công an Thành phố tiếp tục nỗ lực.",
     [("Tô Lâm", "Đại tướng, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an"), ("Nguyễn Văn Nên", "Bí thư Thành ủy TPHCM")], "Tô Lâm"),
    # "Theo <rank> <name>," reports speech
    ("Theo Thiếu tướng Huỳnh Việt Hòa, nhiệm kỳ qua Đảng bộ đã đoàn kết.",
     [("Huỳnh Việt Hòa", "Thiếu tướng")], "Huỳnh Việt Hòa"),
    # tone-mark convention: Hoà and Hòa are one person
    ("Thiếu tướng Huỳnh Việt Hoà, Giám đốc Công an TP Cần Thơ phát biểu. Thiếu tướng Huỳnh Việt Hòa nhấn mạnh yêu cầu.",
     [("Huỳnh Việt Hòa", "Thiếu tướng, Giám đốc Công an TP Cần Thơ")], "Huỳnh Việt Hòa"),
    # handing out awards is not speaking
    ("Chủ tịch UBND TP Cần Thơ Trần Văn Lâu tặng hoa chúc mừng Ban thường vụ.", [], None),
    ("Thiếu tướng Nguyễn Văn A, Giám đốc Công an tỉnh trao Bằng khen cho các tập thể.", [], None),
    # a photo-caption-only mention never counts (captions are separate short lines)
    ("Thiếu tướng Huỳnh Việt Hoà, Giám đốc Công an TP Cần Thơ\n\nCông tác phòng cháy được tăng cường, số vụ cháy giảm.", [], None),
    # ethnic minority names
    ("Đồng chí Hầu A Lềnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lào Cai phát biểu chỉ đạo Đại hội.",
     [("Hầu A Lềnh", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lào Cai")], "Hầu A Lềnh"),
    ("Đồng chí Y Thanh Hà Niê Kđăm, Bí thư Tỉnh ủy Đắk Lắk đến dự và chỉ đạo Đại hội.",
     [("Y Thanh Hà Niê Kđăm", "Bí thư Tỉnh ủy Đắk Lắk")], "Y Thanh Hà Niê Kđăm"),
    ("Đại tá Giàng Seo Phử, Giám đốc Công an tỉnh báo cáo tại hội nghị.",
     [("Giàng Seo Phử", "Đại tá, Giám đốc Công an tỉnh")], "Giàng Seo Phử"),
    # "ông" and "bà"
    ("Ông Trần Văn Lâu ghi nhận những thành tích của Đảng bộ.", [("Trần Văn Lâu", "")], "Trần Văn Lâu"),
    ("Bà Nguyễn Thị Thanh, Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị.",
     [("Nguyễn Thị Thanh", "Phó Chủ tịch UBND tỉnh")], "Nguyễn Thị Thanh"),
    # the host reports, with no visitor: the one reported at most length
    ("Đại tá Trần Văn B, Giám đốc Công an tỉnh trình bày báo cáo. Đại tá Trần Văn B nhấn mạnh ba nhiệm vụ. "
     "Thượng tá Lê Văn C, Phó Giám đốc Công an tỉnh thông qua báo cáo chính trị.",
     [("Trần Văn B", "Đại tá, Giám đốc Công an tỉnh"), ("Lê Văn C", "Thượng tá, Phó Giám đốc Công an tỉnh")], "Trần Văn B"),
    # places and institutions are never names
    ("Công an tỉnh Lâm Đồng phối hợp với Công an tỉnh Đồng Nai báo cáo kết quả.", [], None),
    ("Ban Thường vụ Tỉnh ủy Hà Giang chỉ đạo thực hiện nghiêm.", [], None),
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, cán bộ chiến sĩ phát biểu.", [], None),
    ("Đại hội Đảng bộ Công an TP Hồ Chí Minh nhấn mạnh quyết tâm.", [], None),
    # the verb must follow the name before anyone else is named
    ("Đại tá Phạm Văn D, Giám đốc Công an tỉnh, thay mặt Ban Chấp hành tiếp thu ý kiến chỉ đạo của đồng chí Lê Văn E, Bí thư Tỉnh ủy.",
     [("Phạm Văn D", "Đại tá, Giám đốc Công an tỉnh"), ("Lê Văn E", "Bí thư Tỉnh ủy")], "Lê Văn E"),
    # "Phát biểu chỉ đạo <...>, <name>" – verb before the name, speech after it
    ("Phát biểu chỉ đạo Đại hội, Trung tướng Nguyễn Văn Long, Thứ trưởng Bộ Công an đánh giá cao kết quả.",
     [("Nguyễn Văn Long", "Trung tướng, Thứ trưởng Bộ Công an")], "Nguyễn Văn Long"),
    # a list of directing leaders with "Dự và chỉ đạo ... có đồng chí"
    ("Dự và chỉ đạo Đại hội có đồng chí Nguyễn Đức Trung, Bí thư Tỉnh ủy Nghệ An.",
     [("Nguyễn Đức Trung", "Bí thư Tỉnh ủy Nghệ An")], "Nguyễn Đức Trung"),
    # role with "Thường trực"
    ("Đồng chí Nguyễn Hồ Hải, Phó Bí thư Thường trực Thành ủy TPHCM phát biểu chỉ đạo.",
     [("Nguyễn Hồ Hải", "Phó Bí thư Thường trực Thành ủy TPHCM")], "Nguyễn Hồ Hải"),
    # a name at the end of a sentence, "chủ trì"
    ("Hội nghị do Thiếu tướng Đinh Văn Nơi, Giám đốc Công an tỉnh Quảng Ninh chủ trì.",
     [("Đinh Văn Nơi", "Thiếu tướng, Giám đốc Công an tỉnh Quảng Ninh")], "Đinh Văn Nơi"),
    ("Thiếu tướng Đinh Văn Nơi, Giám đốc Công an tỉnh Quảng Ninh chủ trì hội nghị.",
     [("Đinh Văn Nơi", "Thiếu tướng, Giám đốc Công an tỉnh Quảng Ninh")], "Đinh Văn Nơi"),
    # two-syllable names
    ("Đại tướng Tô Lâm phát biểu chỉ đạo.", [("Tô Lâm", "Đại tướng")], "Tô Lâm"),
    ("Thượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an dự và chỉ đạo hội nghị.",
     [("Lê Quốc Hùng", "Thượng tướng, Thứ trưởng Bộ Công an")], "Lê Quốc Hùng"),
    # "dự, chỉ đạo" with a comma; the attendee list after "Dự Đại hội còn có" does not speak
    ("Đồng chí Hoàng Trung Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Tĩnh dự, chỉ đạo Đại hội. "
     "Dự Đại hội còn có Thiếu tướng Nguyễn Văn Hiền, Cục trưởng Cục Công tác Đảng.",
     [("Hoàng Trung Dũng", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Tĩnh")], "Hoàng Trung Dũng"),
    # a hyphen instead of a comma before the title
    ("Đại tá Nguyễn Hồng Phong - Giám đốc Công an tỉnh Hà Tĩnh phát biểu khai mạc Đại hội.",
     [("Nguyễn Hồng Phong", "Đại tá, Giám đốc Công an tỉnh Hà Tĩnh")], "Nguyễn Hồng Phong"),
    # the Minister with "Đại tướng" and a long chain
    ("Đại tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an dự và phát biểu chỉ đạo Hội nghị.",
     [("Lương Tam Quang", "Đại tướng, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an")], "Lương Tam Quang"),
    # four-syllable names
    ("Thượng tá Nguyễn Thị Thanh Hương, Phó Giám đốc Công an tỉnh trình bày báo cáo chính trị.",
     [("Nguyễn Thị Thanh Hương", "Thượng tá, Phó Giám đốc Công an tỉnh")], "Nguyễn Thị Thanh Hương"),
    # speaking reported two sentences later; the first mention carries the role
    ("Tham dự có Trung tướng Lê Văn Tuyến, Thứ trưởng Bộ Công an. Phát biểu tại Đại hội, Thứ trưởng Lê Văn Tuyến biểu dương kết quả.",
     [("Lê Văn Tuyến", "Trung tướng, Thứ trưởng Bộ Công an")], "Lê Văn Tuyến"),
    # a visiting leader named after two reporters still leads
    ("Đại tá Võ Văn Dũng, Giám đốc Công an tỉnh báo cáo. Thượng tá Lê Minh Tâm trình bày tham luận. "
     "Đồng chí Nguyễn Văn Được, Bí thư Tỉnh ủy phát biểu chỉ đạo.",
     [("Võ Văn Dũng", "Đại tá, Giám đốc Công an tỉnh"), ("Lê Minh Tâm", "Thượng tá"), ("Nguyễn Văn Được", "Bí thư Tỉnh ủy")],
     "Nguyễn Văn Được"),
    # an ethnic minority name after a place name
    ("Bí thư Tỉnh ủy Gia Lai Hồ Văn Niên phát biểu chỉ đạo Đại hội.",
     [("Hồ Văn Niên", "Bí thư Tỉnh ủy Gia Lai")], "Hồ Văn Niên"),
    ("Phó Chủ tịch UBND tỉnh Ksor Phước Hà phát biểu tại hội nghị.",
     [("Ksor Phước Hà", "Phó Chủ tịch UBND tỉnh")], "Ksor Phước Hà"),
    # quoted speech followed by the speaker
    ("“Công an tỉnh phải là lực lượng nòng cốt”, Chủ tịch UBND tỉnh Lê Văn Sử nhấn mạnh.",
     [("Lê Văn Sử", "Chủ tịch UBND tỉnh")], "Lê Văn Sử"),
    # the speaker named only as the object of "ý kiến chỉ đạo của"
    ("Hội nghị tiếp thu ý kiến chỉ đạo của đồng chí Trần Lưu Quang, Bí thư Thành ủy Hải Phòng.",
     [("Trần Lưu Quang", "Bí thư Thành ủy Hải Phòng")], "Trần Lưu Quang"),
    # an award ceremony sentence and a speaking sentence for different people
    ("Thiếu tướng Trần Văn Vệ trao Huân chương cho các tập thể. Đại tá Phạm Thế Tùng, Phó Giám đốc Công an tỉnh phát biểu.",
     [("Phạm Thế Tùng", "Đại tá, Phó Giám đốc Công an tỉnh")], "Phạm Thế Tùng"),
    # "nói" and "chia sẻ"
    ("Đại úy Nguyễn Văn Tú, Trưởng Công an xã chia sẻ kinh nghiệm xây dựng mô hình.",
     [("Nguyễn Văn Tú", "Đại úy, Trưởng Công an xã")], "Nguyễn Văn Tú"),
    # someone named in passing, with no verb of speech
    ("Gương của Anh hùng Lực lượng vũ trang Trần Văn Ơn được nhắc lại tại hội nghị.", [], None),
    ("Đoàn đại biểu đã dâng hương tại Đền thờ Chủ tịch Hồ Chí Minh.", [], None),
    # the leader is named in the attendance list and speaks under the title alone
    ("Dự Đại hội có đồng chí Nguyễn Văn Thắng, Bí thư Tỉnh ủy Điện Biên; Đại tá Lê Văn Hiệp, Giám đốc Công an tỉnh. "
     "Phát biểu chỉ đạo Đại hội, Bí thư Tỉnh ủy nhấn mạnh ba nhiệm vụ trọng tâm.",
     [("Nguyễn Văn Thắng", "Bí thư Tỉnh ủy Điện Biên")], "Nguyễn Văn Thắng"),
    ("Tham dự có Thượng tướng Nguyễn Duy Ngọc, Thứ trưởng Bộ Công an. Thứ trưởng Bộ Công an đề nghị Công an tỉnh tiếp tục đổi mới.",
     [("Nguyễn Duy Ngọc", "Thượng tướng, Thứ trưởng Bộ Công an")], "Nguyễn Duy Ngọc"),
    # … but a title held by two people named is not attributed
    ("Dự có đồng chí Lê A Một, Phó Chủ tịch UBND tỉnh và đồng chí Trần B Hai, Phó Chủ tịch UBND tỉnh. Phó Chủ tịch UBND tỉnh phát biểu.",
     [], None),
    # a title in brackets after the name
    ("Đại tá Lê Văn Tuyến (Giám đốc Công an tỉnh) chủ trì hội nghị.",
     [("Lê Văn Tuyến", "Đại tá, Giám đốc Công an tỉnh")], "Lê Văn Tuyến"),
    ("Đại tá Lê Văn Tuyến (sinh năm 1970) phát biểu tại hội nghị.", [("Lê Văn Tuyến", "Đại tá")], "Lê Văn Tuyến"),
    # a given name after an address speaks for the person introduced with it
    ("Dự hội nghị có đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy Quảng Bình. Đồng chí Thắng nhấn mạnh yêu cầu bảo đảm an ninh.",
     [("Vũ Đại Thắng", "Bí thư Tỉnh ủy Quảng Bình")], "Vũ Đại Thắng"),
    ("Đại tá Trần Hữu Lâu, Giám đốc Công an tỉnh dự hội nghị. Ông Lâu đề nghị tiếp tục.",
     [("Trần Hữu Lâu", "Đại tá, Giám đốc Công an tỉnh")], "Trần Hữu Lâu"),
    # no named person speaks
    ("Đảng ủy Công an tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Nghị quyết.", [], None),
    ("Hội nghị đã thông qua Nghị quyết và bế mạc.", [], None),
    # --- families seen in real articles, in our own words ---
    # the role after a dash
    ("Phát biểu chỉ đạo tại hội nghị, ông Lê Văn An - Chủ tịch UBND tỉnh ghi nhận kết quả.",
     [("Lê Văn An", "Chủ tịch UBND tỉnh")], "Lê Văn An"),
    ("Về dự và chỉ đạo đại hội có Thiếu tướng Trần Văn Lạc - Ủy viên Ban Chấp hành Trung ương Đảng, Thứ trưởng Bộ Công an.",
     [("Trần Văn Lạc", "Thiếu tướng, Ủy viên Ban Chấp hành Trung ương Đảng, Thứ trưởng Bộ Công an")], "Trần Văn Lạc"),
    # a list after "Đến dự và phát biểu chỉ đạo có:" in protocol order; the director who chairs is not the principal
    ("Đến dự và phát biểu chỉ đạo có: đồng chí Hà Văn Bình, Bí thư Tỉnh ủy; Thượng tướng Trần Văn Cường, Thứ trưởng Bộ Công an; "
     "Đại tá Ngô Văn Dũng, Giám đốc Công an tỉnh chủ trì hội nghị.",
     [("Hà Văn Bình", "Bí thư Tỉnh ủy"), ("Trần Văn Cường", "Thượng tướng, Thứ trưởng Bộ Công an"),
      ("Ngô Văn Dũng", "Đại tá, Giám đốc Công an tỉnh")], "Hà Văn Bình"),
    ("Dự và chỉ đạo hội nghị có các đồng chí: Trương Văn Vinh- Bí thư Tỉnh ủy; Thượng tướng Phạm Văn Xuân - Thứ trưởng Bộ Công an; "
     "Thiếu tướng Nguyễn Văn Yên - Giám đốc Công an tỉnh.",
     [("Trương Văn Vinh", "Bí thư Tỉnh ủy"), ("Phạm Văn Xuân", "Thượng tướng, Thứ trưởng Bộ Công an"),
      ("Nguyễn Văn Yên", "Thiếu tướng, Giám đốc Công an tỉnh")], "Trương Văn Vinh"),
    # … a role does not take the next person's rank or title
    ("Dự và chỉ đạo có đồng chí Lê Văn Lâm, Bí thư Tỉnh ủy, Thượng tướng Trần Văn Minh, Thứ trưởng Bộ Công an.",
     [("Lê Văn Lâm", "Bí thư Tỉnh ủy"), ("Trần Văn Minh", "Thượng tướng, Thứ trưởng Bộ Công an")], "Lê Văn Lâm"),
    # people named together share the verb that follows them
    ("Thiếu tướng Võ Văn Ích, Thứ trưởng Bộ Công an; ông Đỗ Văn Khải, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.",
     [("Võ Văn Ích", "Thiếu tướng, Thứ trưởng Bộ Công an"), ("Đỗ Văn Khải", "Phó Chủ tịch UBND tỉnh")], "Võ Văn Ích"),
    ("Thượng tướng Trần Văn Lực, Thứ trưởng Bộ Công an, và bà Tôn Nữ Mai, Chủ tịch HĐND tỉnh, đến dự và chỉ đạo đại hội.",
     [("Trần Văn Lực", "Thượng tướng, Thứ trưởng Bộ Công an"), ("Tôn Nữ Mai", "Chủ tịch HĐND tỉnh")], "Trần Văn Lực"),
    ("Bí thư Tỉnh ủy Phan Văn Giang và Thứ trưởng Lê Văn Hòa biểu dương kết quả của lực lượng.",
     [("Phan Văn Giang", "Bí thư Tỉnh ủy"), ("Lê Văn Hòa", "Thứ trưởng")], "Phan Văn Giang"),
    ("Các đồng chí Trần Văn Gấm, Bí thư Tỉnh ủy và Thượng tướng Lê Văn Hiển, Thứ trưởng Bộ Công an dự và chỉ đạo đại hội.",
     [("Trần Văn Gấm", "Bí thư Tỉnh ủy"), ("Lê Văn Hiển", "Thượng tướng, Thứ trưởng Bộ Công an")], "Trần Văn Gấm"),
    # … but handing flowers together is not speaking
    ("Thượng tướng Lê Văn Út, Thứ trưởng Bộ Công an và Chủ tịch UBND tỉnh Trần Văn Vạn tặng hoa chúc mừng.", [], None),
    # the sentence opens with the speech, the speaker follows
    ("Phát biểu tại lễ kỷ niệm, Bí thư Thành ủy Đỗ Văn Nam ôn lại chặng đường 80 năm.",
     [("Đỗ Văn Nam", "Bí thư Thành ủy")], "Đỗ Văn Nam"),
    ("Dự và phát biểu chỉ đạo Đại hội, Thứ trưởng Bộ Công an Lương Văn Oanh bày tỏ vui mừng.",
     [("Lương Văn Oanh", "Thứ trưởng Bộ Công an")], "Lương Văn Oanh"),
    ("Chỉ đạo Đại hội, đồng chí Nguyễn Tiến Đông đánh giá cao những kết quả.", [("Nguyễn Tiến Đông", "")], "Nguyễn Tiến Đông"),
    ("Phát biểu khai mạc, Đại tá Lâm Văn Sơn, Bí thư Đảng ủy, Giám đốc Công an tỉnh đề nghị các đại biểu thẳng thắn.",
     [("Lâm Văn Sơn", "Đại tá, Bí thư Đảng ủy, Giám đốc Công an tỉnh")], "Lâm Văn Sơn"),
    ("Thay mặt Ban Thường vụ Tỉnh ủy, Bí thư Tỉnh ủy Vũ Văn Ấn gửi lời chúc mừng Giám đốc Công an tỉnh.",
     [("Vũ Văn Ấn", "Bí thư Tỉnh ủy")], "Vũ Văn Ấn"),
    # "giao nhiệm vụ", "căn dặn": directing
    ("Thượng tướng Lê Văn Em, Thứ trưởng Bộ Công an phát biểu giao nhiệm vụ cho Công an tỉnh.",
     [("Lê Văn Em", "Thượng tướng, Thứ trưởng Bộ Công an")], "Lê Văn Em"),
    ("“Công an tỉnh phải gương mẫu đi đầu”, Bí thư Tỉnh ủy Lê Quốc Nam căn dặn.", [("Lê Quốc Nam", "Bí thư Tỉnh ủy")], "Lê Quốc Nam"),
    # presenting a report
    ("Theo Báo cáo chính trị do Đại tá Bùi Văn Uy, Giám đốc Công an tỉnh trình bày tại Đại hội, nhiệm kỳ qua có nhiều chuyển biến.",
     [("Bùi Văn Uy", "Đại tá, Giám đốc Công an tỉnh")], "Bùi Văn Uy"),
    # a caption closed by a photo credit is not read; a caption-styled body line is
    ("Thiếu tướng Vũ Như Phong phát biểu tại đại hội (Ảnh: T.H.).\n\nĐại hội đã bầu Ban Chấp hành.", [], None),
    ("Chủ tịch UBND tỉnh Lê Văn Sang phát biểu chỉ đạo tại hội nghị. Ảnh: HỒNG MAI", [], None),
    ("Thượng tướng Trần Văn Quý phát biểu chỉ đạo tại đại hội\n\nĐại hội đã bầu Ban Chấp hành.",
     [("Trần Văn Quý", "Thượng tướng")], "Trần Văn Quý"),
    # the last line of an excerpt, cut mid-sentence, is text too
    ("Đại tá Lê Văn Cẩn - Giám đốc Công an tỉnh Vĩnh Long mới chỉ đạo toàn lực lượng khẩn trương ổn định tổ chức",
     [("Lê Văn Cẩn", "Đại tá, Giám đốc Công an tỉnh Vĩnh Long mới")], "Lê Văn Cẩn"),
    # attending, chairing, being elected or decorated is not speaking
    ("Dự và chủ trì hội nghị có Đại tá Đinh Văn Tâm, Giám đốc Công an tỉnh.", [], None),
    ("Dự hội nghị có các đồng chí: Lê Văn Phúc, Phó Bí thư Tỉnh ủy; Trần Văn Quang, Phó Chủ tịch HĐND tỉnh.", [], None),
    ("Thiếu tướng Lê Văn Đức, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh được chỉ định giữ chức Bí thư Đảng ủy.", [], None),
    ("Tân Bí thư Đảng ủy Công an tỉnh - Đại tá Võ Văn Dân\n\nĐại hội đã bầu Ban Chấp hành.", [], None),
    ("Chủ tịch UBND tỉnh Phạm Văn Ngọc tặng hoa chúc mừng Ban Chấp hành.", [], None),
    ("Thiếu tướng Lê Văn Giáp, Giám đốc Công an tỉnh trao Giấy khen cho các tập thể.", [], None),
    # a visitor who only attends; the one who reports is the speaker
    ("Tham dự hội nghị có Đại tướng Tô Văn Ân, Bộ trưởng Bộ Công an. Tại hội nghị, Trung tướng Lê Văn Bắc, Giám đốc Công an tỉnh cho biết tội phạm giảm.",
     [("Lê Văn Bắc", "Trung tướng, Giám đốc Công an tỉnh")], "Lê Văn Bắc"),
    ("Đại hội có sự tham dự của Thượng tướng Trần Văn Cảnh, Thứ trưởng Bộ Công an. "
     "Phát biểu tại đại hội, Chủ tịch UBND tỉnh Nguyễn Văn Đạt biểu dương kết quả.",
     [("Nguyễn Văn Đạt", "Chủ tịch UBND tỉnh")], "Nguyễn Văn Đạt"),
    # the host reports first, the visitor concludes and leads
    ("Đại tá Trần Văn Tài, Giám đốc Công an tỉnh báo cáo. Thượng tướng Lê Văn Tạo, Thứ trưởng Bộ Công an kết luận hội nghị.",
     [("Trần Văn Tài", "Đại tá, Giám đốc Công an tỉnh"), ("Lê Văn Tạo", "Thượng tướng, Thứ trưởng Bộ Công an")], "Lê Văn Tạo"),
    ("Tại buổi làm việc, Bộ trưởng Lương Văn Yên ghi nhận kết quả.", [("Lương Văn Yên", "Bộ trưởng")], "Lương Văn Yên"),
    ("Bà Nguyễn Thị Oanh, Phó Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo hội nghị.",
     [("Nguyễn Thị Oanh", "Phó Chủ tịch UBND tỉnh")], "Nguyễn Thị Oanh"),
    ("Ông Trần Văn Xuyên, Chủ tịch UBND tỉnh cho rằng Công an tỉnh cần đổi mới.",
     [("Trần Văn Xuyên", "Chủ tịch UBND tỉnh")], "Trần Văn Xuyên"),
    ("Thượng tá Hoàng Văn Bảo, Trưởng phòng Tham mưu cho biết Công an tỉnh đã mở hai đợt cao điểm.",
     [("Hoàng Văn Bảo", "Thượng tá, Trưởng phòng Tham mưu")], "Hoàng Văn Bảo"),
    ("Đồng chí Hồ Văn Kiên, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu tại đại hội.",
     [("Hồ Văn Kiên", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")], "Hồ Văn Kiên"),
    # a Jarai name, the director with hyphenated roles
    ("Đồng chí Thiếu tướng Rah Lan Mơ - Bí thư Đảng ủy - Giám đốc Công an tỉnh nhấn mạnh nhiệm vụ.",
     [("Rah Lan Mơ", "Thiếu tướng, Bí thư Đảng ủy, Giám đốc Công an tỉnh")], "Rah Lan Mơ"),
    # a role written "Tỉnh uỷ" (old tone marks) is still a provincial Party secretary, a visitor
    ("Đại tá Lê Văn Hưng, Giám đốc Công an tỉnh báo cáo. Đồng chí Nguyễn Văn Khang, Bí thư Tỉnh uỷ phát biểu chỉ đạo.",
     [("Lê Văn Hưng", "Đại tá, Giám đốc Công an tỉnh"), ("Nguyễn Văn Khang", "Bí thư Tỉnh uỷ")], "Nguyễn Văn Khang"),
]


@pytest.mark.parametrize("body, expected, principal", CASES)
def test_extract_speakers(body, expected, principal):
    assert extract_speakers(body, NONE) == tuple(Speaker(n, r) for n, r in expected)
    assert extract_speaker(body, NONE) == principal


NAMES = [
    ("Chủ tịch UBND TP Cần Thơ Trần Văn Lâu đến dự", ["Trần Văn Lâu"]),
    ("Thứ trưởng Bộ Công an Lương Tam Quang ghi nhận", ["Lương Tam Quang"]),
    ("đồng chí Lê Hồng Nam Giám đốc Công an TPHCM", ["Lê Hồng Nam"]),
    ("Bí thư Tỉnh ủy Lào Cai Hầu A Lềnh", ["Hầu A Lềnh"]),
    ("Giám đốc Công an tỉnh Hà Tĩnh Nguyễn Hồng Phong", ["Nguyễn Hồng Phong"]),
    ("Công an tỉnh Cao Bằng", []),
    ("Hội nghị tại Hà Nội", []),
    ("TP Hồ Chí Minh", []),
    ("Đảng ủy Công an Trung ương", []),
    ("Lâm Đồng và Đồng Nai", []),
    ("Phó Giám đốc Công an tỉnh Bùi Quang Thanh cho biết", ["Bùi Quang Thanh"]),
    ("Thượng tá Mai Hoàng, Phó Giám đốc", ["Mai Hoàng"]),
    ("Đại úy Vũ Thị Hòa báo cáo", ["Vũ Thị Hòa"]),
    ("Đại úy Vũ Thị Hoà báo cáo", ["Vũ Thị Hòa"]),  # one convention
    ("Chủ tịch Hồ Chí Minh", []),
]


@pytest.mark.parametrize("sentence, expected", NAMES)
def test_find_names(sentence, expected):
    assert [name for _, _, name in find_names(sentence)] == expected
