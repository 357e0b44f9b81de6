"""Sample case files shared by the loader tests."""

from __future__ import annotations

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
