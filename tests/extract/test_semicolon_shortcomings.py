"""Rule semicolon_shortcomings (lim10): a news sentence stating shortcomings is one limitation per
";" part when every part states one. Sentences written for these tests: they show the rule works
on them, not that it generalizes (tests/eval measures that)."""

from __future__ import annotations

import ast
import inspect

from dvtool.extract import semicolon_shortcomings
from dvtool.extract.semicolon_shortcomings import prose_shortcomings
from dvtool.extract.shortcomings import negated_clause, stated_phrase


def test_every_part_stating_a_shortcoming_is_one_item() -> None:
    text = "Một số cơ quan được đề nghị giám định trả lời trễ; trình độ tay nghề của người lao động thấp."
    assert prose_shortcomings(text) == [
        "Một số cơ quan được đề nghị giám định trả lời trễ",
        "trình độ tay nghề của người lao động thấp.",
    ]


def test_a_part_that_states_nothing_wanting_keeps_the_sentence_whole() -> None:
    text = "Tỷ lệ giải ngân vốn đầu tư còn thấp; tỉnh đã tổ chức nhiều đoàn kiểm tra tại cơ sở."
    assert prose_shortcomings(text) == [text]


def test_a_part_that_is_a_task_keeps_the_sentence_whole() -> None:
    text = "Xử lý nghiêm các xe chở quá tải; phát động không uống rượu bia khi lái xe."
    assert prose_shortcomings(text) == [text]


def test_the_shared_shortcoming_helpers_are_public_and_imported_as_such() -> None:
    """semicolon_shortcomings uses shortcomings' phrase and clause checks through their public
    names; no private name of another module is imported."""
    tree = ast.parse(inspect.getsource(semicolon_shortcomings))
    imported = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module != "__future__"
        for alias in node.names
    ]
    assert "stated_phrase" in imported and "negated_clause" in imported
    assert not [name for name in imported if name.startswith("_")]


def test_the_public_helpers_find_a_stated_phrase_and_a_negated_clause() -> None:
    assert stated_phrase("Việc hỗ trợ hội viên còn gặp khó khăn.") is not None
    assert stated_phrase("Hội đã tặng quà hội viên gặp khó khăn.") is None
    assert negated_clause("Công tác tuyên truyền chưa thường xuyên.") is not None
