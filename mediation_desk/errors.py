"""The two kinds of error the core raises.

A :class:`UserError` is something the user can act on: it carries a message code, the fields it is
about and the parameters of its sentence, so the GUI and the CLI can show it in the user's language.
Anything else that escapes a service is a bug and is logged, never shown as a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from mediation_desk.messages import render


@dataclass(frozen=True)
class FieldProblem:
    """One field that failed validation, with the code of the sentence that explains it."""

    field: str
    code: str
    params: Mapping[str, Any] = dc_field(default_factory=dict)

    def message(self, lang: str = "zh") -> str:
        return render(self.code, self.params, lang)


class UserError(Exception):
    """An error whose message is meant for the user: what is wrong and what to do."""

    code = "error.generic"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        self.code = code or type(self).code
        self.params: dict[str, Any] = params
        super().__init__(self.message())

    def message(self, lang: str = "zh") -> str:
        return render(self.code, self.params, lang)


class ValidationError(UserError):
    """Input that cannot be stored; ``problems`` lists every field at fault, not only the first."""

    code = "error.validation"

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__(self.code, count=len(problems))

    def message(self, lang: str = "zh") -> str:
        lines = [p.message(lang) for p in self.problems]
        return render(self.code, {"count": len(self.problems)}, lang) + "\n" + "\n".join(lines)

    def by_field(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for p in self.problems:
            out.setdefault(p.field, []).append(p.message())
        return out


class NotFoundError(UserError):
    code = "error.not_found"


class StaleEditError(UserError):
    """Someone else changed the row since it was read; the caller should reload, not overwrite."""

    code = "error.stale"


class ConflictError(UserError):
    code = "error.conflict"


class PermissionDeniedError(UserError):
    code = "error.permission"


class ImmutableRecordError(UserError):
    """A signed record or agreement cannot be edited; a correction is a new version."""

    code = "error.immutable"


class StorageError(UserError):
    """The database or disk refused the write (full disk, locked file, lost server)."""

    code = "error.storage"


def problem(field_name: str, code: str, **params: Any) -> FieldProblem:
    return FieldProblem(field_name, code, params)
