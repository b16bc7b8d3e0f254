"""The administrator's confirmation for a pack whose publisher this computer does not trust.

Window-modal and without a nested event loop: the answer comes through ``on_answer``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from c4s_desktop.ui.pack_jobs import TrustQuestion
from c4s_desktop.ui.plain_text import plain_box

NBSP = "\u00a0"  # keeps the fingerprint on one line


def _spaced(fingerprint: str) -> str:
    """``fingerprint`` kept on one line, or "none"."""
    return fingerprint.replace(" ", NBSP) or QCoreApplication.translate("TrustPrompt", "none")


def trust_reason(title: str, question: TrustQuestion, trust_publisher: bool) -> str:
    """What a trainer confirms when an untrusted pack is installed (see trainer_confirm): the
    decision, then the same facts and warnings the question showed."""
    translate = QCoreApplication.translate
    if question.key_changed and trust_publisher:
        action = translate("TrustPrompt", "Install “{title}”, a version signed with another "
                           "key than the installed one, and trust the new key from now on.")
    elif question.key_changed:
        action = translate("TrustPrompt", "Install “{title}”, a version signed with another "
                           "key than the installed one.")
    elif question.installed_publisher and trust_publisher:
        action = translate("TrustPrompt", "Install “{title}”, a version from another "
                           "publisher than the installed one, and trust that publisher's key "
                           "from now on.")
    elif question.installed_publisher:
        action = translate("TrustPrompt", "Install “{title}”, a version from another "
                           "publisher than the installed one.")
    elif trust_publisher:
        action = translate("TrustPrompt", "Install “{title}”, a pack this computer does not "
                           "trust, and trust its publisher's key from now on.")
    else:
        action = translate("TrustPrompt", "Install “{title}”, a pack this computer does not "
                           "trust.")
    text, info = _facts(title, question)
    return "\n\n".join((action.format(title=title), text, info))


def _facts(title: str, question: TrustQuestion) -> tuple[str, str]:
    """What is known of the pack's publisher: a sentence, then fingerprints and warnings."""
    translate = QCoreApplication.translate
    if question.key_changed and question.publisher == question.installed_publisher:
        text = translate("TrustPrompt", "This version of “{title}” gives the same publisher as "
                         "the installed version, {installed}, but it is signed with another "
                         "key.")
    elif question.key_changed:
        text = translate("TrustPrompt", "This version of “{title}” gives its publisher as "
                         "“{publisher}”, a name like that of {installed}, who published the "
                         "installed version, but it is signed with another key.")
    elif question.installed_publisher:
        text = translate("TrustPrompt", "This version of “{title}” does not come from "
                         "{installed}, who published the installed version.")
    elif question.signed:
        text = translate("TrustPrompt", "“{title}” is signed by a publisher calling itself "
                         "“{publisher}”, whose key this computer does not trust yet.")
    else:
        text = translate("TrustPrompt", "“{title}” is not signed: nothing shows who made it "
                         "or that it was not changed.")
    text = text.format(title=title, publisher=question.publisher,
                       installed=question.installed_publisher)
    info = translate("TrustPrompt", "Key fingerprint: {fingerprint}\nPublisher name, as the "
                     "pack gives it (not checked): {publisher}"
                     ).format(publisher=question.publisher,
                              fingerprint=_spaced(question.fingerprint))
    if question.claims_trusted_key:
        # A key is free to copy: only a signature would show the pack comes from its owner.
        info = translate("TrustPrompt", "Warning: this pack names the key of “{trusted}”, a "
                         "publisher this computer trusts, but it is not signed with that key. "
                         "It may only pretend to come from it."
                         ).format(trusted=question.lookalike) + "\n\n" + info
    elif question.lookalike:
        # A name is free to claim: one like a trusted publisher's is how an impostor poses.
        info = translate("TrustPrompt", "Warning: this computer already trusts a publisher "
                         "named “{trusted}”, with another key ({fingerprint}). This pack may "
                         "only pretend to come from it."
                         ).format(trusted=question.lookalike,
                                  fingerprint=_spaced(question.lookalike_fingerprint)
                                  ) + "\n\n" + info
    if question.key_changed:
        # The installed version's key is shown once, below, as the installed version's.
        info = translate("TrustPrompt", "Warning: either {installed} changed its key, or this "
                         "pack only pretends to come from it."
                         ).format(installed=question.installed_publisher) + "\n\n" + info
    if question.installed_publisher:
        info += "\n\n" + translate(
            "TrustPrompt", "Installed version from: {publisher}\nKey fingerprint: {fingerprint}"
        ).format(publisher=question.installed_publisher,
                 fingerprint=_spaced(question.installed_fingerprint))
    return text, info


def ask_trust(parent: QWidget, title: str, question: TrustQuestion,
              on_answer: Callable[[bool, bool], None]) -> QMessageBox:
    """Ask whether to install ``title`` anyway; ``on_answer(install, trust_publisher)``.

    The publisher name is the pack's own claim, so it is shown as one; the key fingerprint is
    what identifies the publisher.
    """
    translate = QCoreApplication.translate
    text, info = _facts(title, question)
    if question.key_changed:
        advice = translate("TrustPrompt", "Install it only if {installed} told you it changed "
                           "its key to this one. An administrator must confirm."
                           ).format(installed=question.installed_publisher)
    elif question.installed_publisher:
        advice = translate("TrustPrompt", "Install it only if you know the course changed "
                           "hands. An administrator must confirm.")
    else:
        advice = translate("TrustPrompt", "Install it only if you got it from someone you "
                           "trust. An administrator must confirm.")
    info += "\n\n" + advice
    heading = translate("TrustPrompt", "Administrator confirmation")
    box = plain_box(QMessageBox(QMessageBox.Icon.Warning, heading, text,
                                QMessageBox.StandardButton.NoButton, parent))
    box.setInformativeText(info)
    accept = box.addButton(translate("TrustPrompt", "Install anyway"),
                           QMessageBox.ButtonRole.AcceptRole)
    skip = box.addButton(translate("TrustPrompt", "Skip this pack"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(skip)
    box.setEscapeButton(skip)
    box.setAccessibleName(heading)
    box.setAccessibleDescription(text)
    trust = QCheckBox(translate("TrustPrompt", "Also trust this publisher's key from now on"))
    trust.setAccessibleName(trust.text())
    trust.setEnabled(question.signed and not question.trusted)
    box.setCheckBox(trust)

    def answered(_result: int) -> None:
        install = box.clickedButton() is accept
        on_answer(install, install and trust.isChecked())
        box.deleteLater()

    box.finished.connect(answered)
    box.open()
    return box
