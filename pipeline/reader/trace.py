"""Why the reader read a table the way it did: decisions appended step by step.

Each `Decision` names the step (header, columns, rows, readings, schemes, repairs), where it
applied (table, row, column), the rule that fired and the evidence. `rubrics extract --explain`
renders the trace; nothing in the reader depends on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Decision:
    step: str
    where: str
    rule: str
    outcome: str
    evidence: str = ""


@dataclass
class Trace:
    decisions: list[Decision] = field(default_factory=list)

    def add(self, step: str, where: str, rule: str, outcome: str, evidence: str = "") -> None:
        self.decisions.append(Decision(step, where, rule, outcome, evidence))

    def render(self) -> str:
        lines: list[str] = []
        last = None
        for d in self.decisions:
            if d.step != last:
                lines.append(f"[{d.step}]")
                last = d.step
            tail = f"  ({d.evidence})" if d.evidence else ""
            lines.append(f"  {d.where}: {d.outcome} ← {d.rule}{tail}")
        return "\n".join(lines)


class NullTrace(Trace):
    """A trace that keeps nothing (the default when no one asked why)."""

    def add(self, *args, **kwargs) -> None:  # noqa: D102
        return None
