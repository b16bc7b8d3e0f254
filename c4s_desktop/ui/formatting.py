"""Numbers and names as the learner reads them: durations, sizes, percentages and language
names, in their locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from c4s_desktop.core.progress.percent import whole_percent


def whole_seconds(seconds: float) -> int:
    """``seconds`` to the nearest whole second, half up (12.5 s is 13 s; never below 0): the one
    rounding of every length and position shown, so the player and the lesson agree."""
    return max(0, int(seconds + 0.5))


def format_duration(seconds: float) -> str:
    """``52 s``, ``3 min 05 s`` or ``1 h 02 min``."""
    total = whole_seconds(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    translate = QCoreApplication.translate
    if hours:
        return translate("formatting", "{h} h {m:02d} min").format(h=hours, m=minutes)
    if minutes:
        return translate("formatting", "{m} min {s:02d} s").format(m=minutes, s=secs)
    return translate("formatting", "{s} s").format(s=secs)


def format_minutes(minutes: float) -> str:
    """An estimated time such as ``about 30 min``."""
    return QCoreApplication.translate("formatting", "about {n} min").format(n=round(minutes))


def format_size(size: int) -> str:
    """Bytes in decimal units (as disks are sold), in the learner's locale: ``12.3 MB``."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def format_count(count: int) -> str:
    """A whole number as the learner's language writes it: ``12,400``, ``12 400``."""
    return QLocale().toString(count)


def format_number(number: float) -> str:
    """A count or size as the learner's language writes it: ``12,400``, ``12 400``,
    ``1 234,5``; a float in its fewest digits, so ``120.0`` reads ``120``."""
    if isinstance(number, int):
        return format_count(number)
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return QLocale().toString(number, "f", shortest)


def format_percent(fraction: float) -> str:
    """0.0 to 1.0 as a whole percentage in the learner's locale, rounded as the spreadsheet
    and ``c4s`` round it (half up; 100 % only when complete)."""
    number = QLocale().toString(whole_percent(fraction))
    return QCoreApplication.translate("formatting", "{n}%").format(n=number)


def language_name(code: str) -> str:
    """A language in its own words (``English``, ``Français``), else its code."""
    if not code:
        return code
    locale = QLocale(code)
    world = QLocale(f"{code}_001")  # "English", where plain "en" reads "American English"
    name = (world if world.language() == locale.language() else locale).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code
