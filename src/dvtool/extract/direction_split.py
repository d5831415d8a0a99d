"""Directions quoted from a speech, read one per direction.

A direction quoted from a speech ("\"Mỗi cán bộ … phải …; luôn …. Trong mọi điều kiện …\" -
Là … phát biểu kết luận của đồng chí …") is cut into sentences before its closing quote: the
first sentence opens a quote that no quote closes in it, which would hide its ";" parts from the
split that makes one task per direction. It is read without that opening quote.
"""

from __future__ import annotations


def unquoted(text: str) -> str:
    """The text without an opening quote that no quote closes in it (the quote closes in a
    later sentence); the text itself otherwise."""
    head = text.lstrip()
    if head[:1] == '"' and head.count('"') % 2 == 1 or head[:1] == "“" and "”" not in head:
        return head[1:]
    return text
