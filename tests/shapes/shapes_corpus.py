"""The shapes test corpus: one change to a valid case per shape rule, with the expected results.

Every entry starts from ``data/good-case.ttl`` (a case written by hand as docs/data-model.md
says), applies one change and names the shapes (by local name) that must report it, with
their severity. An empty set means the changed case must still conform.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import rdflib
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS

COGOV = Namespace("https://w3id.org/cogov#")
CASE = URIRef("https://w3id.org/cogov/case/yrd-air-2014")
P1 = URIRef(f"{CASE}/participant/1")
P2 = URIRef(f"{CASE}/participant/2")
S1 = URIRef(f"{CASE}/superior/1")
GOOD = Path(__file__).parent / "data" / "good-case.ttl"
E, W = "error", "warning"


class Entry(NamedTuple):
    name: str
    change: Callable[[Graph], None]
    expected: frozenset[tuple[str, str]]


def good_graph() -> Graph:
    return Graph().parse(GOOD, format="turtle")


def _set(p: URIRef, *values: object, node: URIRef = CASE) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        g.remove((node, p, None))
        for v in values:
            g.add((node, p, v if isinstance(v, (URIRef, Literal)) else Literal(v)))

    return change


def _add(p: URIRef, value: object, node: URIRef = CASE) -> Callable[[Graph], None]:
    return lambda g: g.add((node, p, value))  # type: ignore[arg-type]


def _both(*changes: Callable[[Graph], None]) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        for c in changes:
            c(g)

    return change


def _copy_case(g: Graph) -> None:
    twin = URIRef("https://w3id.org/cogov/case/other-node")
    for p, o in list(g.predicate_objects(CASE)):
        g.add((twin, p, o))


def _same_labels(g: Graph) -> None:
    g.remove((P2, RDFS.label, None))
    for label in list(g.objects(P1, RDFS.label)):
        g.add((P2, RDFS.label, label))


def gyear(v: str) -> Literal:
    return Literal(v, datatype=rdflib.XSD.gYear)


def date(v: str) -> Literal:
    return Literal(v, datatype=rdflib.XSD.date)


def _e(*names: str, severity: str = E) -> frozenset[tuple[str, str]]:
    return frozenset((n, severity) for n in names)


ENTRIES: list[Entry] = [
    Entry("good", lambda g: None, _e()),
    # identity
    Entry("no-id", _set(DCTERMS.identifier), _e("Case-id")),
    Entry("two-ids", _add(DCTERMS.identifier, Literal("yrd-air")), _e("Case-id")),
    Entry("id-pattern", _set(DCTERMS.identifier, "YRD Air"), _e("Case-idPattern")),
    Entry("duplicate-id-two-nodes", _copy_case, _e("UniqueId-cases")),
    # names
    Entry("no-name", _set(RDFS.label), _e("Case-name", "Case-nameLanguage")),
    Entry(
        "name-other-language", _set(RDFS.label, Literal("Nom", lang="fr")), _e("Case-nameLanguage")
    ),
    Entry(
        "name-two-english",
        _add(RDFS.label, Literal("Another", lang="en")),
        _e("Case-nameUniqueLang"),
    ),
    Entry("name-zh-hans", _set(RDFS.label, Literal("长三角", lang="zh-Hans")), _e()),
    # domain
    Entry("no-domain", _set(COGOV.hasDomain), _e("Case-domain")),
    Entry("unknown-domain", _set(COGOV.hasDomain, COGOV["domain-airr"]), _e("Case-domainKey")),
    # time
    Entry("no-start", _set(COGOV.start), _e("Case-start")),
    Entry("start-not-a-date", _set(COGOV.start, Literal("2014-06")), _e("Case-startForm")),
    Entry("start-bad-date", _set(COGOV.start, date("2014-13-45")), _e("Case-startForm")),
    Entry("start-too-early", _set(COGOV.start, gyear("1850")), _e("Case-startRange")),
    Entry(
        "start-too-late",
        _set(COGOV.start, date("2101-01-01")),
        _e("Case-startRange", "EndNotBeforeStartShape"),
    ),
    Entry("end-before-start", _set(COGOV.end, gyear("2010")), _e("EndNotBeforeStartShape")),
    Entry(
        "end-before-start-dates",
        _both(_set(COGOV.start, date("2014-05-01")), _set(COGOV.end, date("2014-04-30"))),
        _e("EndNotBeforeStartShape"),
    ),
    Entry(
        "end-same-year-as-date",
        _both(_set(COGOV.start, date("2014-05-01")), _set(COGOV.end, gyear("2014"))),
        _e(),
    ),
    Entry("end-equal-start", _set(COGOV.end, gyear("2014")), _e()),
    Entry("no-end", _set(COGOV.end), _e()),
    Entry("end-too-late", _set(COGOV.end, gyear("2101")), _e("Case-endRange")),
    Entry(
        "start-text-end-year",
        _set(COGOV.start, Literal("about 2014")),
        _e("Case-startForm"),
    ),
    Entry("two-ends", _add(COGOV.end, gyear("2021")), _e("Case-end")),
    Entry("end-not-a-date", _set(COGOV.end, Literal("ongoing")), _e("Case-endForm")),
    # participants and superiors
    Entry(
        "one-participant",
        lambda g: g.remove((CASE, COGOV.hasParticipant, P2)),
        _e("Case-participants"),
    ),
    Entry("same-participant-twice", _same_labels, _e("DistinctParticipantsShape")),
    Entry("participant-no-level", _set(COGOV.hasActorLevel, node=P1), _e("Actor-level")),
    Entry(
        "participant-unknown-level",
        _set(COGOV.hasActorLevel, COGOV["level-city"], node=P2),
        _e("Actor-levelKey"),
    ),
    Entry("participant-no-name", _set(RDFS.label, node=P1), _e("Actor-name", "Actor-nameLanguage")),
    Entry(
        "superior-as-text",
        _both(
            lambda g: g.remove((CASE, COGOV.hasSuperior, S1)),
            _add(COGOV.hasSuperior, Literal("State Council")),
        ),
        _e("Case-superiors", "Actor-name", "Actor-nameLanguage", "Actor-level"),
    ),
    Entry(
        "superior-not-above",
        _set(COGOV.hasActorLevel, COGOV["level-province"], node=S1),
        _e("SuperiorAboveShape", severity=W),
    ),
    Entry(
        "superior-below",
        _set(COGOV.hasActorLevel, COGOV["level-county"], node=S1),
        _e("SuperiorAboveShape", severity=W),
    ),
    Entry(
        "superior-unranked", _set(COGOV.hasActorLevel, COGOV["level-regional_body"], node=S1), _e()
    ),
    Entry("no-superior", lambda g: g.remove((CASE, COGOV.hasSuperior, S1)), _e()),
    # phase and sources
    Entry("phase-of-text", _set(COGOV.isPhaseOf, Literal("yrd-air")), _e("Case-phaseOf")),
    Entry("no-source", _set(DCTERMS.source), _e("Case-sources")),
    Entry("empty-source", _set(DCTERMS.source, Literal("")), _e("Case-sources")),
    # jurisdiction (optional; absent = not reported)
    Entry("jurisdiction-subdivision", _set(COGOV.jurisdiction, Literal("CN-JS")), _e()),
    Entry(
        "two-jurisdictions",
        _set(COGOV.jurisdiction, Literal("CN"), Literal("US")),
        _e("Case-jurisdiction"),
    ),
    Entry(
        "jurisdiction-not-a-code",
        _set(COGOV.jurisdiction, Literal("China")),
        _e("Case-jurisdictionForm"),
    ),
    # mechanisms and activities
    Entry(
        "unknown-mechanism",
        _add(COGOV.usesMechanism, COGOV["mechanism-joint_conferance"]),
        _e("Behaviour-mechanismKey"),
    ),
    Entry(
        "unknown-activity",
        _add(COGOV.hasActivity, COGOV["activity-info_sharing"]),
        _e("Behaviour-activityKey"),
    ),
    Entry(
        "coded-high-no-formal",
        _set(COGOV.usesMechanism, COGOV["mechanism-joint_conference"]),
        _e("CodedHighFormalizationShape", severity=W),
    ),
    Entry(
        "coded-low-with-formal",
        _set(COGOV.codedFormalization, COGOV["formalization-low"]),
        _e("CodedLowFormalizationShape", severity=W),
    ),
    Entry(
        "coded-low-informal",
        _both(
            _set(COGOV.codedFormalization, COGOV["formalization-low"]),
            _set(COGOV.usesMechanism, COGOV["mechanism-forum"]),
        ),
        _e(),
    ),
    Entry(
        "coded-many-two-activities",
        lambda g: g.remove((CASE, COGOV.hasActivity, COGOV["activity-joint_planning"])),
        _e("CodedManyActivitiesShape", severity=W),
    ),
    Entry(
        "coded-few-three-activities",
        _set(COGOV.codedActivityLevel, COGOV["activityLevel-few"]),
        _e("CodedFewActivitiesShape", severity=W),
    ),
    Entry(
        "formalization-unknown",
        _set(COGOV.codedFormalization, COGOV["formalization-medium"]),
        _e("Behaviour-formalization"),
    ),
    Entry(
        "no-coder-judgement",
        _both(
            _set(COGOV.codedFormalization),
            _set(COGOV.codedActivityLevel),
            _set(COGOV.usesMechanism),
            _set(COGOV.hasActivity),
        ),
        _e("MechanismsNotReportedShape", "ActivitiesNotReportedShape", severity=W),
    ),
    Entry(
        "no-coder-judgement-lists-coded-as-none",
        _both(
            _set(COGOV.codedFormalization),
            _set(COGOV.codedActivityLevel),
            _set(COGOV.usesMechanism),
            _set(COGOV.hasActivity),
            _set(COGOV.codedAsNone, Literal("mechanisms"), Literal("activities")),
        ),
        _e(),
    ),
    Entry(
        "coded-as-none-not-a-list-field",
        _add(COGOV.codedAsNone, Literal("participants")),
        _e("CodedAsNoneShape"),
    ),
    Entry(
        "initiation-not-reported",
        _set(COGOV.hasInitiation, COGOV["initiation-not_reported"]),
        _e("ModeNotReportedShape", severity=W),
    ),
    Entry(
        "autonomy-not-reported",
        _set(COGOV.hasDecisionAutonomy, COGOV["autonomy-not_reported"]),
        _e("ModeNotReportedShape", severity=W),
    ),
    Entry(
        "activity-level-unknown",
        _set(COGOV.codedActivityLevel, COGOV["activityLevel-lots"]),
        _e("Behaviour-activityLevel"),
    ),
    # modes
    Entry("no-initiation", _set(COGOV.hasInitiation), _e("Mode-initiation")),
    Entry(
        "unknown-initiation",
        _set(COGOV.hasInitiation, COGOV["initiation-forced"]),
        _e("Mode-initiationKey"),
    ),
    Entry("mandated-no-autonomy", _set(COGOV.hasDecisionAutonomy), _e("MandatedAutonomyShape")),
    Entry(
        "unknown-autonomy",
        _set(COGOV.hasDecisionAutonomy, COGOV["autonomy-none"]),
        _e("Mode-autonomyKey"),
    ),
    Entry(
        "two-autonomies",
        _add(COGOV.hasDecisionAutonomy, COGOV["autonomy-partly_preempted"]),
        _e("Mode-autonomy"),
    ),
    Entry(
        "voluntary-with-autonomy",
        _set(COGOV.hasInitiation, COGOV["initiation-voluntary"]),
        _e("VoluntaryAutonomyShape", severity=W),
    ),
    Entry(
        "voluntary-plain",
        _both(
            _set(COGOV.hasInitiation, COGOV["initiation-voluntary"]),
            _set(COGOV.hasDecisionAutonomy),
            _set(COGOV.usesInstrument),
        ),
        _e(),
    ),
    # intervention
    Entry(
        "unknown-instrument",
        _add(COGOV.usesInstrument, COGOV["instrument-money"]),
        _e("Intervention-instrumentKey"),
    ),
    Entry(
        "task-assignment-retained",
        _add(COGOV.usesInstrument, COGOV["instrument-task_assignment"]),
        _e("TaskAssignmentRetainedShape", severity=W),
    ),
    Entry(
        "task-assignment-preempted",
        _both(
            _add(COGOV.usesInstrument, COGOV["instrument-task_assignment"]),
            _set(COGOV.hasDecisionAutonomy, COGOV["autonomy-partly_preempted"]),
        ),
        _e(),
    ),
    Entry(
        "mandated-no-instrument",
        _set(COGOV.usesInstrument),
        _e("MandatedInstrumentShape", severity=W),
    ),
    # drivers
    Entry(
        "prior-collaboration-unknown",
        _set(COGOV.priorCollaboration, COGOV["outcome-good"]),
        _e("Drivers-priorCollaboration"),
    ),
    Entry(
        "shared-beliefs-text",
        _set(COGOV.sharedBeliefs, Literal("yes")),
        _e("Drivers-sharedBeliefs"),
    ),
    Entry(
        "resource-dependence-twice",
        _add(COGOV.resourceDependence, Literal(False)),
        _e("Drivers-resourceDependence"),
    ),
    Entry(
        "geographic-proximity-text",
        _set(COGOV.geographicProximity, Literal("near")),
        _e("Drivers-geographicProximity"),
    ),
    Entry(
        "task-complexity-unknown",
        _set(COGOV.taskComplexity, COGOV["rating-medium"]),
        _e("Drivers-taskComplexity"),
    ),
    Entry("homophily-twice", _add(COGOV.homophily, COGOV["rating-low"]), _e("Drivers-homophily")),
    Entry(
        "cooperation-base-unknown",
        _set(COGOV.cooperationBase, COGOV["rating-poor"]),
        _e("Drivers-cooperationBase"),
    ),
    Entry(
        "interest-conflicts-text",
        _set(COGOV.interestConflicts, Literal("some")),
        _e("Drivers-interestConflicts"),
    ),
    Entry(
        "performance-twice",
        _both(
            _set(COGOV.performance, COGOV["rating-low"]),
            _add(COGOV.performance, COGOV["rating-high"]),
        ),
        _e("Behaviour-performance"),
    ),
    # typed as a subclass in the data graph: still a target (SHACL instance)
    Entry(
        "subclass-typed",
        _both(
            _set(RDF.type, COGOV.SomeCollaboration),
            lambda g: g.add(
                (COGOV.SomeCollaboration, RDFS.subClassOf, COGOV.LocalGovernmentCollaboration)
            ),
            _set(COGOV.hasDomain),
        ),
        _e("Case-domain"),
    ),
]


def changed_graph(entry: Entry) -> Graph:
    graph = good_graph()
    entry.change(graph)
    return graph


# ---- evidence records (shapes/cogov-evidence.shapes.ttl), each change on a good record

PROV = Namespace("http://www.w3.org/ns/prov#")
EV = URIRef(f"{CASE}/evidence/1")


def _with_evidence(*changes: Callable[[Graph], None]) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        g.add((CASE, COGOV.hasEvidence, EV))
        g.add((EV, RDF.type, COGOV.Evidence))
        g.add((EV, COGOV.aboutProperty, COGOV.hasInitiation))
        g.add((EV, PROV.value, Literal("国务院要求建立协作机制")))
        g.add((EV, DCTERMS.source, Literal("paper")))
        g.add((EV, COGOV.locator, Literal("section 4.2")))
        g.add((EV, COGOV.coder, Literal("lw")))
        g.add((EV, COGOV.confidence, COGOV["confidence-high"]))
        for c in changes:
            c(g)

    return change


ENTRIES += [
    Entry("evidence-good", _with_evidence(), _e()),
    Entry(
        "evidence-quote-tagged",
        _with_evidence(_set(PROV.value, Literal("agreed", lang="en"), node=EV)),
        _e(),
    ),
    Entry("evidence-no-quote", _with_evidence(_set(PROV.value, node=EV)), _e("Evidence-quote")),
    Entry(
        "evidence-two-quotes",
        _with_evidence(_add(PROV.value, Literal("another"), node=EV)),
        _e("Evidence-quote"),
    ),
    Entry(
        "evidence-quote-number",
        _with_evidence(_set(PROV.value, Literal(3), node=EV)),
        _e("Evidence-quoteText"),
    ),
    Entry(
        "evidence-quote-empty",
        _with_evidence(_set(PROV.value, Literal(""), node=EV)),
        _e("Evidence-quoteText"),
    ),
    Entry(
        "evidence-about-nothing",
        _with_evidence(_set(COGOV.aboutProperty, node=EV)),
        _e("Evidence-about"),
    ),
    Entry(
        "evidence-source-iri",
        _with_evidence(_set(DCTERMS.source, URIRef("https://example.org/paper"), node=EV)),
        _e("Evidence-source"),
    ),
    Entry(
        "evidence-two-locators",
        _with_evidence(_add(COGOV.locator, Literal("p. 4"), node=EV)),
        _e("Evidence-locator"),
    ),
    Entry(
        "evidence-coder-number",
        _with_evidence(_set(COGOV.coder, Literal(7), node=EV)),
        _e("Evidence-coder"),
    ),
    Entry(
        "evidence-confidence-unknown",
        _with_evidence(_set(COGOV.confidence, COGOV["confidence-sure"], node=EV)),
        _e("Evidence-confidenceKey"),
    ),
    Entry(
        "evidence-two-confidences",
        _with_evidence(_add(COGOV.confidence, COGOV["confidence-low"], node=EV)),
        _e("Evidence-confidence"),
    ),
]
