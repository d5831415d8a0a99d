"""Valid inputs for every reader, built in code so the fuzz harness needs no files."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Mapping

from tests.conftest import SEED_JSON

TITLE = "Hội nghị tổng kết công tác dân vận năm 2023"
PARAGRAPHS = (
    "Sáng ngày 10/02/2023, Ban chỉ đạo tỉnh tổ chức hội nghị tổng kết.",
    "Đồng chí Lê Hồng Vinh chủ trì hội nghị.",
    "Kết quả: 1.234 mô hình “Dân vận khéo”, tăng 12,5% so với năm 2022.",
)


def docx_bytes(paragraphs: Iterable[str] = PARAGRAPHS, title: str = TITLE) -> bytes:
    """A small real .docx written by python-docx: a heading, paragraphs and a table."""
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Chỉ tiêu"
    table.cell(0, 1).text = "Kết quả"
    table.cell(1, 0).text = "Mô hình"
    table.cell(1, 1).text = "1.234"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def rezip(
    data: bytes,
    replace: Mapping[str, bytes] | None = None,
    drop: Iterable[str] = (),
    add: Mapping[str, bytes] | None = None,
) -> bytes:
    """A copy of a zip with some members replaced, dropped or added (deflated)."""
    replace = dict(replace or {})
    dropped = set(drop)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename in dropped:
                continue
            target.writestr(info.filename, replace.pop(info.filename, None) or source.read(info))
        for name, content in {**replace, **(add or {})}.items():
            target.writestr(zipfile.ZipInfo(name), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def json_bytes() -> bytes:
    return SEED_JSON.read_bytes()


def yaml_bytes() -> bytes:
    from dvtool.formats import ReadOptions, WriteOptions, get_writer
    from dvtool.readers.json import read

    report = read(json_bytes(), ReadOptions(source="seed.json")).value
    return get_writer("yaml")(report, WriteOptions()).value


def markdown_bytes() -> bytes:
    body = "\n\n".join(PARAGRAPHS)
    return f"---\ntitle: {TITLE}\ndate: 2023-02-10\n---\n\n# {TITLE}\n\n## Kết quả\n\n{body}\n".encode()


def text_bytes() -> bytes:
    return (TITLE + "\n\n" + "\n".join(PARAGRAPHS) + "\n").encode()


def html_bytes() -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    head = "<!doctype html><html><head><meta charset='utf-8'></head>"
    return f"{head}<body><h1>{TITLE}</h1>{paras}</body></html>".encode()


SEEDS = {
    "json": json_bytes,
    "yaml": yaml_bytes,
    "md": markdown_bytes,
    "docx": docx_bytes,
    "text": text_bytes,
    "html": html_bytes,
}
