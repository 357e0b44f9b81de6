"""Case names in the reader's language, in the answers of the named questions.

The questions list a case under one name, ``cogov:caseName`` (its English name, else its
Chinese one, else its id: ``queries/rules/60-case-name.rq``), so that an answer over many cases
reads one value per case. A reader who asked for Chinese (``--lang zh``, ``COGOV_LANG=zh``, or
``cogov.load(..., lang="zh")``) gets the Chinese names instead, where a case has one: the
name columns of an answer are rewritten from the column of ids they name, after the query,
with the names read from the same store. Every other column, and every English answer, stays
as the question gives it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cogov.queries import LIST_SEPARATOR

#: a name column of the answers -> the column of the case ids it names
NAME_COLUMNS = {"name": "id", "phase_name": "phase", "case_names": "cases"}

CHINESE_NAMES = """
PREFIX cogov: <https://w3id.org/cogov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?id ?name WHERE {
  ?case a cogov:LocalGovernmentCollaboration ; dcterms:identifier ?id ; rdfs:label ?name .
  FILTER (LANGMATCHES(LANG(?name), "zh"))
}
"""


def names_columns(columns: Iterable[str]) -> dict[str, str]:
    """The name columns among ``columns`` whose id column is there too.

    >>> names_columns(["id", "name", "type", "cases"])
    {'name': 'id'}
    """
    present = set(columns)
    return {n: i for n, i in NAME_COLUMNS.items() if n in present and i in present}


def in_language(rows: list[dict[str, Any]], backend: Any, lang: str) -> list[dict[str, Any]]:
    """``rows`` with their case names in ``lang`` (changed in place, and returned). A list of
    names is read in the order of its list of ids, as the engine joined them: so before the
    lists are sorted (:func:`cogov.queries.run_question` calls this).

    >>> rows = [{"cases": "a; b", "case_names": "Alpha; Beta"}]
    >>> class Store:  # a backend that knows one Chinese name
    ...     def select(self, query):
    ...         return [{"id": "b", "name": "乙"}]
    >>> in_language(rows, Store(), "zh")
    [{'cases': 'a; b', 'case_names': 'Alpha; 乙'}]
    """
    columns = names_columns(rows[0]) if rows else {}
    if lang != "zh" or not columns:
        return rows
    chinese = {str(row["id"]): str(row["name"]) for row in backend.select(CHINESE_NAMES)}
    for column, ids in columns.items():
        if column == "case_names":
            for row in rows:
                given = str(row[column] or "").split(LIST_SEPARATOR)
                listed = str(row[ids] or "").split(LIST_SEPARATOR)
                if row.get(ids) and len(given) == len(listed):  # else a name holds "; ": as is
                    row[column] = LIST_SEPARATOR.join(
                        chinese.get(i, name) for i, name in zip(listed, given, strict=True)
                    )
        else:
            for row in rows:
                if row.get(ids) is not None:
                    row[column] = chinese.get(str(row[ids]), row[column])
    return rows
