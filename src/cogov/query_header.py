"""The header of a query file: the comment block at its top, as ``# field: value`` lines.

Questions (``queries/questions/``), classification rules (``queries/rules/``) and propositions
(``queries/propositions/``) open with the same kind of block; this module reads it once for
all of them (``queries/README.md`` lists each kind's fields). A line ``# field: value`` starts
a field; the comment lines after it, up to the next field, continue it, their indentation
kept; a field given twice (a proposition's ``quote``) keeps each occurrence. The block ends at
the first line that is not a comment.

>>> fields = read_fields('# name: x\\n# en: one\\n#     two\\n# quote: a\\n# quote: b\\nSELECT')
>>> fields["en"], fields["quote"]
([['one', '     two']], [['a'], ['b']])
"""

from __future__ import annotations

import re

_FIELD = re.compile(r"#\s?([a-z][a-z-]*):\s*(.*)$")


def read_fields(text: str) -> dict[str, list[list[str]]]:
    """Each field of the header: its occurrences, each the list of its lines (the first the
    value after the colon, empty when the value starts on the next line)."""
    fields: dict[str, list[list[str]]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _FIELD.match(line)
        if match and not line.startswith("#  "):
            value = match.group(2).strip()
            current = [value] if value else []
            fields.setdefault(match.group(1), []).append(current)
        elif current is not None:
            current.append(line[1:])  # the indentation kept: deeper lines continue
    return fields
