"""The store-worker jobs behind adding and removing packs: scan, plan, install, remove.

Each function runs in the writer thread and returns plain data for the UI thread; none keeps
a pack open between jobs, so a stick can be pulled out while a question is on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from c4s_desktop.core.errors import TrustError
from c4s_desktop.core.packs.discovery import Candidate, describe, find_packs, removable_roots
from c4s_desktop.core.packs.install import InstallResult, install_pack, plan_install
from c4s_desktop.core.packs.library import InstalledPack, get_installed, list_installed, remove_pack
from c4s_desktop.core.packs.manifest import Manifest, parse_manifest, pick_text
from c4s_desktop.core.packs.preview import UpdatePreview
from c4s_desktop.core.packs.signing import fingerprint
from c4s_desktop.core.packs.source import open_pack
from c4s_desktop.core.packs.trust import add_trusted
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.worker import Task

UNTRUSTED_CODES = ("pack.untrusted", "pack.unsigned", "pack.publisher_changed")


@dataclass(frozen=True)
class ScanResult:
    """The roots that were searched and every pack found on them."""

    roots: list[Path]
    candidates: list[Candidate]


@dataclass(frozen=True)
class TrustQuestion:
    """Installing needs an admin's word: the pack is unsigned or its publisher not trusted."""

    signed: bool
    publisher: str
    key: str
    fingerprint: str
    trusted: bool = False
    """The key is on the trust list: only the change of publisher is in question."""
    installed_publisher: str = ""
    """Who published the installed version, when another key signs this one."""
    installed_fingerprint: str = ""


def trust_question(manifest_bytes: bytes, exc: TrustError) -> TrustQuestion:
    """The admin's question for a pack refused with one of :data:`UNTRUSTED_CODES`."""
    manifest = parse_manifest(manifest_bytes, require_key=False)
    key = manifest.publisher.key or ""
    trusted = exc.code == "pack.publisher_changed"
    return TrustQuestion(exc.code == "pack.untrusted" or trusted, manifest.publisher.name, key,
                         fingerprint(key) if key else "", trusted,
                         str(exc.params.get("installed_publisher", "")),
                         str(exc.params.get("installed_fingerprint", "")))


@dataclass(frozen=True)
class PlanSummary:
    """A planned install: the preview, with the titles of the items it names."""

    preview: UpdatePreview
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)


def scan(store: Store, _task: Task, roots: list[Path] | None) -> ScanResult:
    """Find and describe the packs under ``roots`` (None: every removable drive)."""
    searched = removable_roots() if roots is None else roots
    found = [path for root in searched for path in find_packs(root)]
    return ScanResult(searched, [describe(store, path) for path in found])


def describe_paths(store: Store, _task: Task, paths: list[Path]) -> list[Candidate]:
    """Describe each of ``paths``; a folder that is not itself a pack is searched for packs."""
    found = [p for path in paths for p in (find_packs(path) if path.is_dir() else [path])]
    return [describe(store, path) for path in found]


def _titles(manifest: Manifest | None, ids: list[str], lang: str) -> list[str]:
    """Each of ``ids`` as "lesson: item", in course order."""
    if manifest is None:
        return list(ids)
    wanted = set(ids)
    default = manifest.default_language
    return [
        f"{pick_text(lesson.title, lang, default)}: {pick_text(item.title, lang, default)}"
        for _module, lesson, item in manifest.iter_items()
        if item.id in wanted
    ]


def plan(
    store: Store,
    _task: Task,
    path: Path,
    lang: str,
    *,
    allow_untrusted: bool = False,
    force: bool = False,
    trust_publisher: bool = False,
) -> PlanSummary | TrustQuestion:
    """Check and plan an install; ask for trust instead of failing on an untrusted pack.

    With ``trust_publisher``, a signed pack's key joins the trust list once the plan passed.
    """
    with open_pack(path) as source:
        try:
            planned = plan_install(store, source, allow_untrusted=allow_untrusted, force=force)
        except TrustError as exc:
            if exc.code not in UNTRUSTED_CODES or allow_untrusted:
                raise
            return trust_question(source.read_manifest(), exc)
        checked = planned.checked
        if trust_publisher and checked.signed and checked.manifest.publisher.key:
            add_trusted(store, checked.manifest.publisher.key, checked.manifest.publisher.name)
        return summarize(store, planned.preview, checked.manifest, lang)


def summarize(store: Store, preview: UpdatePreview, new: Manifest, lang: str) -> PlanSummary:
    """``preview`` with the titles of the items it names, in ``lang`` (reads the library)."""
    installed = get_installed(store, preview.pack_id)
    old = installed.manifest() if installed is not None else None
    return PlanSummary(
        preview,
        added=_titles(new, preview.added, lang),
        removed=_titles(old, preview.removed, lang),
        changed=_titles(new, preview.changed, lang),
    )


def install(
    store: Store, task: Task, path: Path, *, allow_untrusted: bool, force: bool
) -> InstallResult:
    """Install ``path`` with progress and cancel wired to ``task``."""
    return install_pack(store, path, allow_untrusted=allow_untrusted, force=force,
                        progress=task.report, cancel=task.is_cancelled)


def installed_packs(store: Store, _task: Task) -> list[InstalledPack]:
    """Every installed pack, for choosing one to remove."""
    return list_installed(store)


def remove(store: Store, _task: Task, pack_id: str) -> int:
    """Remove a pack (learner progress is kept); the bytes freed."""
    return remove_pack(store, pack_id)

