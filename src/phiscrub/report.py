"""Per-input outcomes and the exit-code policy of the CLI.

0: nothing found; 1: identifiers were found and redacted (usable as a pre-post
check); 2: a usage, input, configuration or internal error (any error wins). Like black's ``report.py``, the policy is in
one place and the CLI only reads ``exit_code``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List

EXIT_CLEAN = 0
EXIT_FOUND = 1
EXIT_ERROR = 2


@dataclass
class Report:
    found: int = 0
    clean: int = 0
    errors: List[str] = field(default_factory=list)

    def done(self, n_findings: int) -> None:
        if n_findings:
            self.found += 1
        else:
            self.clean += 1

    def failed(self, message: str) -> None:
        self.errors.append(message)

    @property
    def exit_code(self) -> int:
        if self.errors:
            return EXIT_ERROR
        return EXIT_FOUND if self.found else EXIT_CLEAN
