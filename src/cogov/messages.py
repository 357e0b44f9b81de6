"""SHACL results in plain words, in English or Chinese.

Each shape of ``shapes/`` carries ``sh:message`` in both languages and a ``cgsh:field``
annotation naming the case-file field. This module turns one SHACL result (focus node, path,
value, source shape) into a :class:`cogov.errors.Problem`: it finds the case the focus node
belongs to, the field, what was found and, for a key outside its code list, the nearest
allowed key and the whole list.

>>> render_found(["forum", "mou"], "zh")
'“forum”、“mou”'
"""

from __future__ import annotations

from collections.abc import Sequence

from cogov.errors import Problem

LANGS = ("en", "zh")

_TEXT = {
    "en": {
        "found": "found: {found}",
        "nothing": "nothing",
        "nearest": "did you mean {nearest}?",
        "allowed": "allowed: {allowed}",
        "sep": "; ",
        "list": ", ",
        "quote": "'{}'",
        "count": "{n} given",
        "duplicate_id": "the id {id} is used by {n} cases (also at {others}); ids must be unique",
        "unknown_shape": "the case does not conform to the shape {shape}",
        "actor": "{name} (level {level})",
        "row": "row {n}",
        "line": "line {n}",
        "case": "case {id}",
        "field": "field {name}",
        "where_sep": ", ",
        "error": "error",
        "warning": "warning",
        "info": "info",
        "summary": "{errors} error(s), {warnings} warning(s) in {cases} case(s) of {files} file(s)",
        "unreadable": "{n} file(s) could not be read",
        "no_evidence": "{n} coded value(s) without evidence",
        "shapes_unreadable": "cannot read the shapes file {file}: {why}; give a Turtle file "
        "of SHACL shapes (--shapes FILE)",
        "shapes_not_turtle": "the shapes file {file} is not Turtle: {why}",
        "shapes_none": "the shapes file {file} holds no SHACL shape (no sh:NodeShape, "
        "sh:PropertyShape or sh:path)",
        "report_unwritable": "cannot write the validation report {file}: {why}",
        "maplib_missing": "--backend maplib needs maplib, which is not installed: "
        "pip install 'cogov[columnar]'",
        "maplib_not_here": "--backend maplib answers in memory; it does not go with --store or "
        "--endpoint",
    },
    "zh": {
        "found": "实际为：{found}",
        "nothing": "无",
        "nearest": "是否应为 {nearest}？",
        "allowed": "允许的取值：{allowed}",
        "sep": "；",
        "list": "、",
        "quote": "“{}”",
        "count": "共 {n} 个",
        "duplicate_id": "id {id} 被 {n} 个案例使用（另见 {others}）；id 必须唯一",
        "unknown_shape": "案例不符合形状 {shape}",
        "actor": "{name}（层级 {level}）",
        "row": "第 {n} 行（表格）",
        "line": "第 {n} 行",
        "case": "案例 {id}",
        "field": "字段 {name}",
        "where_sep": "，",
        "error": "错误",
        "warning": "警告",
        "info": "提示",
        "summary": "共 {files} 个文件、{cases} 个案例：{errors} 个错误，{warnings} 个警告",
        "unreadable": "{n} 个文件无法读取",
        "no_evidence": "{n} 个编码值没有证据",
        "shapes_unreadable": "无法读取形状文件 {file}：{why}；请给出 SHACL 形状的 Turtle 文件"
        "（--shapes FILE）",
        "shapes_not_turtle": "形状文件 {file} 不是 Turtle：{why}",
        "shapes_none": "形状文件 {file} 中没有 SHACL 形状（没有 sh:NodeShape、sh:PropertyShape "
        "或 sh:path）",
        "report_unwritable": "无法写入验证报告 {file}：{why}",
        "maplib_missing": "--backend maplib 需要 maplib，但它尚未安装："
        "pip install 'cogov[columnar]'",
        "maplib_not_here": "--backend maplib 在内存中回答；不能与 --store 或 --endpoint 同用",
    },
}


def text(lang: str, key: str, **values: object) -> str:
    """One fixed phrase in ``lang`` (``en`` or ``zh``), filled in."""
    return _TEXT[lang if lang in _TEXT else "en"][key].format(**values)


def bilingual(key: str, **values: object) -> tuple[str, str]:
    """A phrase for an error: English and Chinese together (what the English run prints),
    and the Chinese alone (``message_zh``, what a Chinese run prints)."""
    english, chinese = (text(lang, key, **values) for lang in LANGS)
    return f"{english} / {chinese}", chinese


def quote(value: str, lang: str) -> str:
    return _TEXT[lang if lang in _TEXT else "en"]["quote"].replace("{}", value)


def render_found(values: Sequence[str], lang: str) -> str:
    """What was found, quoted and joined in the language's way."""
    if not values:
        return text(lang, "nothing")
    return text(lang, "list").join(quote(v, lang) for v in values)


def compose(
    base: str,
    lang: str,
    *,
    found: Sequence[str] | None = None,
    allowed: Sequence[str] | None = None,
    count: int | None = None,
    scheme: str | None = None,
) -> str:
    """The shape's own sentence, then what was found, then what is allowed. With the code
    list's ``scheme``, the guess also compares the words for each key (its labels in the
    ontology and ``loaders/synonyms.yaml``)."""
    parts = [base]
    if count is not None:
        parts.append(text(lang, "found", found=text(lang, "count", n=count)))
    elif found is not None:
        parts.append(text(lang, "found", found=render_found(found, lang)))
    if allowed:
        from cogov.loaders.words import suggest

        guesses = [suggest(scheme, v, allowed) for v in (found or ())]
        guesses = [g for g in guesses if g]
        listing = text(lang, "allowed", allowed=text(lang, "list").join(allowed))
        if guesses:
            nearest = text(lang, "nearest", nearest=render_found(guesses, lang))
            listing = f"{nearest} {listing}"
        parts.append(listing)
    return text(lang, "sep").join(parts)


def format_problem(problem: Problem, lang: str = "en") -> str:
    """One problem as a line: where (file, row or line, case, field), severity, message.

    The message is the problem's Chinese text when ``lang`` is ``zh`` and it has one.
    """
    parts = [problem.file or "<input>"]
    if problem.row is not None:
        parts.append(text(lang, "row", n=problem.row))
    elif problem.line is not None:
        parts.append(text(lang, "line", n=problem.line))
    if problem.case:
        parts.append(text(lang, "case", id=problem.case))
    if problem.field:
        parts.append(text(lang, "field", name=problem.field))
    severity = text(lang, problem.severity) if problem.severity in _TEXT["en"] else problem.severity
    colon = "：" if lang == "zh" else ": "
    return (
        f"{text(lang, 'where_sep').join(parts)}{colon}{severity}{colon}{problem.message_in(lang)}"
    )


#: the Chinese titles of the columns of ``cogov classify`` and the questions, for text tables
#: (CSV and JSON keep the keys); a column without a title here shows its key
COLUMN_TITLES_ZH = {
    "id": "编号", "name": "名称", "name_zh": "中文名称", "name_en": "英文名称",
    "formalization": "正式化程度", "activity_level": "协同活动多少", "type": "类型",
    "type_name": "类型名称", "mode": "协同模式", "derived_formalization": "推得的正式化程度",
    "derived_activity_level": "推得的协同活动多少", "activity_threshold": "活动数阈值",
    "formalized_by": "正式机制", "counted_activities": "计入的协同活动", "warnings": "提示",
    "case_count": "案例数", "cases": "案例", "case_names": "案例名称", "domain": "领域",
    "start": "开始", "end": "结束", "mechanisms": "协同机制", "activities": "协同活动",
    "instruments": "干预工具", "driver": "动因", "value": "取值", "field": "字段",
    "quote": "引文", "source": "来源", "locator": "位置", "coder": "编码者",
    "confidence": "把握程度", "label_en": "英文标签", "label_zh": "中文标签",
    "parent": "上位案例", "phase": "阶段", "level": "层级",
}  # fmt: skip


def column_title(column: str, lang: str) -> str:
    """A column's title in ``lang``: the Chinese title with the key, or the key.

    >>> column_title("case_count", "zh"), column_title("case_count", "en")
    ('案例数 case_count', 'case_count')
    """
    title = COLUMN_TITLES_ZH.get(column) if lang == "zh" else None
    return f"{title} {column}" if title else column
