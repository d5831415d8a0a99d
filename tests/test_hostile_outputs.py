"""Hostile outputs (issue 14, points 1, 2, 19, 22): special files, races, long and odd names."""

from __future__ import annotations

import json
import multiprocessing
import os
import stat
import threading
from pathlib import Path

import pytest

from dvtool.app.fsutil import NAME_MAX, temp_prefix, write_atomic
from dvtool.errors import OutputError, UsageError
from tests.conftest import SEED_JSON, Runner


def test_a_fifo_output_is_written_in_place_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, b"payload\n", force=True)
    reader.join(timeout=30)
    assert received == [b"payload\n"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left


def test_a_symlink_to_a_character_device_keeps_the_device(tmp_path: Path) -> None:
    link = tmp_path / "null"
    link.symlink_to(os.devnull)
    write_atomic(link, b"x" * 1000, force=True)
    assert link.is_symlink()
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod needs root")
def test_a_device_node_named_as_output_stays_a_device(tmp_path: Path) -> None:
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    write_atomic(node, b"data", force=True)
    assert stat.S_ISCHR(node.lstat().st_mode)


def test_a_socket_output_is_refused(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(UsageError, match="device, socket or folder"):
            write_atomic(path, b"data", force=True)
    assert stat.S_ISSOCK(path.lstat().st_mode)


def _write_many(args: tuple[str, int, int]) -> list[int]:
    folder, count, tag = args
    won = []
    for i in range(count):
        try:
            write_atomic(Path(folder) / f"{i:04d}.json", f"{tag}\n".encode())
            won.append(i)
        except UsageError:
            pass
    return won


def test_two_writers_never_replace_each_others_files_without_force(tmp_path: Path) -> None:
    count = 400
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2) as pool:
        results = pool.map(_write_many, [(str(tmp_path), count, 1), (str(tmp_path), count, 2)])
    first, second = set(results[0]), set(results[1])
    assert not first & second  # no file was written by both
    assert first | second == set(range(count))
    for i in range(count):
        content = (tmp_path / f"{i:04d}.json").read_text()
        assert content == ("1\n" if i in first else "2\n")
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]


def test_a_dangling_symlink_is_an_existing_output(tmp_path: Path) -> None:
    link = tmp_path / "out.json"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(UsageError, match="dangling symbolic link"):
        write_atomic(link, b"data")
    write_atomic(link, b"data", force=True)
    assert link.read_bytes() == b"data"


def test_force_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_bytes(b"old")
    link = tmp_path / "out.json"
    link.symlink_to(target)
    with pytest.raises(UsageError, match="output exists"):
        write_atomic(link, b"new")
    write_atomic(link, b"new", force=True)
    assert link.is_symlink()
    assert target.read_bytes() == b"new"


@pytest.mark.parametrize("length", [241, 250, 255])
def test_a_legal_long_name_is_written(tmp_path: Path, length: int) -> None:
    stem = ("Báo cáo hội nghị " * 30).encode()[: length - 5].decode("utf-8", errors="ignore")
    name = stem + ".json"
    assert len(name.encode()) <= NAME_MAX
    write_atomic(tmp_path / name, b"{}")
    assert (tmp_path / name).read_bytes() == b"{}"
    assert len(os.fsencode(temp_prefix(name))) + len(".XXXXXXXX.part") <= NAME_MAX


def test_a_name_over_the_limit_is_blamed_on_its_length(run_dvtool: Runner, tmp_path: Path) -> None:
    name = "Báo cáo tổng kết hội nghị " * 12 + ".json"
    result = run_dvtool(["convert", str(SEED_JSON), "-o", str(tmp_path / name)])
    assert result.returncode == 2
    assert b"file name too long" in result.stderr
    assert result.stderr.count(b"\n") == 1


@pytest.mark.parametrize("below", ["r.json", "sub/r.json"])
def test_a_file_where_the_output_folder_should_be_is_named(
    run_dvtool: Runner, tmp_path: Path, below: str
) -> None:
    (tmp_path / "f.docx").write_bytes(b"not a folder")
    result = run_dvtool(["convert", str(SEED_JSON), "-o", f"f.docx/{below}"], cwd=tmp_path)
    assert result.returncode == 3
    assert result.stderr.count(b"\n") == 1 and b"f.docx is a file, not a folder" in result.stderr
    assert (tmp_path / "f.docx").read_bytes() == b"not a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.docx"]


def test_an_empty_output_name_is_refused(run_dvtool: Runner, tmp_path: Path) -> None:
    result = run_dvtool(["convert", str(SEED_JSON), "-o", ""], cwd=tmp_path)
    assert result.returncode == 2
    assert b"output name is empty" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_dev_stdout_as_output_writes_to_stdout(run_dvtool: Runner) -> None:
    result = run_dvtool(["convert", str(SEED_JSON), "-o", "/dev/stdout", "--force"])
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"]


def test_a_full_device_is_reported_as_a_full_disk(tmp_path: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with pytest.raises(OutputError, match="disk is full"):
        write_atomic(Path("/dev/full"), b"x" * 100_000, force=True)
