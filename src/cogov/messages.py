"""Every message a user reads, in English and Chinese, and SHACL results in plain words.

The catalogue :data:`MESSAGES` holds each message once, keyed, with its English and Chinese
text side by side and its placeholders named (``{limit_mb}``): a change to a message touches
one place. :func:`both` fills one in for the two languages; the errors raise it through
``InputError.keyed("file_missing", file=name)`` (:meth:`cogov.errors.CogovError.keyed`) and the
loaders' collector through ``c.error(field, *both(key, ...))``. A value that itself depends on
the language is a :class:`Quoted` word, a :class:`Listed` list or a nested :class:`Phrase`.

Each shape of ``shapes/`` carries ``sh:message`` in both languages and a ``cgsh:field``
annotation naming the case-file field. This module turns one SHACL result (focus node, path,
value, source shape) into a :class:`cogov.errors.Problem`: it finds the case the focus node
belongs to, the field, what was found and, for a key outside its code list, the nearest
allowed key and the whole list.

>>> render_found(["forum", "mou"], "zh")
'“forum”、“mou”'
>>> both("file_too_large", size_mb=30, limit_mb=20)[1]
'文件大小为 30 MB，上限为 20 MB（请把案例拆分到多个文件中）'
>>> both("allowed", allowed=Listed(("a", "b")))
('allowed: a, b', '允许的取值：a、b')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cogov.errors import Problem

LANGS = ("en", "zh")

#: key -> (English, Chinese); the placeholders are named alike in both
MESSAGES: dict[str, tuple[str, str]] = {
    "found": ("found: {found}", "实际为：{found}"),
    "nothing": ("nothing", "无"),
    "nearest": ("did you mean {nearest}?", "是否应为 {nearest}？"),
    "allowed": ("allowed: {allowed}", "允许的取值：{allowed}"),
    "sep": ("; ", "；"),
    "list": (", ", "、"),
    "quote": ("'{}'", "“{}”"),
    "count": ("{n} given", "共 {n} 个"),
    "duplicate_id": (
        "the id {id} is used by {n} cases (also at {others}); ids must be unique",
        "id {id} 被 {n} 个案例使用（另见 {others}）；id 必须唯一",
    ),
    "unknown_shape": ("the case does not conform to the shape {shape}", "案例不符合形状 {shape}"),
    "actor": ("{name} (level {level})", "{name}（层级 {level}）"),
    "row": ("row {n}", "第 {n} 行（表格）"),
    "line": ("line {n}", "第 {n} 行"),
    "case": ("case {id}", "案例 {id}"),
    "field": ("field {name}", "字段 {name}"),
    "where_sep": (", ", "，"),
    "colon": (": ", "："),
    "error": ("error", "错误"),
    "warning": ("warning", "警告"),
    "info": ("info", "提示"),
    "summary": (
        "{errors} error(s), {warnings} warning(s) in {cases} case(s) of {files} file(s)",
        "共 {files} 个文件、{cases} 个案例：{errors} 个错误，{warnings} 个警告",
    ),
    "unreadable": ("{n} file(s) could not be read", "{n} 个文件无法读取"),
    "no_evidence": ("{n} coded value(s) without evidence", "{n} 个编码值没有证据"),
    "shapes_unreadable": (
        "cannot read the shapes file {path}: {why}; give a Turtle file of SHACL shapes "
        "(--shapes FILE)",
        "无法读取形状文件 {path}：{why}；请给出 SHACL 形状的 Turtle 文件（--shapes FILE）",
    ),
    "shapes_not_turtle": (
        "the shapes file {path} is not Turtle: {why}",
        "形状文件 {path} 不是 Turtle：{why}",
    ),
    "shapes_none": (
        "the shapes file {path} holds no SHACL shape (no sh:NodeShape, sh:PropertyShape or "
        "sh:path)",
        "形状文件 {path} 中没有 SHACL 形状（没有 sh:NodeShape、sh:PropertyShape 或 sh:path）",
    ),
    "lang_unknown": (
        "{option} must be one of {langs}, not {chosen}",
        "{option} 只能是 {langs}，而不是 {chosen}",
    ),
    "warning_kinds": (
        "cogov: {n} warnings of {kinds} kinds; the first of each kind:",
        "cogov: {n} 条警告，共 {kinds} 类；每类的第一条：",
    ),
    "warnings_all": (
        "cogov: to see every warning: {command} (or add --all-warnings)",
        "cogov: 查看全部警告：{command}（或加 --all-warnings）",
    ),
    "cases_skipped": (
        "cogov: skipped {left} invalid case(s) of {total}, kept {kept}:",
        "cogov: 跳过了 {total} 个案例中的 {left} 个无效案例，保留 {kept} 个：",
    ),
    "report_unwritable": (
        "cannot write the validation report {path}: {why}",
        "无法写入验证报告 {path}：{why}",
    ),
    # reading a file (loaders/reading.py)
    "file_unreadable": ("the file cannot be read: {why}", "无法读取文件：{why}"),
    "file_missing": ("the file does not exist", "文件不存在"),
    "file_is_folder": (
        "this is a folder, not a file; give the case files inside it",
        "这是一个文件夹，不是文件；请给出其中的案例文件",
    ),
    "file_not_regular": ("this is not a regular file", "这不是普通文件"),
    "file_too_large": (
        "the file is {size_mb:.0f} MB; the limit is {limit_mb:.0f} MB "
        "(split the cases into several files)",
        "文件大小为 {size_mb:.0f} MB，上限为 {limit_mb:.0f} MB（请把案例拆分到多个文件中）",
    ),
    "file_grew": ("the file is larger than {limit_mb:.0f} MB", "文件大于 {limit_mb:.0f} MB"),
    "file_empty": ("the file is empty", "文件是空的"),
    "file_encoding": (
        "the file is encoded as {encoding}; save it as UTF-8",
        "文件的编码是 {encoding}；请另存为 UTF-8",
    ),
    "file_binary": (
        "this is a binary file, not a text case file",
        "这是二进制文件，不是文本格式的案例文件",
    ),
    "file_not_utf8": (
        "the file is not UTF-8 (byte 0x{byte:02x} at line {line}, column {column}); "
        "save it as UTF-8 (in Excel: 'CSV UTF-8')",
        "文件不是 UTF-8 编码（第 {line} 行第 {column} 列的字节 0x{byte:02x}）；"
        "请另存为 UTF-8（在 Excel 中选“CSV UTF-8”）",
    ),
    "yaml_alias": (
        "YAML aliases (*{anchor}) are not allowed in case files; write the values out in full",
        "案例文件中不允许使用 YAML 别名（*{anchor}）；请把取值完整写出",
    ),
    "yaml_malformed_at": (
        "malformed YAML at line {line}, column {column}: {problem}",
        "YAML 格式有误（第 {line} 行第 {column} 列）：{problem}",
    ),
    "yaml_malformed": ("malformed YAML: {problem}", "YAML 格式有误：{problem}"),
    "file_too_deep": (
        "the file is nested deeper than {depth} levels",
        "文件的嵌套超过 {depth} 层",
    ),
}


def _lang(lang: str) -> int:
    return 1 if lang == "zh" else 0


@dataclass(frozen=True)
class Quoted:
    """A word quoted the language's way: 'forum' or “forum”."""

    value: object

    def say(self, lang: str) -> str:
        return quote(str(self.value), lang)


@dataclass(frozen=True)
class Listed:
    """Items joined the language's way (``joiner`` is a catalogue key: ``list``, ``or``),
    each quoted when ``quoted``."""

    items: Sequence[object]
    quoted: bool = False
    joiner: str = "list"

    def say(self, lang: str) -> str:
        words = [quote(str(i), lang) if self.quoted else str(i) for i in self.items]
        return text(lang, self.joiner).join(words)


class Phrase:
    """A message of the catalogue used inside another one, filled in the same language."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values

    def say(self, lang: str) -> str:
        return text(lang, self.key, **self.values)


def text(lang: str, key: str, **values: object) -> str:
    """One message of the catalogue in ``lang`` (``en`` or ``zh``), filled in."""
    said = {
        name: v.say(lang) if isinstance(v, Quoted | Listed | Phrase) else v
        for name, v in values.items()
    }
    return MESSAGES[key][_lang(lang)].format(**said)


def both(key: str, **values: object) -> tuple[str, str]:
    """The message ``key`` filled in, in English and in Chinese."""
    english, chinese = (text(lang, key, **values) for lang in LANGS)
    return english, chinese


def quote(value: str, lang: str) -> str:
    return MESSAGES["quote"][_lang(lang)].replace("{}", value)


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
    severity = text(lang, problem.severity) if problem.severity in MESSAGES else problem.severity
    colon = text(lang, "colon")
    return f"{problem.where(lang)}{colon}{severity}{colon}{problem.message_in(lang)}"


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
