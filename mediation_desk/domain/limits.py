"""Time limits (期限) of a case, from the committee's settings and the referring agency's own limits.

People's mediation is generally concluded within one month; a court-delegated or court-entrusted
mediation has 30 days; the police, the petition office or any agency may set its own feedback
limit, in calendar or working days. A calendar-day limit ending on a rest day moves to the next
working day (as periods do in Chinese procedure law) unless the committee turns that off.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from mediation_desk.domain.workdays import Calendar, CoverageWarning


@dataclass(frozen=True)
class AgencyLimits:
    """An agency's overrides; None means "use the committee's"."""

    mediation_days: int | None = None
    feedback_days: int | None = None
    feedback_in_workdays: bool = False


@dataclass(frozen=True)
class Reckoned:
    """A computed due date and the warnings about the calendar it was counted with."""

    due_on: date
    warnings: tuple[CoverageWarning, ...] = ()


def _roll(settings: dict[str, Any]) -> bool:
    return bool(settings.get("roll_deadlines_to_workday", True))


def mediation_days(source: str, settings: dict[str, Any], agency: AgencyLimits | None) -> int:
    days = int(settings["court_mediation_days"] if source.startswith("court_") else settings["mediation_days"])
    if agency is not None and agency.mediation_days:
        days = agency.mediation_days
    return days


def mediation_due(start: date, source: str, settings: dict[str, Any], agency: AgencyLimits | None,
                  calendar: Calendar) -> Reckoned:
    due = calendar.due_date(start, mediation_days(source, settings, agency), roll_forward=_roll(settings))
    return Reckoned(due, tuple(calendar.warnings(start, due)))


def feedback_due(received_on: date, settings: dict[str, Any], agency: AgencyLimits | None,
                 calendar: Calendar) -> Reckoned:
    days = int(settings["feedback_days"])
    in_workdays = False
    if agency is not None and agency.feedback_days:
        days, in_workdays = agency.feedback_days, agency.feedback_in_workdays
    due = calendar.due_date(received_on, days, in_workdays=in_workdays, roll_forward=_roll(settings))
    return Reckoned(due, tuple(calendar.warnings(received_on, due)))


def window_due(start: date, days: int, settings: dict[str, Any], calendar: Calendar) -> Reckoned:
    """A plain N-day window (follow-up visit, judicial confirmation application)."""
    due = calendar.due_date(start, days, roll_forward=_roll(settings))
    return Reckoned(due, tuple(calendar.warnings(start, due)))
