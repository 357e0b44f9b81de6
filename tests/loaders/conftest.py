"""Shared helpers for the loader tests."""

from __future__ import annotations

from pathlib import Path

import pytest

GOOD_CASE = """\
cases:
  - id: yrd-air-2014
    name:
      zh: 长三角区域大气污染防治协作机制
      en: Yangtze River Delta air pollution prevention cooperation mechanism
    domain: air
    start: 2014
    participants:
      - {name: {zh: 上海市, en: Shanghai}, level: province}
      - {name: {zh: 江苏省, en: Jiangsu}, level: province}
    initiation: mandated
    decision_autonomy: retained
    mechanisms: [joint_conference, cooperation_group]
    sources: ["State Council (2013)"]
"""


@pytest.fixture
def write(tmp_path: Path):
    """Write a file under tmp_path (text as UTF-8, or bytes) and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    return _write
