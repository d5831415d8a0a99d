"""o17: Báo cáo 892/BC-SNNMT (28/8/2026) of Sở Nông nghiệp và Môi trường Lào Cai, typeset from the
published pdf text (Trangsct/skill-sct bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/BC-892-BC-SNNMT-28-8-2026-TEXT.txt),
copied to build/src/o17_BC-892-BC-SNNMT.txt without the page banners, page numbers and the digital-signature
field values. Lines are re-flowed into paragraphs; the five footnotes are set at the end in 11 pt.
Header = 2-column borderless table (NĐ 30 layout)."""

import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from vbdocx import *

src = (pathlib.Path(__file__).parent / "src" / "o17_BC-892-BC-SNNMT.txt").read_text(encoding="utf-8")
head, rest = src.split("@@BODY\n")
body, rest = rest.split("@@FOOTNOTES\n")
notes = rest.split("@@END")[0]

HEAD_RE = re.compile(r"^(A\.|B\.|[IVX]+\.|\d+\.\s|[a-zđ]\)\s)")
MARK_RE = re.compile(r"^(A\.|B\.|[IVX]+\.|\d+\.\s|[a-zđ]\)\s|- |\+ |\(Chi tiết)")
UPPER_CONT = (
    "KINH PHÍ",
    "Kết luận số 81-KL/TW ngày 04/6/2024 của Bộ Chính trị",
    "Chính phủ ban hành Danh mục",
    "BĐKH và tình hình",
    "NHÀ NƯỚC NĂM 2027",
    "NHÀ NƯỚC 03 NĂM",
    "BẢO VỆ MÔI TRƯỜNG",
)


def join(a, b):
    a = a.rstrip()
    return a + b.strip() if a.endswith("-") and not a.endswith(" -") else a + " " + b.strip()


paras = []  # (text, is_heading)
for raw in body.splitlines():
    line = raw.strip()
    if not line:
        continue
    if paras:
        text, is_head = paras[-1]
        if is_head:
            cont = ((line[0].islower() or line[0].isdigit()) and not HEAD_RE.match(line)) or line.startswith(
                UPPER_CONT
            )
        else:
            cont = not MARK_RE.match(line) and (
                line[0].islower() or line[0].isdigit() or not re.search(r"[.:!]$", text.rstrip())
            )
        if cont:
            paras[-1] = (join(text, line), is_head)
            continue
    paras.append((line, bool(HEAD_RE.match(line))))

d = new_doc(top=2.0, bottom=2.0, left=3.0, right=2.0)
C_, L_ = C, L
header_table(
    d,
    [
        ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", False, False, 12, C_),
        ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", True, False, 12, C_),
        ("–––––––––––", False, False, 12, C_),
        ("Số:         /BC-SNNMT", False, False, 13, C_),
    ],
    [
        ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, 12, C_),
        ("Độc lập - Tự do - Hạnh phúc", True, False, 13, C_),
        ("––––––––––––––––––––––––", False, False, 12, C_),
        ("Lào Cai, ngày        tháng      năm 2026", False, True, 13, C_),
    ],
    widths=(7.0, 9.5),
)
para(d, "", after=6)
center(d, "BÁO CÁO", bold=True, size=14, before=6)
tl = [l.strip() for l in head.splitlines() if l.strip()][7:]
trich_yeu = " ".join(tl)
p = center(d, trich_yeu, bold=True, size=14, after=0)
p2 = center(d, "––––––––––––––––––––––––––", size=12, after=12)

for text, is_head in paras:
    if is_head:
        italic = bool(re.match(r"^[a-zđ]\)", text))
        para(d, text, bold=True, italic=italic, before=0)
    else:
        para(d, text)

# signature block: Nơi nhận (left) / KT. GIÁM ĐỐC (right)
noi_nhan = [
    "- Bộ NN&MT (B/c);",
    "- UBND tỉnh (B/c);",
    "- Các sở, ngành, đoàn thể của tỉnh;",
    "- UBND các xã, phường;",
    "- Các phòng, đơn vị thuộc Sở NNMT;",
    "- Lưu: VT, CCMT.",
]
footer_table(
    d,
    [("Nơi nhận:", True, True, 12, L_)] + [(x, False, False, 11, L_) for x in noi_nhan],
    [
        ("KT. GIÁM ĐỐC", True, False, 13, C_),
        ("PHÓ GIÁM ĐỐC", True, False, 13, C_),
        ("", False, False, 13, C_),
        ("", False, False, 13, C_),
        ("", False, False, 13, C_),
        ("Nguyễn Thị Vi Huế", True, False, 14, C_),
    ],
)

# footnotes at the end
para(d, "", after=6)
p = para(d, "____________________", indent=False, align=L, after=0)
note_paras = []
for raw in notes.splitlines():
    line = raw.strip()
    if not line:
        continue
    if re.match(r"^\d\s", line):
        note_paras.append(line)
    else:
        note_paras[-1] = join(note_paras[-1], line)
for n in note_paras:
    para(d, n, size=11, indent=False, after=2, line=1.0)

out = pathlib.Path(__file__).resolve().parent.parent / "test" / "23.docx"
d.save(out)
print("saved", out, len(paras), "paragraphs")
