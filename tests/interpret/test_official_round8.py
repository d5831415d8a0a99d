"""Rules of round 8 on the tasks and limitations of official documents (reports, notices of
conclusions, minutes). The sentences are written for the tests: each test shows that its rule
works on them, not that it generalizes."""

from __future__ import annotations

REPORT = [
    "ỦY BAN NHÂN DÂN",
    "XÃ HÒA BÌNH",
    "Số: 45/BC-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Hòa Bình, ngày 05 tháng 6 năm 2024",
    "BÁO CÁO",
    "Kết quả công tác tiếp công dân tháng 5 năm 2024",
]
REPORT_FOOT = ["Nơi nhận:", "- UBND huyện;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Nam"]


def test_a_task_point_of_several_directions_gives_one_task_per_sentence() -> None:
    from .typed import bold, typed_report

    report = typed_report(
        REPORT,
        REPORT_FOOT,
        [
            bold("I. KẾT QUẢ THỰC HIỆN"),
            "Trong tháng, xã đã tiếp 12 lượt công dân.",
            bold("II. NHIỆM VỤ THÁNG 6"),
            "- Tiếp nhận và phân loại đơn thư đúng quy định. Phối hợp với các đoàn thể trong việc "
            "hòa giải ở thôn.",
            "- Tăng cường tuyên truyền pháp luật. Thời gian thực hiện trong tháng 6.",
            "- Yêu cầu các thôn rà soát các vụ việc tồn đọng. Báo cáo kết quả trước ngày 25/6.",
        ],
    )
    assert [t.text.rstrip(".") for t in report.tasks] == [
        "Tiếp nhận và phân loại đơn thư đúng quy định",
        "Phối hợp với các đoàn thể trong việc hòa giải ở thôn",
        # a sentence that only goes on with the direction stays with it
        "Tăng cường tuyên truyền pháp luật. Thời gian thực hiện trong tháng 6",
        # a request to a body addresses the sentences after it to that body
        "Yêu cầu các thôn rà soát các vụ việc tồn đọng. Báo cáo kết quả trước ngày 25/6",
    ]


def test_the_summing_up_before_a_closing_request_is_no_task() -> None:
    from .typed import bold, typed_report

    report = typed_report(
        REPORT,
        REPORT_FOOT,
        [
            bold("I. KẾT QUẢ THỰC HIỆN"),
            "Trong tháng, xã đã tiếp 12 lượt công dân.",
            bold("II. NHIỆM VỤ THÁNG 6"),
            "- Tiếp tục rà soát các vụ việc tồn đọng.",
            "Trên đây là báo cáo kết quả công tác tiếp công dân tháng 5. Đề nghị các thôn khẩn "
            "trương triển khai thực hiện.",
        ],
    )
    texts = [t.text.rstrip(".") for t in report.tasks]
    assert "Tiếp tục rà soát các vụ việc tồn đọng" in texts
    assert "Đề nghị các thôn khẩn trương triển khai thực hiện" in texts
    assert not any(t.startswith("Trên đây") for t in texts)


def test_a_topic_heading_under_the_tasks_heads_tasks() -> None:
    from .typed import bold, typed_report

    report = typed_report(
        REPORT,
        REPORT_FOOT,
        [
            bold("I. KẾT QUẢ THỰC HIỆN"),
            "Trong tháng, xã đã tiếp 12 lượt công dân.",
            bold("II. NHIỆM VỤ TRỌNG TÂM THÁNG TỚI"),
            bold("1. Công tác tuyên truyền"),
            "- Tăng cường tuyên truyền Luật Tiếp công dân đến các thôn.",
            bold("2. Công tác giải quyết đơn thư"),
            "- Giải quyết dứt điểm các vụ việc tồn đọng.",
        ],
    )
    assert [t.text.rstrip(".") for t in report.tasks] == [
        "Tăng cường tuyên truyền Luật Tiếp công dân đến các thôn",
        "Giải quyết dứt điểm các vụ việc tồn đọng",
    ]
    assert [r.text for r in report.results] == ["Trong tháng, xã đã tiếp 12 lượt công dân."]


def test_a_difficulties_label_saying_none_lists_no_limitation() -> None:
    from .typed import bold, typed_report

    def limitations(line: str) -> list[str]:
        report = typed_report(
            REPORT,
            REPORT_FOOT,
            [
                bold("I. ĐÁNH GIÁ CHUNG"),
                "1. Thuận lợi: Các thôn phối hợp chặt chẽ với xã.",
                line,
                bold("II. NHIỆM VỤ THÁNG TỚI"),
                "- Tiếp tục rà soát các vụ việc tồn đọng.",
            ],
        )
        return [x.text for x in report.limitations]

    assert limitations("2. Khó khăn: (không có)") == []
    assert limitations("2. Khó khăn: Không.") == []
    assert limitations("2. Khó khăn: Kinh phí còn hạn chế.") == ["Kinh phí còn hạn chế."]
