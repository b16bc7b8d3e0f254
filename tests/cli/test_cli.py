"""The ``c4s`` tool end to end: real keys, real packs, a real data folder."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from c4s_desktop.cli import main
from c4s_desktop.core.store import migrations
from tests import packkit
from tests.schema_behind import schema_version, step_behind


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def keyfile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    key = tmp_path / "publisher.key"
    code, out, _ = run(capsys, "pack", "keygen", str(key))
    assert code == 0 and "fingerprint" in out
    return key


def test_keygen_writes_private_key_owner_only_and_public_key(
    keyfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert stat.S_IMODE(keyfile.stat().st_mode) == 0o600
    pub = Path(f"{keyfile}.pub").read_text()
    assert pub.endswith("\n") and len(pub.strip()) == 44
    code, _, err = run(capsys, "pack", "keygen", str(keyfile))
    assert code != 0 and err.startswith("error: ") and "already exists" in err


def test_a_key_others_can_read_is_used_with_a_warning(
    tmp_path: Path, keyfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = packkit.write_source(tmp_path / "src")
    code, _, err = run(capsys, "pack", "build", str(src), "-o", str(tmp_path / "a.c4spack"),
                       "--key", str(keyfile))
    assert code == 0 and "warning" not in err  # 0600, as keygen made it
    keyfile.chmod(0o644)  # what a FAT stick or a careless copy gives
    code, _, err = run(capsys, "pack", "build", str(src), "-o", str(tmp_path / "b.c4spack"),
                       "--key", str(keyfile))
    assert code == 0
    assert err.startswith(f"warning: {keyfile} can be read by other accounts")


def test_build_verify_inspect_install_list_remove(
    tmp_path: Path, keyfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    src = packkit.write_source(tmp_path / "src", lessons=2)
    out = tmp_path / "course.c4spack"
    code, text, err = run(capsys, "pack", "build", str(src), "-o", str(out), "--key",
                          str(keyfile))
    assert code == 0, err
    assert "signed" in text

    code, text, err = run(capsys, "pack", "verify", str(out), "--data-dir", data)
    assert code == 4 and "does not trust" in err and "checksums: ok" in text
    code, text, err = run(capsys, "pack", "verify", str(out), "--trust", f"{keyfile}.pub",
                          "--data-dir", data)
    assert code == 0, err
    assert "whole, signed and trusted" in text

    code, text, _ = run(capsys, "pack", "inspect", str(out), "--json")
    info = json.loads(text)
    assert info["id"] == "org.example.test" and info["signature"] == "valid"
    assert [len(m["lessons"]) for m in info["modules"]] == [2]
    code, text, _ = run(capsys, "pack", "inspect", str(out))
    assert "lesson l2" in text and "quiz" in text

    assert run(capsys, "trust", "add", f"{keyfile}.pub", "--data-dir", data)[0] == 0
    code, text, _ = run(capsys, "trust", "list", "--data-dir", data)
    assert "publisher" in text
    code, text, err = run(capsys, "library", "install", str(out), "--data-dir", data)
    assert code == 0, err
    assert "installed org.example.test version 1" in text
    # The key is named as its packs name their publisher, the label it was added under after.
    code, text, _ = run(capsys, "trust", "list", "--data-dir", data)
    assert f"Test publisher  (trusted as '{keyfile.name}')" in text

    code, text, _ = run(capsys, "library", "list", "--json", "--data-dir", data)
    [row] = json.loads(text)
    assert row["id"] == "org.example.test" and row["languages"] == ["en", "fr"]
    code, text, _ = run(capsys, "library", "list", "--data-dir", data)
    assert "org.example.test" in text and "Test pack" in text

    code, text, _ = run(capsys, "library", "verify", "--data-dir", data)
    assert code == 0 and "whole" in text
    code, text, _ = run(capsys, "library", "remove", "org.example.test", "--data-dir", data)
    assert code == 0 and "progress kept" in text
    code, _, err = run(capsys, "library", "remove", "org.example.test", "--data-dir", data)
    assert code == 9 and "No pack" in err


def test_update_prints_preview(tmp_path: Path, keyfile: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    run(capsys, "trust", "add", f"{keyfile}.pub", "--data-dir", data)
    v1 = packkit.write_source(tmp_path / "v1", lessons=1)
    v2 = packkit.write_source(tmp_path / "v2", packkit.source_manifest(version=2, lessons=2),
                              lessons=2)
    for src, out in ((v1, "v1.c4spack"), (v2, "v2.c4spack")):
        run(capsys, "pack", "build", str(src), "-o", str(tmp_path / out), "--key", str(keyfile))
    assert run(capsys, "library", "install", str(tmp_path / "v1.c4spack"), "--data-dir",
               data)[0] == 0
    code, text, _ = run(capsys, "library", "install", str(tmp_path / "v2.c4spack"),
                        "--data-dir", data)
    assert code == 0
    assert "version 1 -> 2" in text and "l2-video" in text and "to copy" in text
    code, _, err = run(capsys, "library", "install", str(tmp_path / "v1.c4spack"),
                       "--data-dir", data)
    # Going back is not offered as a repair: the advice says what --force would do here.
    assert code == 5 and "older than the installed version 2" in err and "repair" not in err
    code, text, _ = run(capsys, "library", "install", str(tmp_path / "v1.c4spack"),
                        "--data-dir", data, "--force")
    assert code == 0 and "downgrade org.example.test: version 2 -> 1" in text
    code, _, err = run(capsys, "library", "install", str(tmp_path / "v1.c4spack"),
                       "--data-dir", data)
    assert code == 5 and "already installed" in err and "repair" in err


def test_untrusted_pack_installs_only_when_allowed(
    tmp_path: Path, keyfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    manifest = packkit.source_manifest()
    manifest["publisher"]["key"] = Path(f"{keyfile}.pub").read_text().strip()
    src = packkit.write_source(tmp_path / "src", manifest)
    out = tmp_path / "unsigned"
    run(capsys, "pack", "build", str(src), "-o", str(out), "--folder")
    code, _, err = run(capsys, "library", "install", str(out), "--data-dir", data)
    assert code == 4 and "not signed" in err
    code, _, err = run(capsys, "library", "install", str(out), "--allow-untrusted",
                       "--data-dir", data)
    assert code == 0, err


def test_verify_repair_from_pack(tmp_path: Path, keyfile: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    src = packkit.write_source(tmp_path / "src")
    out = tmp_path / "course.c4spack"
    run(capsys, "pack", "build", str(src), "-o", str(out), "--key", str(keyfile))
    run(capsys, "trust", "add", f"{keyfile}.pub", "--data-dir", str(data))
    run(capsys, "library", "install", str(out), "--data-dir", str(data))
    blob = next(p for p in (data / "store").rglob("*") if p.is_file() and p.stat().st_size > 5000)
    blob.write_bytes(b"rotten" + blob.read_bytes()[6:])
    code, text, _ = run(capsys, "library", "verify", "--data-dir", str(data))
    assert code == 1 and "corrupt:" in text and "--repair" in text
    code, text, _ = run(capsys, "library", "verify", "--repair", str(out), "--data-dir",
                        str(data))
    assert code == 0 and "repaired 1" in text
    assert run(capsys, "library", "verify", "--data-dir", str(data))[0] == 0


def test_trust_remove_by_fingerprint(tmp_path: Path, keyfile: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    code, text, _ = run(capsys, "trust", "add", f"{keyfile}.pub", "--data-dir", data)
    fingerprint = text.split(": ", 1)[1].strip()
    code, text, _ = run(capsys, "trust", "remove", fingerprint[:9], "--data-dir", data)
    assert code == 0 and "no longer trusted" in text
    code, _, err = run(capsys, "trust", "remove", fingerprint[:9], "--data-dir", data)
    assert code == 9 and err.startswith("error: ")


def test_usage_error_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["library", "frobnicate"])
    assert info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ")


def test_data_dir_from_environment(tmp_path: Path, keyfile: Path,
                                   monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("C4S_DATA_DIR", str(tmp_path / "env-data"))
    assert run(capsys, "trust", "add", f"{keyfile}.pub")[0] == 0
    assert (tmp_path / "env-data" / "c4s.sqlite").is_file()


def test_store_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    code, text, _ = run(capsys, "store", "backup", "--data-dir", data)
    assert code == 0 and "backup written" in text
    code, text, _ = run(capsys, "store", "restore", "--data-dir", data)
    assert code == 0 and "restored" in text and "the database it replaced was kept" in text


def test_real_entry_point_in_a_subprocess(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "c4s_desktop.cli", "library", "list", "--data-dir",
         str(tmp_path / "d")], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "no packs installed" in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "c4s_desktop.cli", "pack", "verify",
                           str(tmp_path / "nothing-here")], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 10 and proc.stderr.startswith("error: There is no file")


def test_build_never_overwrites_what_is_not_a_pack(
    tmp_path: Path, keyfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = packkit.write_source(tmp_path / "src")
    work = tmp_path / "work"
    work.mkdir()
    (work / "report.txt").write_text("unrelated work")
    notes = tmp_path / "notes.c4spack"
    notes.write_text("not a pack")
    for out in (work, notes, src, src / "course.c4spack", tmp_path):
        code, _, err = run(capsys, "pack", "build", str(src), "-o", str(out), "--key",
                           str(keyfile))
        assert code != 0 and err.startswith("error: ") and "Traceback" not in err, (out, err)
    assert (work / "report.txt").read_text() == "unrelated work"
    assert notes.read_text() == "not a pack"
    assert (src / "manifest.json").is_file() and not (src / "course.c4spack").exists()

    # A pack built before is rebuilt in place, as a file and as a folder.
    for out, folder in ((tmp_path / "course.c4spack", []), (tmp_path / "course", ["--folder"])):
        for _ in range(2):
            code, _, err = run(capsys, "pack", "build", str(src), "-o", str(out), "--key",
                               str(keyfile), *folder)
            assert code == 0, err
    # ... but not a pack folder someone has put their own file in.
    (tmp_path / "course" / "thesis.txt").write_text("mine")
    code, _, err = run(capsys, "pack", "build", str(src), "-o", str(tmp_path / "course"),
                       "--key", str(keyfile), "--folder")
    assert code != 0 and "already exists" in err
    assert (tmp_path / "course" / "thesis.txt").read_text() == "mine"


def test_build_into_a_missing_folder_says_so(
    tmp_path: Path, keyfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = packkit.write_source(tmp_path / "src")
    out = tmp_path / "nowhere" / "course.c4spack"
    code, _, err = run(capsys, "pack", "build", str(src), "-o", str(out), "--key", str(keyfile))
    assert code != 0 and err.startswith("error: Cannot write the pack") and "Traceback" not in err


@pytest.mark.parametrize(("path", "content", "says"), [
    ("l1/text.fr.md", "# Leçon 1\n".encode("latin-1"), "is not UTF-8 text"),
    ("l1/video.en.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nCaf\xe9\n", "is not UTF-8 text"),
    ("l1/sheet.pdf", b"<html>a web page saved as .pdf</html>", "is not a PDF file"),
])
def test_build_refuses_a_text_or_fact_sheet_the_app_could_not_show(
    tmp_path: Path, keyfile: Path, capsys: pytest.CaptureFixture[str], path: str,
    content: bytes, says: str
) -> None:
    src = packkit.write_source(tmp_path / "src")
    (src / path).write_bytes(content)
    out = tmp_path / "course.c4spack"
    code, _, err = run(capsys, "pack", "build", str(src), "-o", str(out), "--key", str(keyfile))
    assert code != 0 and err.startswith(f"error: {path} in {src} {says}"), err
    assert not out.exists()


def test_an_unexpected_error_is_logged_in_the_data_folder_not_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import logging

    from c4s_desktop.cli.context import Context

    root = logging.getLogger()
    before = list(root.handlers)
    ctx = Context(str(tmp_path / "data"))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        where = ctx.log_unexpected(exc)
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()
    log_file = tmp_path / "data" / "logs" / "c4s.log"
    assert where == f"details are in {log_file}"
    assert "RuntimeError: boom" in log_file.read_text() and "Traceback" in log_file.read_text()
    assert capsys.readouterr().err == ""


def test_trusting_a_key_file_that_is_not_there_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nothere.pub"
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "data"), "trust", "add", str(missing))
    assert code != 0
    assert err == f"error: There is no public key file at {missing}; check the path.\n"


def test_one_bad_pack_does_not_stop_the_others(
    tmp_path: Path, keyfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The audit's ``install bad/trunc.c4spack t1.c4spack demo.c4spack``: the damaged pack
    stopped the command and the other two were skipped without a word."""
    data = str(tmp_path / "data")
    run(capsys, "trust", "add", f"{keyfile}.pub", "--data-dir", data)
    second = packkit.source_manifest()
    second["id"] = "org.example.second"
    for name, manifest in (("t1", packkit.source_manifest()), ("demo", second)):
        src = packkit.write_source(tmp_path / name, manifest)
        run(capsys, "pack", "build", str(src), "-o", str(tmp_path / f"{name}.c4spack"),
            "--key", str(keyfile))
    trunc = tmp_path / "bad" / "trunc.c4spack"
    trunc.parent.mkdir()
    trunc.write_bytes((tmp_path / "t1.c4spack").read_bytes()[:3000])

    code, text, err = run(capsys, "library", "install", str(trunc), str(tmp_path / "t1.c4spack"),
                          str(tmp_path / "demo.c4spack"), "--data-dir", data)
    assert code == 3  # the damaged pack's own code
    assert text.splitlines()[0].startswith("installed org.example.test version 1: ")
    assert text.splitlines()[1].startswith("installed org.example.second version 1: ")
    assert err.splitlines() == [
        f"error: {trunc}: The pack file {trunc} is damaged or incomplete; copy it again from "
        "its source. (detail: no central directory)",
        f"error: 1 of 3 packs not installed: {trunc}",
    ]
    code, text, _ = run(capsys, "library", "list", "--json", "--data-dir", data)
    assert sorted(p["id"] for p in json.loads(text)) == ["org.example.second",
                                                          "org.example.test"]
    # One pack: the same single line as ever, without the pack's name in front.
    code, _, err = run(capsys, "library", "install", str(trunc), "--data-dir", data)
    assert code == 3 and err.startswith("error: The pack file") and err.count("\n") == 1


@pytest.mark.parametrize("args", [("library", "list"), ("--help",)])
def test_a_reader_that_goes_away_ends_the_tool_quietly(tmp_path: Path,
                                                       args: tuple[str, ...]) -> None:
    """``c4s progress show ... | head -1``: head exits after its line, and the next write
    ended in 'error: unexpected problem (BrokenPipeError)'. Here the reader has gone before
    the tool writes a byte, so the pipe is closed whatever the timing."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "c4s_desktop.cli", *args, "--data-dir", str(tmp_path / "d")],
            stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60)
    finally:
        os.close(write_end)
    assert (proc.returncode, proc.stderr) == (141, "")


def test_a_schema_change_tells_its_steps_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Minutes on a class's year of work: an admin at a terminal must see it is not stuck.
    root = tmp_path / "data"
    step_behind(root, 600, monkeypatch)
    (root / "c4s.closed").unlink()  # as after a power cut: checked first
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, err = run(capsys, "learners", "list", "--data-dir", str(root))
    assert code == 0
    lines = err.replace("\r", "\n").split("\n")
    assert lines.index("checking the database for damage (after a power cut, and once a week)…") \
        < lines.index("keeping a copy of the database before this version updates it: 100%") \
        < lines.index("checking the copy…") \
        < lines.index("updating the database for this version…")
    assert len([line for line in lines if line.startswith("keeping a copy")]) > 3  # going up
    assert schema_version(root) == len(migrations.MIGRATIONS)


def test_a_schema_change_says_nothing_into_a_scripts_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "data"
    step_behind(root, 600, monkeypatch)
    code, _, err = run(capsys, "learners", "list", "--data-dir", str(root))
    assert code == 0 and err == ""
    assert schema_version(root) == len(migrations.MIGRATIONS)
