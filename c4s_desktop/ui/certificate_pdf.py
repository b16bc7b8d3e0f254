"""Drawing a course certificate as a one-page PDF (QPdfWriter + QPainter), with its QR code.

The page shows the facts in the interface language; the signed facts, their digest, the
signature and the device's public key travel in the PDF's XMP metadata, where
``c4s cert verify`` reads them back with pypdf.
"""

from __future__ import annotations

import math
from pathlib import Path

import segno
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from c4s_desktop.core.certificates.facts import CertificateFacts
from c4s_desktop.core.certificates.seal import SealedCertificate
from c4s_desktop.core.certificates.xmp import xmp_packet
from c4s_desktop.core.errors import InputError
from c4s_desktop.ui.formatting import format_percent

DPI = 300
translate = QCoreApplication.translate
ACCENT = QColor("#0d47a1")
MUTED = QColor("#555555")
INK = QColor("#111111")
ONE_COLUMN_MAX = 6


def _mm(value: float) -> float:
    return value * DPI / 25.4


def _font(points: float, bold: bool = False, family: str = "") -> QFont:
    font = QFont(family) if family else QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def certificate_title() -> str:
    """The document's title, in the interface language."""
    return translate("certificate", "Certificate of completion")


def write_certificate(path: Path, facts: CertificateFacts, sealed: SealedCertificate,
                      lang: str) -> None:
    """Write the certificate PDF to ``path`` (A4 landscape); raises ``InputError`` when the
    file cannot be written."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(f"{certificate_title()}: {facts.course} ({facts.learner})")
    writer.setCreator("C4S Desktop")
    writer.setDocumentXmpMetadata(QByteArray(xmp_packet(sealed, certificate_title())))
    painter = QPainter()
    if not painter.begin(writer):
        raise InputError("cert.not_written", path=str(path))
    try:
        _draw(painter, QRectF(0, 0, writer.width(), writer.height()), facts, sealed, lang)
    finally:
        painter.end()
    if not path.is_file():
        raise InputError("cert.not_written", path=str(path))


def _draw(painter: QPainter, page: QRectF, facts: CertificateFacts, sealed: SealedCertificate,
          lang: str) -> None:
    margin = _mm(14)
    frame = page.adjusted(margin, margin, -margin, -margin)
    painter.setPen(QPen(ACCENT, _mm(1.2)))
    painter.drawRect(frame)
    painter.setPen(QPen(ACCENT, _mm(0.3)))
    painter.drawRect(frame.adjusted(_mm(2.5), _mm(2.5), -_mm(2.5), -_mm(2.5)))
    inner = frame.adjusted(_mm(14), _mm(12), -_mm(14), -_mm(10))
    center = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
    top = inner.top()

    def line(text: str, font: QFont, height_mm: float, color: QColor = INK) -> None:
        nonlocal top
        painter.setFont(font)
        painter.setPen(color)
        box = QRectF(inner.left(), top, inner.width(), _mm(height_mm))
        painter.drawText(box, center, text)
        top += _mm(height_mm)

    date = QLocale(lang).toString(QDate.fromString(facts.completed_on, "yyyy-MM-dd"),
                                  QLocale.FormatType.LongFormat)
    line(certificate_title(), _font(30, True), 18, ACCENT)
    line(translate("certificate", "This certifies that"), _font(13), 9, MUTED)
    line(facts.learner, _font(26, True), 15)
    line(translate("certificate", "has completed the course"), _font(13), 9, MUTED)
    line(facts.course, _font(19, True), 18)
    line(translate("certificate", "published by {publisher}").format(publisher=facts.publisher),
         _font(12), 7, MUTED)
    line(translate("certificate", "Completed on {date}").format(date=date), _font(12), 11,
         MUTED)
    verification = QRectF(inner.left(), inner.bottom() - _mm(34), inner.width(), _mm(34))
    _draw_scores(painter, QRectF(inner.left() + inner.width() * 0.14, top, inner.width() * 0.72,
                                 verification.top() - _mm(3) - top), facts)
    _draw_verification(painter, verification, facts, sealed)


def _draw_scores(painter: QPainter, box: QRectF, facts: CertificateFacts) -> None:
    """The modules and their scores, in two columns past :data:`ONE_COLUMN_MAX` modules;
    rows shrink so that every module fits in ``box``."""
    modules = facts.modules
    columns = 1 if len(modules) <= ONE_COLUMN_MAX else 2
    per_column = max(1, math.ceil(len(modules) / columns))
    row = min(_mm(7), box.height() / (per_column + 1))
    points = min(11.0, row / _mm(1) * 1.5)
    gap = _mm(8)
    width = (box.width() - gap * (columns - 1)) / columns
    left_align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    right_align = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for column in range(columns):
        x = box.left() + column * (width + gap)
        painter.setFont(_font(points, True))
        painter.setPen(ACCENT)
        header = QRectF(x, box.top(), width, row)
        painter.drawText(header, left_align, translate("certificate", "Module"))
        painter.drawText(header, right_align, translate("certificate", "Quiz score"))
        painter.drawLine(QPointF(x, box.top() + row), QPointF(x + width, box.top() + row))
        painter.setFont(_font(points))
        painter.setPen(INK)
        chunk = modules[column * per_column:(column + 1) * per_column]
        for n, module in enumerate(chunk, start=1):
            cell = QRectF(x, box.top() + n * row, width, row)
            title = painter.fontMetrics().elidedText(module.title, Qt.TextElideMode.ElideRight,
                                                     int(width * 0.84))
            painter.drawText(cell, left_align, title)
            score = (translate("certificate", "no quiz") if module.score is None
                     else format_percent(module.score / 100))
            painter.drawText(cell, right_align, score)


def _draw_verification(painter: QPainter, box: QRectF, facts: CertificateFacts,
                       sealed: SealedCertificate) -> None:
    side = box.height()
    _draw_qr(painter, QRectF(box.right() - side, box.top(), side, side),
             sealed.qr_text(facts.certificate_id))
    code = sealed.signature
    text = "\n".join((
        translate("certificate", "Certificate id: {id}").format(id=facts.certificate_id),
        translate("certificate", "Verification code (Ed25519 signature by this computer's key):"),
        code[: len(code) // 2],
        code[len(code) // 2:],
        translate("certificate", "Key fingerprint: {fingerprint}").format(
            fingerprint=sealed.key_fingerprint),
        translate("certificate", "Check this certificate offline with: c4s cert verify FILE.pdf"),
    ))
    painter.setFont(_font(8, family="monospace"))
    painter.setPen(MUTED)
    painter.drawText(QRectF(box.left(), box.top(), box.width() - side - _mm(6), box.height()),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), text)


def _draw_qr(painter: QPainter, box: QRectF, text: str) -> None:
    """The QR code of ``text`` (segno's module matrix, quiet zone included) filling ``box``."""
    matrix = [list(row) for row in segno.make(text, error="m", micro=False).matrix_iter(border=2)]
    cell = min(box.width(), box.height()) / len(matrix)
    painter.fillRect(box, Qt.GlobalColor.white)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(QRectF(box.left() + x * cell, box.top() + y * cell,
                                        cell + 0.5, cell + 0.5), Qt.GlobalColor.black)
