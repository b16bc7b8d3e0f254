"""A sealed certificate as an XMP metadata packet, the form a PDF carries it in.

QPdfWriter writes the packet as the document's metadata stream and pypdf reads it back, so
``c4s cert verify`` needs no Qt. Facts are kept as their canonical JSON text, XML-escaped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

from c4s_desktop.core.certificates.seal import SealedCertificate

NS = "https://c4s.invalid/ns/certificate/1/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
FIELDS = ("facts", "factsSha256", "signature", "publicKey")


def xmp_packet(sealed: SealedCertificate, title: str) -> bytes:
    """The XMP packet holding ``sealed`` (and ``title`` as the document's ``dc:title``)."""
    values = dict(zip(FIELDS, (sealed.facts.decode("utf-8"), sealed.facts_sha256,
                               sealed.signature, sealed.public_key), strict=True))
    fields = "".join(f"<c4s:{name}>{escape(value)}</c4s:{name}>" for name, value in values.items())
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        f'<rdf:RDF xmlns:rdf="{RDF}">'
        f'<rdf:Description rdf:about="" xmlns:dc="{DC}" xmlns:c4s="{NS}">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt>'
        f"</dc:title>{fields}</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def read_packet(data: bytes) -> SealedCertificate | None:
    """The sealed certificate in an XMP packet, or None when it holds none."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return None
    found: dict[str, str] = {}
    for name in FIELDS:
        element = root.find(f".//{{{NS}}}{name}")
        if element is None:
            return None
        found[name] = element.text or ""
    return SealedCertificate(found["facts"].encode("utf-8"), found["factsSha256"],
                             found["signature"], found["publicKey"])
