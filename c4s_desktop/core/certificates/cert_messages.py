"""Messages for errors about certificates: the device key and checking a certificate file."""

from __future__ import annotations

CERT_MESSAGES: dict[str, str] = {
    "cert.not_certificate": (
        "{path} is not a C4S Desktop certificate."
    ),
    "cert.altered": (
        "The facts in {path} were changed after the certificate was signed; do not trust it."
    ),
    "cert.bad_signature": (
        "The signature in {path} does not match its facts and key; the certificate was not "
        "made by C4S Desktop or was forged."
    ),
    "cert.key_unreadable": (
        "This computer's certificate key {path} cannot be read; restore it from a "
        "backup, or move it away so that a new key is made."
    ),
    "cert.not_written": "The certificate cannot be written to {path}; choose another folder.",
    "cert.course_incomplete": (
        "{learner} has not completed the course {course} yet, so there is no certificate to save."
    ),
}
