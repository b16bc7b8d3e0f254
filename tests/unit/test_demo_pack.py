"""The bundled demo course: signed by the shipped demo key, true to its sources, complete."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import list_installed
from c4s_desktop.core.packs.source import open_pack
from c4s_desktop.core.packs.trust import seed_default_trust, trusted_keys
from c4s_desktop.core.packs.verify import check_pack, hash_all
from c4s_desktop.core.quiz.schema import parse_quiz
from c4s_desktop.core.resources import default_trust_keys
from c4s_desktop.core.store.database import Store

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "packs" / "demo" / "eu.cluster4smart.essentials.c4spack"
SRC = ROOT / "packs" / "demo" / "src"


def test_demo_pack_is_signed_by_the_shipped_key_and_whole() -> None:
    keys = {key for _name, key in default_trust_keys()}
    with open_pack(PACK) as source:
        checked = check_pack(source, keys)
        assert checked.signed and checked.trusted
        hash_all(checked)


def test_demo_pack_matches_its_sources() -> None:
    with open_pack(PACK) as source:
        built = json.loads(source.read_manifest())
    for path, entry in built.pop("files").items():
        data = (SRC / path).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], f"{path} changed: rebuild"
    built["publisher"].pop("key")
    assert built == json.loads((SRC / "manifest.json").read_text("utf-8"))


def test_demo_course_has_what_the_course_promises() -> None:
    with open_pack(PACK) as source:
        checked = check_pack(source, set(), allow_untrusted=True)
        manifest = checked.manifest
        assert list(manifest.languages) == ["en", "fr"]
        assert len(manifest.modules) == 4
        types: set[str] = set()
        case_studies = 0
        for module in manifest.modules:
            assert len(module.lessons) >= 2
            for lesson in module.lessons:
                kinds = [item.type for item in lesson.items]
                assert kinds[:4] == ["video", "document", "factsheet", "quiz"]
                video = lesson.items[0]
                assert video.duration_s is not None and 15 <= video.duration_s <= 60
                assert set(video.subtitles) == {"en", "fr"}
                for item in lesson.items:
                    if item.type == "quiz":
                        assert item.quiz is not None
                        quiz = parse_quiz(source.read_small(item.quiz, 1 << 20, "x"), item.quiz)
                        assert len(quiz.questions) >= 6
                        types |= {q.type for q in quiz.questions}
                    if item.type in ("document", "factsheet", "case_study"):
                        assert item.file is not None and set(item.file) == {"en", "fr"}
                    case_studies += item.type == "case_study"
        assert types == {"single", "multiple", "true_false", "numeric", "text", "matching",
                         "ordering"}
        assert case_studies == 1
    total = PACK.stat().st_size + sum(p.stat().st_size for p in SRC.rglob("*") if p.is_file())
    assert total < 15_000_000


def test_a_new_machine_installs_the_demo_without_asking(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        seed_default_trust(store)
        assert {key for _n, key in default_trust_keys()} <= trusted_keys(store)
        install_pack(store, PACK)
        assert [p.id for p in list_installed(store)] == ["eu.cluster4smart.essentials"]
