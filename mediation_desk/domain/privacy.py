"""Masking personal data in lists and exports unless the user's role allows it in full."""

from __future__ import annotations


def mask_id(number: str) -> str:
    """``620102199001011234`` → ``620102********1234``: region and last four stay recognisable."""
    if len(number) < 10:
        return number[:2] + "*" * max(len(number) - 2, 0) if number else ""
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def mask_phone(phone: str) -> str:
    """``13812345678`` → ``138****5678``."""
    if not phone:
        return ""
    if len(phone) >= 11:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    if len(phone) > 4:
        return "*" * (len(phone) - 4) + phone[-4:]
    return phone


def mask_name(name: str) -> str:
    """``张三丰`` → ``张**``; used only where a report must not name people at all."""
    return name[:1] + "*" * (len(name) - 1) if name else ""
