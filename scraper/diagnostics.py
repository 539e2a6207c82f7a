"""Collecting diagnostics (problems in input, as values) while reading and building."""

from __future__ import annotations

from collections.abc import Iterable

from scraper.records import Diagnostic, Level, Source, Unused, UnusedWhat


class Collector:
    """Accumulates diagnostics and unused-input notes for one page or one build."""

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []
        self.unused: list[Unused] = []

    def add(self, level: Level, code: str, source: Source, message: str) -> None:
        """Record one diagnostic."""
        self.diagnostics.append(Diagnostic(level, code, source, message))

    def error(self, code: str, source: Source, message: str) -> None:
        """Record input that could not be used."""
        self.add(Level.ERROR, code, source, message)

    def warning(self, code: str, source: Source, message: str) -> None:
        """Record input used with a guess or partly dropped."""
        self.add(Level.WARNING, code, source, message)

    def info(self, code: str, source: Source, message: str) -> None:
        """Record something noteworthy but harmless."""
        self.add(Level.INFO, code, source, message)

    def skip(self, what: UnusedWhat, source: Source, reason: str) -> None:
        """Record that a piece of input was not used, and why."""
        self.unused.append(Unused(what, source, reason))

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Take over diagnostics collected elsewhere."""
        self.diagnostics.extend(diagnostics)


def count_by_level(diagnostics: Iterable[Diagnostic]) -> dict[str, int]:
    """Counts of diagnostics per level, every level present (for summaries)."""
    counts = {level.value: 0 for level in Level}
    for diagnostic in diagnostics:
        counts[diagnostic.level.value] += 1
    return counts
