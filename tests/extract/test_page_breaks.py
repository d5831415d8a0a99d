"""A page break inside a sentence of text taken from a PDF (round 7). The text is written for
the test: it shows that the rule works on it, not that it generalizes."""

from __future__ import annotations

from dvtool.extract.blocks import text_paragraphs


def test_a_page_number_inside_a_sentence_does_not_break_the_paragraph() -> None:
    text = (
        "- Kịp thời ngăn chặn, xử lý theo thẩm quyền hoặc kiến nghị cơ quan có\n"
        "                                6\n"
        "\n"
        "thẩm quyền đối với các hành vi khai thác trái phép.\n"
        "\n"
        "7\n"
        "\n"
        "- Tiếp tục rà soát các bến thủy nội địa.\n"
    )
    texts = [b.text for b in text_paragraphs(text)]
    assert texts[0] == (
        "- Kịp thời ngăn chặn, xử lý theo thẩm quyền hoặc kiến nghị cơ quan có thẩm quyền đối với "
        "các hành vi khai thác trái phép."
    )
    # a page number after a full sentence, before a new point, is left as it was
    assert texts[1:] == ["7", "- Tiếp tục rà soát các bến thủy nội địa."]
