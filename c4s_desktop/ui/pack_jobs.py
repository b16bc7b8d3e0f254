"""The store-worker jobs behind adding and removing packs: scan, plan, install, remove.

Each function runs in the writer thread and returns plain data for the UI thread; none keeps
a pack open between jobs, so a stick can be pulled out while a question is on screen.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from c4s_desktop.core.errors import TrustError
from c4s_desktop.core.packs.discovery import Candidate, describe, find_packs, removable_roots
from c4s_desktop.core.packs.install import InstallPlan, InstallResult, plan_install
from c4s_desktop.core.packs.library import (
    InstalledPack,
    get_installed,
    list_installed,
    removal_sizes,
    remove_pack,
)
from c4s_desktop.core.packs.manifest import Manifest, parse_manifest, pick_text
from c4s_desktop.core.packs.preview import UpdatePreview
from c4s_desktop.core.packs.signing import fingerprint
from c4s_desktop.core.packs.source import open_pack
from c4s_desktop.core.packs.trust import TrustedKey, add_trusted, list_trusted
from c4s_desktop.core.progress.removed_items import learners_with_work_in
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.worker import Task

UNTRUSTED_CODES = ("pack.untrusted", "pack.unsigned", "pack.publisher_changed")
SIMILAR_NAME_RATIO = 0.8
"""Folded publisher names at least this similar (difflib ratio) count as look-alikes."""
MIN_CONTAINED_NAME = 5
"""A folded name this long or longer found inside another counts as a look-alike."""


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
    key_changed: bool = False
    """``publisher`` equals or resembles the name of who published the installed version:
    that publisher changed key, or this pack poses as it."""
    lookalike: str = ""
    """A trusted publisher that ``publisher`` equals or resembles, under another key than
    this pack's and the installed version's, named as the library shows it."""
    lookalike_fingerprint: str = ""
    manifest_sha256: str = ""
    """The manifest asked about: a yes allows this one only (see :func:`confirmed_manifest`)."""
    claims_trusted_key: bool = False
    """Unsigned, the pack names the key of :attr:`lookalike`, a trusted publisher: it may pose
    as that publisher."""


def manifest_digest(manifest_bytes: bytes) -> str:
    """What a confirmation to install an untrusted pack is tied to: its manifest's SHA-256."""
    return hashlib.sha256(manifest_bytes).hexdigest()


def confirmed_manifest(planned: InstallPlan, confirmed: str, location: object) -> None:
    """Refuse (``pack.changed_after_question``) a pack planned as untrusted whose manifest is
    not the one confirmed: it was swapped on its drive, or on the server, after the question.
    The manifest lists every file's hash, so the same manifest means the same pack."""
    if confirmed and manifest_digest(planned.checked.manifest_bytes) != confirmed:
        raise TrustError("pack.changed_after_question", pack=str(location))


def _folded(name: str) -> str:
    """``name`` without case, accents, spaces or punctuation, for comparing publisher names."""
    decomposed = unicodedata.normalize("NFKD", name).casefold()
    return "".join(ch for ch in decomposed if ch.isalnum())


def names_resemble(claimed: str, trusted: str) -> bool:
    """True when ``claimed`` equals or looks like ``trusted`` (case, accents and punctuation
    aside, one inside the other, or a few letters apart): enough to fool a reader."""
    a, b = _folded(claimed), _folded(trusted)
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) >= MIN_CONTAINED_NAME and (a in b or b in a)):
        return True
    return SequenceMatcher(None, a, b).ratio() >= SIMILAR_NAME_RATIO


def trust_question(manifest_bytes: bytes, exc: TrustError,
                   trusted: Sequence[TrustedKey] = ()) -> TrustQuestion:
    """The admin's question for a pack refused with one of :data:`UNTRUSTED_CODES`.

    ``trusted`` is the trust list (:func:`list_trusted`): a key on it with a name that the
    pack's claimed publisher name resembles is named in the question, since the pack may be
    posing as that publisher, and so is one an unsigned pack's manifest names (it shows no key
    of its own: a key named without a signature proves nothing). The installed version's key
    is not named so: a name like its publisher's is asked about as a change of key
    (:attr:`TrustQuestion.key_changed`), with that key's fingerprint shown once, as the
    installed version's.
    """
    manifest = parse_manifest(manifest_bytes, require_key=False)
    claimed = manifest.publisher.name
    signed = exc.code in ("pack.untrusted", "pack.publisher_changed")
    # Unsigned, the key a manifest names proves nothing: anyone can copy a trusted one into it.
    claimed_key = manifest.publisher.key or ""
    key = claimed_key if signed else ""
    is_trusted = exc.code == "pack.publisher_changed"
    installed_publisher = str(exc.params.get("installed_publisher", ""))
    installed_fingerprint = str(exc.params.get("installed_fingerprint", ""))
    installed_names = [installed_publisher] if installed_publisher else []
    others: list[TrustedKey] = []
    for entry in trusted:
        if installed_publisher and entry.fingerprint == installed_fingerprint:
            installed_names += entry.names
        elif not signed or entry.key != key:
            others.append(entry)
    # Unsigned, the pack has no key to have changed to: it is asked about as any unsigned one.
    key_changed = bool(key) and any(names_resemble(claimed, name) for name in installed_names)
    posing = next((entry for entry in others
                   if not signed and claimed_key and entry.key == claimed_key), None)
    lookalike = posing or next((entry for entry in others
                                if any(names_resemble(claimed, name) for name in entry.names)),
                               None)
    return TrustQuestion(signed, claimed, key, fingerprint(key) if key else "", is_trusted,
                         installed_publisher, installed_fingerprint, key_changed,
                         lookalike.display_name if lookalike else "",
                         lookalike.fingerprint if lookalike else "",
                         manifest_digest(manifest_bytes), posing is not None)


@dataclass(frozen=True)
class AlreadyInstalled:
    """A queued pack that needs no install any more: this version or a newer one is installed
    (another copy of it, earlier in the queue, may have installed it)."""

    installed_version: int
    newer: bool
    """A newer version than the pack's is installed (else the same one)."""


def _already_installed(store: Store, path: Path, repair: bool) -> AlreadyInstalled | None:
    """What the library holds now, when it makes installing ``path`` pointless.

    ``repair``: the admin chose to reinstall the installed version, so the same version is
    installed again (a newer one never is replaced by an older one).
    """
    now = describe(store, path)
    if now.installed_version is None or now.status not in ("installed", "older"):
        return None
    if now.status == "installed" and repair:
        return None
    return AlreadyInstalled(now.installed_version, now.status == "older")


@dataclass(frozen=True)
class PlanSummary:
    """A planned install: the preview, with the titles of the items it names, and how many
    learners on this computer worked on items it removes."""

    preview: UpdatePreview
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    learners_losing_work: int = 0


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
    confirmed: str = "",
    repair: bool = False,
) -> PlanSummary | TrustQuestion | AlreadyInstalled:
    """Check and plan an install; ask for trust instead of failing on an untrusted pack.

    ``confirmed``: the :attr:`TrustQuestion.manifest_sha256` an admin said yes to, which
    allows that manifest, and no other, to install untrusted. The library is read again
    first: a pack that became installed since the scan is not planned (see
    :func:`_already_installed`). Neither the library nor the trust list is written; only what
    an install killed earlier left behind is deleted (:func:`plan_install`).
    """
    already = _already_installed(store, path, repair)
    if already is not None:
        return already
    with open_pack(path) as source:
        try:
            planned = plan_install(store, source, allow_untrusted=bool(confirmed), force=repair)
        except TrustError as exc:
            if exc.code not in UNTRUSTED_CODES or confirmed:
                raise
            return trust_question(source.read_manifest(), exc, list_trusted(store))
        confirmed_manifest(planned, confirmed, source.location)
        return summarize(store, planned.preview, planned.checked.manifest, lang)


def summarize(store: Store, preview: UpdatePreview, new: Manifest, lang: str) -> PlanSummary:
    """``preview`` with the titles of the items it names, in ``lang`` (moved items under
    their new lesson), and the learners it takes work from (reads the library)."""
    installed = get_installed(store, preview.pack_id)
    old = installed.manifest() if installed is not None else None
    return PlanSummary(
        preview,
        added=_titles(new, preview.added, lang),
        removed=_titles(old, preview.removed, lang),
        changed=_titles(new, preview.changed, lang),
        moved=_titles(new, preview.moved, lang),
        learners_losing_work=learners_with_work_in(store, preview.pack_id, preview.removed),
    )


def install(
    store: Store, task: Task, path: Path, *, confirmed: str, repair: bool,
    trust_key: str = "",
) -> InstallResult | AlreadyInstalled:
    """Install ``path`` with progress and cancel wired to ``task``.

    ``confirmed``: as for :func:`plan`; the manifest is checked once more here, on the bytes
    the install uses, since the drive may have changed since the plan.
    ``trust_key``: the admin asked to trust this publisher key. It joins the trust list only
    once the install committed, and only if the installed version is signed by it, so a
    skipped, cancelled or failed install, or a pack swapped on the stick since the question,
    leaves the trust list as it was.
    """
    already = _already_installed(store, path, repair)
    if already is not None:
        return already
    with open_pack(path) as source:
        planned = plan_install(store, source, allow_untrusted=bool(confirmed), force=repair)
        confirmed_manifest(planned, confirmed, source.location)
        result = planned.run(task.report, task.is_cancelled)
    trust_installed(store, result.pack_id, trust_key)
    return result


def trust_installed(store: Store, pack_id: str, key: str) -> None:
    """Add ``key`` (an admin ticked "trust") to the trust list if the installed version of
    ``pack_id`` is signed by it: called once an install committed, never before."""
    installed = get_installed(store, pack_id)
    if key and installed is not None and installed.publisher_key == key:
        add_trusted(store, key, installed.publisher_name)


def installed_packs(store: Store,
                    _task: Task) -> tuple[list[InstalledPack], dict[str, tuple[int, int]]]:
    """Every installed pack, for choosing one to remove, with its :func:`removal_sizes`."""
    return list_installed(store), removal_sizes(store)


def remove(store: Store, _task: Task, pack_id: str) -> int:
    """Remove a pack (learner progress is kept); the bytes freed."""
    return remove_pack(store, pack_id)

