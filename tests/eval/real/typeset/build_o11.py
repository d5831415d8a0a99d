"""o11: Biên bản kiểm tra thực địa 21/8/2026 (Đoàn kiểm tra liên ngành do Sở NN&MT Lào Cai chủ trì),
typeset from the OCR text published in Trangsct/skill-sct
(qlks-sct-vn/skills/qlks-sct-vn/van-ban-goc/BB-kiem-tra-thuc-dia-21-8-2026-ranh-gioi-mo-Dai-Dong-Tien-Thanh-Huong-Nghia-Lo.txt).
OCR errors corrected by hand (Sơ -> Sở, §129 -> 8129, lIm -> 11m ...). Header as plain paragraphs, as in the scan."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from vbdocx import *

d = new_doc()
center(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=13)
p = center(d, "Độc lập - Tự do - Hạnh phúc", bold=True, size=14)
bottom_rule(p)
para(d, "Lào Cai, ngày 21 tháng 8 năm 2026", italic=True, align=R, indent=False, before=6, after=12)
center(d, "BIÊN BẢN KIỂM TRA THỰC ĐỊA", bold=True, size=14, after=12)

body = [
    "Thực hiện ý kiến chỉ đạo của Ủy ban nhân dân tỉnh tại Văn bản số 8129/UBND-KT ngày 10/8/2026 về việc kiểm tra, xác minh các nội dung theo kiến nghị của Công ty TNHH Đại Đồng Tiến. Theo đó, Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng, Sở Công Thương, Ủy ban nhân dân xã Văn Chấn và các cơ quan, đơn vị có liên quan tổ chức xác minh, làm rõ việc Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ lấn chiếm và thực hiện hoạt động khai thác trái phép sang phần ranh giới mỏ đá của Công ty TNHH Đại Đồng Tiến theo nội dung đề nghị tại Văn bản số 28/CV-ĐĐT ngày 04/8/2026 nêu trên, xử lý nghiêm các vi phạm (nếu có).",
    "Ngày 18/8/2026, Sở Nông nghiệp và Môi trường có Văn bản số 7914/SNNMT-KS về việc phối hợp kiểm tra, xác minh các nội dung theo kiến nghị của Công ty TNHH Đại Đồng Tiến.",
    "Hôm nay, vào hồi 09 giờ 00 phút ngày 21/8/2026, Sở Nông nghiệp và Môi trường phối hợp với Sở Công Thương, Sở Xây dựng, Ủy ban nhân dân xã Văn Chấn kiểm tra thực địa tại khu vực mỏ đá vôi làm vật liệu xây dựng thông thường xã Văn Chấn, tỉnh Lào Cai của Công ty TNHH Đại Đồng Tiến và tiến hành làm việc với Công ty TNHH Đại Đồng Tiến, Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ.",
]
for t in body:
    para(d, t)


def H(t):
    para(d, t, bold=True)


def P(t):
    para(d, t)


H("I. THÀNH PHẦN ĐOÀN KIỂM TRA")
H("1. Đại diện Sở Nông nghiệp và Môi trường")
P("- Ông Mai Thành Trung, Phó Trưởng Phòng Khoáng sản;")
P("- Ông Nguyễn Minh Dương, Chuyên viên Phòng Khoáng sản;")
P("- Ông Nguyễn Văn Nhân, Chuyên viên Phòng Quản lý đất đai.")
H("2. Đại diện Sở Công Thương")
P("Ông Trần Đăng Khôi, Chuyên viên Phòng Quản lý công nghiệp.")
H("3. Đại diện Sở Xây dựng")
P("Ông Lê Đức Chí, Chuyên viên Phòng Quản lý hoạt động xây dựng.")
H("4. Đại diện Ủy ban nhân dân xã Văn Chấn")
P("Ông Cao Đắc Thịnh, chuyên viên phòng Nông nghiệp và Môi trường.")
H("5. Đại diện Công ty TNHH Đại Đồng Tiến")
P("- Ông Trần Thành Công, Giám đốc.")
P("- Ông Phạm Trần Tuấn, Giám đốc điều hành mỏ.")
H("6. Đại diện Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ")
P("- Ông Vũ Văn Thành, Giám đốc;")
P("- Ông Vũ Văn Bắc, Giám đốc điều hành mỏ.")
H("II. NỘI DUNG KIỂM TRA, LÀM VIỆC")
H("1. Nội dung kiểm tra, làm việc")
P(
    "Xác minh, làm rõ việc Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ lấn chiếm và thực hiện hoạt động khai thác trái phép sang phần ranh giới mỏ đá của Công ty TNHH Đại Đồng Tiến theo nội dung đề nghị tại Văn bản số 28/CV-ĐĐT ngày 04/8/2026 của Công ty TNHH Đại Đồng Tiến. Cụ thể: Ngày 07/7/2026, Ông Phạm Trần Tuấn (giám đốc điều hành mỏ đá Đồng Khê của Công ty TNHH Đại Đồng Tiến) phát hiện máy xúc của Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ tiếp tục đào vào phần diện tích cấp phép của Công ty TNHH Đại Đồng Tiến khai thác đá, khi phát hiện và có ý kiến yêu cầu không thực hiện hành vi lấn chiếm trái phép trong hoạt động khai thác khoáng sản, tuy nhiên Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ vẫn cố tình thực hiện đào, xúc, lấn chiếm."
)
H(
    "2. Thông tin về giấy phép khai thác khoáng sản của Công ty TNHH Đại Đồng Tiến và Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ"
)
P(
    "- Công ty TNHH Đại Đồng Tiến được Ủy ban nhân dân tỉnh Yên Bái cấp Giấy phép khai thác khoáng sản số 412/GP-UBND ngày 24/4/2012 để khai thác đá vôi làm vật liệu xây dựng thông thường bằng phương pháp lộ thiên tại khu vực xã Đồng Khê, huyện Văn Chấn, tỉnh Yên Bái (nay thuộc xã Văn Chấn, tỉnh Lào Cai), với diện tích khu vực khai thác 9,7 ha, thời hạn khai thác 30 năm, kể từ ngày ký giấy phép (trong đó thời gian xây dựng cơ bản là 01 năm)."
)
P(
    "- Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ được Ủy ban nhân dân tỉnh Yên Bái cấp Giấy phép khai thác khoáng sản số 2596/GP-UBND ngày 24/12/2014 để khai thác đá vôi làm vật liệu xây dựng thông thường bằng phương pháp lộ thiên tại thôn 13 xã Đồng Khê, huyện Văn Chấn, tỉnh Yên Bái (nay thuộc xã Văn Chấn, tỉnh Lào Cai), với diện tích khu vực khai thác 4,0 ha, thời hạn khai thác 28,5 năm, kể từ ngày ký giấy phép (trong đó thời gian xây dựng cơ bản là 06 tháng)."
)
H("3. Kết quả kiểm tra, làm việc")
P(
    "Đoàn kiểm tra tiến hành kiểm tra, xác định vị trí theo ý kiến của đại diện Công ty TNHH Đại Đồng Tiến thì Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ lấn chiếm và thực hiện hoạt động khai thác trái phép sang phần ranh giới mỏ đá của Công ty TNHH Đại Đồng Tiến."
)
P(
    "Tại thời điểm kiểm tra, Đoàn kiểm tra xác định một số vị trí, tọa độ theo đề nghị của Công ty TNHH Đại Đồng Tiến bằng máy GPS Garmy 78, theo hệ tọa độ VN2000, Kinh tuyến trục 104°45' múi chiếu 3°; kết quả xác định tại các vị trí như sau:"
)
P(
    "+ Tại vị trí có diện tích 270m2 được đề cập liên quan đến Biên bản kiểm tra tại thực địa mỏ được Sở Tài nguyên và Môi trường tỉnh Yên Bái lập ngày 01/3/2022: Tại buổi làm việc, Công ty TNHH Đại Đồng Tiến không có ý kiến tại vị trí này do vị trí này Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ đã dừng hoạt động sau khi có Đoàn kiểm tra làm việc ngày 01/3/2022."
)
P(
    "+ Tại 02 vị trí giáp ranh giữa 02 mỏ của 02 đơn vị (tiếp giáp cạnh 4-5 theo Giấy phép khai thác cấp cho Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ), hiện trạng thời điểm kiểm tra, xác minh vị trí tại điểm chân tầng khai thác có vị trí, tọa độ, cao độ điểm số 01: X, Y = 489877, 2383404, cao độ +384m; vị trí, tọa độ, cao độ điểm số 02: X, Y = 489874, 2383406, cao độ +386m. Đối chiếu với hồ sơ, tài liệu cho thấy 02 vị trí nêu trên nằm trong phần diện tích Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ được Ủy ban nhân dân tỉnh Yên Bái cấp Giấy phép khai thác khoáng sản số 2596/GP-UBND ngày 24/12/2014; điểm số 01 cách ranh giới được cấp phép khoảng 11m; điểm số 02 cách ranh giới được cấp phép khoảng 14m; có cost cao độ 02 điểm > +380m theo Giấy phép khai thác được cấp (chưa khai thác đến độ sâu được phép khai thác +380m)."
)
P(
    "Như vậy, căn cứ theo kết quả kiểm tra, xác minh vị trí, tọa độ nêu trên, Đoàn kiểm tra nhận thấy Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ chưa lấn chiếm và chưa khai thác vượt ngoài ranh giới được cấp phép."
)
H("4. Ý kiến của các cơ quan, đơn vị liên quan")
H("4.1. Ý kiến của Công ty TNHH Đại Đồng Tiến")
P("- Thống nhất với nội dung, kết quả kiểm tra, xác minh nêu trên.")
P(
    "- Yêu cầu Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ chủ động rà soát, cắm đầy đủ mốc theo giấy phép được cấp và phần diện tích đất được thuê."
)
H("4.2. Ý kiến của Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ")
P("- Thống nhất với nội dung, kết quả kiểm tra, xác minh nêu trên.")
P(
    "- Doanh nghiệp cam kết chấp hành theo đúng quy định của pháp luật trong quá trình hoạt động khoáng sản; tuân thủ theo đúng giấy phép khai thác được cấp, mốc giới mỏ đã cắm và được giao. Doanh nghiệp cam kết chịu trách nhiệm trước pháp luật nếu để xảy ra vi phạm."
)
H("4.3. Ý kiến của Sở Công Thương")
P(
    "- Trên cơ sở chức năng, nhiệm vụ được giao cơ bản thống nhất với nội dung, kết quả kiểm tra, xác minh nêu trên, đề nghị 02 Công ty trong quá trình hoạt động nghiêm chỉnh thực hiện quy định của pháp luật về vật liệu nổ công nghiệp (sau khi được cấp giấy phép sử dụng VLNCN); tuân thủ giấy phép khai thác khoáng sản; dự án đầu tư và thiết kế mỏ được phê duyệt theo quy định của pháp luật."
)
H("4.4. Ý kiến của Sở Xây dựng")
P("- Thống nhất với nội dung, kết quả kiểm tra, xác minh nêu trên.")
P(
    "- Đề nghị trong quá trình hoạt động khoáng sản, đề nghị 02 Công ty nghiêm chỉnh tuân thủ giấy phép khai thác khoáng sản; dự án đầu tư và thiết kế mỏ được phê duyệt."
)
H("4.5. Ý kiến của Ủy ban nhân dân xã Văn Chấn")
P("- Thống nhất với nội dung, kết quả kiểm tra, xác minh nêu trên.")
P(
    "- Đối chiếu với hồ sơ thuê đất của Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ, 02 vị trí đang khai thác nêu trên nằm trong phần diện tích đã được cho thuê đất theo quy định."
)
P(
    "- Đề nghị 02 đơn vị trong quá trình hoạt động khoáng sản trao đổi, phối hợp, thống nhất phương án giải quyết bảo đảm phù hợp với quy định của pháp luật; không phát sinh tranh chấp, xung đột trong quá trình hoạt động khoáng sản."
)
H("4.6. Ý kiến của Phòng Quản lý đất đai")
P("- Thống nhất với nội dung, kết quả kiểm tra, xác minh nêu trên.")
P(
    "- Đối chiếu với hồ sơ thuê đất của Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ, 02 vị trí đang khai thác nêu trên nằm trong phần diện tích đã được cho thuê đất theo quy định."
)
H("III. THỐNG NHẤT CỦA ĐOÀN KIỂM TRA, LÀM VIỆC")
P(
    "- Đoàn kiểm tra gồm đại diện các cơ quan, đơn vị: Sở Nông nghiệp và Môi trường, Sở Công Thương, Sở Xây dựng, Ủy ban nhân dân xã Văn Chấn, Công ty TNHH Đại Đồng Tiến, Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ thống nhất với nội dung, kết quả kiểm tra thực địa nêu trên làm căn cứ giải quyết các bước tiếp theo theo quy định."
)
P("- Ngoài nội dung kiểm tra thực địa nêu trên, đoàn kiểm tra không kiểm tra các nội dung nào khác.")
P(
    "Biên bản được lập xong hồi 11 giờ 30 phút cùng ngày, được đọc cho mọi người cùng nghe và nhất trí ký tên./."
)

# signatures: 3 rows x 2 cols, borderless
rows = [
    (
        ["ĐẠI DIỆN", "SỞ CÔNG THƯƠNG", "", "", "", "Trần Đăng Khôi"],
        ["ĐẠI DIỆN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "", "", "", "Mai Thành Trung      Nguyễn Văn Nhân"],
    ),
    (
        ["ĐẠI DIỆN", "SỞ XÂY DỰNG", "", "", "", "Lê Đức Chí"],
        ["ĐẠI DIỆN", "ỦY BAN NHÂN DÂN XÃ VĂN CHẤN", "", "", "", "Cao Đắc Thịnh"],
    ),
    (
        ["ĐẠI DIỆN", "CÔNG TY TNHH ĐẠI ĐỒNG TIẾN", "", "", "", "Trần Thành Công"],
        ["ĐẠI DIỆN", "DOANH NGHIỆP TƯ NHÂN THÀNH HƯƠNG NGHĨA LỘ", "", "", "", ""],
    ),
]
t = d.add_table(rows=len(rows), cols=2)
no_borders(t)
for i, (a, b) in enumerate(rows):
    for c, lines in zip(t.rows[i].cells, (a, b)):
        cell_lines(c, [(x, True, False, 13, C) for x in lines] + [("", False, False, 13, C)])
out = pathlib.Path(__file__).resolve().parent.parent / "dev" / "37.docx"
d.save(out)
print("saved", out)
