"""Every name an AWS API reference document lists must be in the spec transcribed from it.

The four documents in ``shared/seeds/`` were scanned from PDF; the specs in ``specs/`` are
transcriptions of them (see ``docs/transcription/*.md``). This module reads each document at
test time, extracts

* every operation name: the "Actions" list and each operation section heading
  (glue has no list: its operation headings are ``<Name> action (Python: <name>)``);
* every data type name: the "Data Types" list and each data type section heading
  (glue: ``<Name> structure``);
* every member name the document lists: URI request parameters, request body / request
  parameters, response elements, and the "Contents" (glue: "Fields") of every data type;

and checks that the spec has each of them, case-sensitively: an operation name must be an
operation of the spec, a data type name a structure of the spec, a request member a member of
the operation's ``input`` shape, a response member a member of its ``output`` shape, and a data
type member a member of the structure of that name.

Not extracted: the request/response *syntax* blocks (the JSON skeletons). The scan garbles them
worst (``"M"``, ``IlvECII``, unbalanced braces read as ``I``/``1``/``3``); the member lists below
them, which this test reads, are the authority for members (docs/transcription/kafkaconnect.md).
Error names, "Common Parameters" (SigV4 query parameters, not modelled) and "Common Errors" are
not members.

The extractor normalises generically (bullets, fences, Markdown links, ``(p. N)`` page
references, LaTeX-bold residue, lines the scan ran together) and corrects spelling only through
the explicit per-document table ``DOCUMENTS[...].fixes`` (every entry must be used). Whatever
it cannot place (a ``Type:`` line with no member heading, a heading with no ``Type:`` line, a
section without a heading) is reported as an extraction problem, so a layout the extractor does
not understand fails instead of being skipped.
"""

from __future__ import annotations

import copy
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

PROJECT = Path(__file__).resolve().parents[2]
SEEDS = PROJECT.parent / "shared" / "seeds"
SPECS = PROJECT / "specs"


# ----------------------------------------------------------------------------------------------
# Documents and their corrections
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fix:
    """One scanning (or document) error: ``ocr`` as extracted, ``real`` as the API spells it.

    ``where`` limits the fix to one section (operation or data type heading, as corrected);
    ``None`` applies it anywhere in the document. Matching is on the whole name.
    """

    ocr: str
    real: str
    reason: str
    where: str | None = None


@dataclass(frozen=True)
class Document:
    key: str  # the seed file's prefix
    spec: str  # file name under specs/
    layout: str  # "reference" (AWS API Reference PDF) or "glue" (Glue developer guide page)
    fixes: tuple[Fix, ...] = ()


DOCUMENTS: dict[str, Document] = {
    "kafkaconnect": Document(
        key="000",
        spec="kafkaconnect.yaml",
        layout="reference",
        fixes=(
            Fix(
                "S3lLocation",
                "S3Location",
                "Data Types list: a stray 'l' before 'L'; the section heading reads S3Location",
            ),
            Fix(
                "ScalelnPolicy",
                "ScaleInPolicy",
                "'In' read as 'ln' (Data Types list and section heading)",
            ),
            Fix(
                "ScalelnPolicyDescription",
                "ScaleInPolicyDescription",
                "'In' read as 'ln' (Data Types list and section heading)",
            ),
            Fix(
                "ScalelnPolicyUpdate",
                "ScaleInPolicyUpdate",
                "'In' read as 'ln' (Data Types list and section heading)",
            ),
            Fix(
                "scalelnPolicy",
                "scaleInPolicy",
                "'In' read as 'ln' (AutoScaling, AutoScalingDescription, AutoScalingUpdate)",
            ),
            Fix(
                "KafkaClusterEncryptioninTransit",
                "KafkaClusterEncryptionInTransit",
                "'I' read as 'i' (Data Types list and section heading)",
            ),
            Fix(
                "KafkaClusterEncryptionIinTransitDescription",
                "KafkaClusterEncryptionInTransitDescription",
                "'In' read as 'Iin' (section heading; the Data Types list spells it right)",
            ),
            Fix(
                "kafkaClusterEncryptioninTransit",
                "kafkaClusterEncryptionInTransit",
                "'I' read as 'i' (CreateConnector, DescribeConnector, ConnectorSummary)",
            ),
            Fix(
                "errorinfo",
                "errorInfo",
                "'I' read as 'i' (DescribeConnectorOperation; its response syntax has errorInfo)",
            ),
        ),
    ),
    "emr-containers": Document(
        key="001",
        spec="emr-containers.yaml",
        layout="reference",
        fixes=(
            Fix(
                "spark Submit Job Driver",
                "sparkSubmitJobDriver",
                "heading broken into words (JobDriver; its type is SparkSubmitJobDriver)",
                where="JobDriver",
            ),
        ),
    ),
    "glue": Document(key="002", spec="glue.yaml", layout="glue"),
    "opsworkscm": Document(
        key="004",
        spec="opsworkscm.yaml",
        layout="reference",
        fixes=(
            Fix(
                "nodeName",
                "NodeName",
                "document error: this heading alone is camelCase; the section's request syntax "
                "and every other operation spell the awsJson wire name NodeName",
                where="AssociateNode",
            ),
            Fix(
                "serverName",
                "ServerName",
                "document error: this heading alone is camelCase; the section's request syntax "
                "and every other operation spell the awsJson wire name ServerName",
                where="AssociateNode",
            ),
        ),
    ),
}


# ----------------------------------------------------------------------------------------------
# What is extracted
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Name:
    """A name found in the document. ``kind`` says what it must be in the spec:

    * ``operation``: an operation;
    * ``datatype``: a structure shape;
    * ``input`` / ``output``: a member of operation ``owner``'s input / output shape;
    * ``member``: a member of the structure named ``owner``.
    """

    kind: str
    name: str
    owner: str | None
    line: int  # 1-based line of the document
    source: str  # where in the document, for messages

    def describe(self) -> str:
        if self.kind in ("operation", "datatype"):
            return f"{self.kind} {self.name} ({self.source}, line {self.line})"
        part = {"input": "request", "output": "response", "member": "data type"}[self.kind]
        return f"{self.owner} {part} member {self.name} ({self.source}, line {self.line})"


@dataclass
class Extracted:
    names: list[Name] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what the extractor could not place
    fixes_used: set[Fix] = field(default_factory=set)

    def of_kind(self, *kinds: str) -> list[Name]:
        return [n for n in self.names if n.kind in kinds]


class Corrector:
    def __init__(self, fixes: tuple[Fix, ...], extracted: Extracted) -> None:
        self._fixes = fixes
        self._extracted = extracted

    def raw_headings(self) -> set[str]:
        """Table keys that are not identifiers (headings the scan broke into words)."""
        return {f.ocr for f in self._fixes if not IDENT.fullmatch(f.ocr)}

    def __call__(self, name: str, where: str | None) -> str:
        for fix in self._fixes:
            if fix.ocr == name and (fix.where is None or fix.where == where):
                self._extracted.fixes_used.add(fix)
                return fix.real
        return name


# ----------------------------------------------------------------------------------------------
# Line normalisation (generic, no spelling changes)
# ----------------------------------------------------------------------------------------------

IDENT = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
PAGE_REF = r"\(p\.\s*\d+\)"
HEADING = re.compile(rf"({IDENT.pattern})(?:\s+{PAGE_REF})?")
# Bullets as scanned: "e", "o", "»", "«", "-+", "*", "•", "·", "-" (and "- ·").
BULLET = re.compile(r"^(?:-\+|[-•·»«*]|[eo](?=\s))\s*(?:[•·]\s+)?")
LATEX_BOLD = re.compile(r"\$\{\\bf\s+(.*?)\}\$")
MD_LINK = re.compile(r"\[([^\]]*)\]\(#\)")
LABEL = (
    r"(?:Type|Required|(?:Key |Value )?(?:Length Constraints|Pattern)|Valid Values"
    r"|Valid Range|Array Members|Map Entries):"
)
MID_LABEL = re.compile(rf"(?<=\S)(?<!Key)(?<!Value)\s+(?={LABEL})")
STARTS_WITH_LABEL = re.compile(rf"^{LABEL}")
REQUIRED_THEN_TEXT = re.compile(r"^(Required:\s*(?:Yes|No|Conditional))\s+(\S.*)$")
TYPE_OBJECTS_THEN_TEXT = re.compile(r"^(Type:.*?\bobjects?)\s+(\S.*)$")
LABEL_THEN_HEADING = re.compile(rf"^({LABEL}.*?)\s+({IDENT.pattern}\s+{PAGE_REF})$")


def _normalise(raw: str) -> str:
    text = raw.strip()
    if text.startswith("```"):
        return ""
    # LaTeX residue wraps headings only, and headings have no spaces: "${\bf Cloud Watch X}$".
    text = LATEX_BOLD.sub(lambda m: re.sub(r"\s+", "", m.group(1)), text)
    text = text.replace("\\(", "(").replace("\\)", ")")
    text = MD_LINK.sub(r"\1", text).replace("**", "")
    return text.strip()


def _first_word_apart(text: str) -> list[str]:
    """'state The state of the endpoint.' -> ['state', 'The state of the endpoint.']"""
    head, _, rest = text.partition(" ")
    return [head, rest] if rest else [head]


def _split_run_together(text: str) -> list[str]:
    """Split a line the scan ran together into the lines it was made of.

    * before every field label (``Type:``, ``Required:``, ``Pattern:``...) inside the line; if
      the line did not start with a label, its first word is the member heading;
    * after ``Required: Yes|No`` followed by more text: the next member's heading (first word)
      and its description;
    * after ``Type: ... object(s)`` followed by more text (the next member's heading);
    * a ``(p. N)``-referenced heading at the end of a label line.
    """
    pieces = MID_LABEL.split(text)
    out: list[str] = []
    if len(pieces) > 1 and not STARTS_WITH_LABEL.match(pieces[0]):
        out.extend(_first_word_apart(pieces[0]))
        pieces = pieces[1:]
    for piece in pieces:
        m = REQUIRED_THEN_TEXT.match(piece)
        if m:
            out.append(m.group(1))
            out.extend(_first_word_apart(m.group(2)))
            continue
        m = TYPE_OBJECTS_THEN_TEXT.match(piece) or LABEL_THEN_HEADING.match(piece)
        out.extend([m.group(1), m.group(2)] if m else [piece])
    return out


@dataclass(frozen=True)
class Line:
    no: int  # 1-based line in the document
    text: str  # normalised
    bullet: bool  # the scanned line started with a bullet (list items)


def logical_lines(document: str) -> list[Line]:
    lines: list[Line] = []
    for no, raw in enumerate(document.splitlines(), start=1):
        stripped = raw.strip()
        bullet = bool(BULLET.match(stripped)) and len(stripped) > 2
        text = _normalise(BULLET.sub("", stripped, count=1) if bullet else stripped)
        if not text:
            continue
        # "Valid Values: A | B |" continues on the next line; "| C | D" continues the last one.
        if (
            lines
            and (lines[-1].text.endswith("|") or text.startswith("|"))
            and lines[-1].text.startswith("Valid Values:")
        ):
            prev = lines.pop()
            lines.append(Line(prev.no, f"{prev.text} {text}", prev.bullet))
            continue
        for piece in _split_run_together(text):
            if piece.strip():
                lines.append(Line(no, piece.strip(), bullet))
    return lines


def heading_name(text: str, raw_headings: set[str]) -> str | None:
    """The name if this line is a heading: an identifier, optionally with a page reference."""
    m = HEADING.fullmatch(text)
    if m:
        return m.group(1)
    bare = re.sub(rf"\s*{PAGE_REF}$", "", text)
    return bare if bare in raw_headings else None


# ----------------------------------------------------------------------------------------------
# AWS API Reference layout (MSK Connect, EMR on EKS, OpsWorks CM)
# ----------------------------------------------------------------------------------------------

# Subsection headers in the order they appear in a section. A header that does not move
# forward is a running page header/footer and is ignored.
OPERATION_PARTS = {
    "Request Syntax": 0,
    "URI Request Parameters": 1,
    "Request Body": 2,
    "Request Parameters": 2,
    "Response Syntax": 3,
    "Response Elements": 4,
    "Errors": 5,
    "See Also": 6,
}
DATATYPE_PARTS = {"Contents": 1, "See Also": 6}
# Subsections that list members: what they list, and whether each member has a "Type:" line.
MEMBER_ZONES = {
    "URI Request Parameters": ("input", False),
    "Request Body": ("input", True),
    "Request Parameters": ("input", True),
    "Response Elements": ("output", True),
    "Contents": ("member", True),
}
URI_INTRO = "The request uses the following URI parameters."


def _find(lines: list[Line], text: str, start: int = 0) -> int | None:
    for i in range(start, len(lines)):
        if lines[i].text == text:
            return i
    return None


def _bullet_list(
    lines: list[Line], intro: str, kind: str, what: str, out: Extracted, fix: Corrector
) -> int:
    """Read the bulleted list after ``intro``; return the index after it."""
    i = _find(lines, intro)
    if i is None:
        out.problems.append(f"no '{intro}' line: the {what} list was not found")
        return 0
    i += 1
    while i < len(lines) and lines[i].bullet:
        name = heading_name(lines[i].text, set())
        if name is None:
            out.problems.append(
                f"line {lines[i].no}: {what} list item is not a name: {lines[i].text!r}"
            )
        else:
            out.names.append(Name(kind, fix(name, None), None, lines[i].no, f"{what} list"))
        i += 1
    return i


def _sections(
    lines: list[Line],
    start: int,
    end: int,
    parts: dict[str, int],
    kind: str,
    what: str,
    out: Extracted,
    fix: Corrector,
) -> None:
    """Read the sections between ``start`` and ``end``.

    A section's heading is the first identifier line after the previous section's "See Also"
    (a running footer repeating the previous section's name is skipped); the section runs to
    its own "See Also".
    """
    raw_headings = fix.raw_headings()
    section: str | None = None  # corrected name of the current section
    section_raw: str | None = None
    previous_raw: str | None = None
    rank = -1
    part = ""  # the current subsection header
    zone: tuple[str, bool] | None = None  # MEMBER_ZONES entry of the current subsection
    zone_open = False
    pending: Line | None = None  # a member heading still waiting for its "Type:" line
    pending_name = ""

    def end_member() -> None:
        nonlocal pending
        if pending is not None and zone is not None and zone[1]:
            out.problems.append(
                f"line {pending.no}: {section} {part}: member heading "
                f"{pending_name!r} has no 'Type:' line"
            )
        pending = None

    for line in lines[start:end]:
        text = line.text
        if section is None:
            name = heading_name(text, raw_headings)
            if text == "See Also" and previous_raw is not None:
                continue  # running footer of the previous section
            if text in parts:
                out.problems.append(f"line {line.no}: '{text}' outside any {what} section")
            elif name is not None and name != previous_raw:
                section_raw = name
                section = fix(name, None)
                out.names.append(Name(kind, section, None, line.no, f"{what} heading"))
                rank, part, zone, zone_open = -1, "", None, False
            continue
        if text in parts:
            if parts[text] <= rank:
                continue  # running header/footer
            end_member()
            rank, part = parts[text], text
            zone = MEMBER_ZONES.get(text)
            zone_open = text != "URI Request Parameters"
            if text == "See Also":
                previous_raw, section, section_raw = section_raw, None, None
            continue
        if zone is None:
            continue
        if not zone_open:
            zone_open = text == URI_INTRO
            continue
        member_kind, typed = zone
        if text.startswith("Type:"):
            if typed and pending is None:
                out.problems.append(
                    f"line {line.no}: {section} {part}: 'Type:' line with no "
                    f"member heading before it: {text!r}"
                )
            pending = None
            continue
        name = heading_name(text, raw_headings)
        if name is None or name == section_raw:
            continue  # description, constraint, or running footer naming the section
        end_member()
        corrected = fix(name, section)
        out.names.append(Name(member_kind, corrected, section, line.no, f"{section} {part}"))
        pending, pending_name = line, name
    if section is not None:
        out.problems.append(f"{what} section {section} has no 'See Also' end")


def extract_reference(document: str, fixes: tuple[Fix, ...]) -> Extracted:
    out = Extracted()
    fix = Corrector(fixes, out)
    lines = logical_lines(document)
    ops_start = _bullet_list(
        lines, "The following actions are supported:", "operation", "Actions", out, fix
    )
    dt_heading = _find(lines, "Data Types", ops_start)
    if dt_heading is None:
        out.problems.append("no 'Data Types' heading")
        return out
    _sections(lines, ops_start, dt_heading, OPERATION_PARTS, "operation", "operation", out, fix)
    dt_start = _bullet_list(
        lines, "The following data types are supported:", "datatype", "Data Types", out, fix
    )
    dt_end = _find(lines, "Common Parameters", dt_start)
    if dt_end is None:
        out.problems.append("no 'Common Parameters' heading after the data types")
        dt_end = len(lines)
    _sections(lines, dt_start, dt_end, DATATYPE_PARTS, "datatype", "data type", out, fix)
    _cross_check_lists(out)
    return out


def _cross_check_lists(out: Extracted) -> None:
    """The list at the top of a chapter and the section headings must name the same things."""
    for kind, what in (("operation", "Actions"), ("datatype", "Data Types")):
        listed = {n.name for n in out.names if n.kind == kind and n.source.endswith(" list")}
        headed = {n.name for n in out.names if n.kind == kind and n.source.endswith(" heading")}
        for name in sorted(listed - headed):
            out.problems.append(f"{what} list names {name}, but no section has that heading")
        for name in sorted(headed - listed):
            out.problems.append(f"section {name} is not in the {what} list")


# ----------------------------------------------------------------------------------------------
# Glue developer-guide layout
# ----------------------------------------------------------------------------------------------
#
#   <Name> structure                       a data type; its members follow "Fields"
#   <Name> action (Python: <snake_name>)   an operation; members follow "Request" / "Response"
#     • <Member> – <type text>.            a member (two-space indent; "Required:" replaces the
#     • <Member>Required: <type text>.       dash when the member is required)
#       • NESTED - ...                     deeper bullets are values, not members
#
# Members are not followed by "Type:" lines here.

GLUE_STRUCTURE = re.compile(r"^(\S+) structure$")
GLUE_ACTION = re.compile(r"^(\S+) action \(Python: \w+\)$")
GLUE_MEMBER_BULLET = re.compile(r"^  • (.*)$")
GLUE_MEMBER = re.compile(r"^([A-Za-z][A-Za-z0-9]*?)(?:Required: | – )")
GLUE_ZONES = {"Fields": "member", "Request": "input", "Response": "output", "Errors": None}
GLUE_ZONE_NAMES = {"member": "Fields", "input": "Request", "output": "Response"}
GLUE_NO_MEMBERS = "No Response parameters."


def extract_glue(document: str, fixes: tuple[Fix, ...]) -> Extracted:
    out = Extracted()
    fix = Corrector(fixes, out)
    section: str | None = None
    zone: str | None = None
    for no, raw in enumerate(document.splitlines(), start=1):
        text = raw.strip()
        m_struct = GLUE_STRUCTURE.match(text)
        m_heading = m_struct or GLUE_ACTION.match(text)
        if m_heading and raw == text:
            kind = "datatype" if m_struct else "operation"
            section = fix(m_heading.group(1), None)
            out.names.append(
                Name(kind, section, None, no, "structure heading" if m_struct else "action heading")
            )
            zone = None
            continue
        if raw == text and text in GLUE_ZONES:
            if section is None:
                out.problems.append(f"line {no}: '{text}' outside any section")
            zone = GLUE_ZONES[text]
            continue
        if raw == text and text:
            zone = None  # any other unindented line ends the member list
            continue
        bullet = GLUE_MEMBER_BULLET.match(raw.rstrip())
        if bullet is None or zone is None or section is None:
            continue
        item = bullet.group(1)
        m = GLUE_MEMBER.match(item)
        if m is None:
            if item != GLUE_NO_MEMBERS:
                out.problems.append(
                    f"line {no}: {section}: member bullet without a name: {item[:60]!r}"
                )
            continue
        out.names.append(
            Name(zone, fix(m.group(1), section), section, no, f"{section} {GLUE_ZONE_NAMES[zone]}")
        )
    return out


# ----------------------------------------------------------------------------------------------
# Loading and checking
# ----------------------------------------------------------------------------------------------


def seed_path(doc: Document) -> Path:
    found = sorted(SEEDS.glob(f"{doc.key}_*.txt"))
    if len(found) != 1:
        raise FileNotFoundError(f"expected one {SEEDS}/{doc.key}_*.txt, found {len(found)}")
    return found[0]


def extract(doc: Document, text: str) -> Extracted:
    if doc.layout == "glue":
        return extract_glue(text, doc.fixes)
    return extract_reference(text, doc.fixes)


def load_spec(doc: Document) -> dict:
    with open(SPECS / doc.spec, encoding="utf-8") as f:
        return yaml.safe_load(f)


def _members(spec: dict, shape_id: str | None) -> set[str] | None:
    shape = (spec.get("shapes") or {}).get(shape_id) if shape_id else None
    if not isinstance(shape, dict) or shape.get("type") not in ("structure", "union"):
        return None
    return set((shape.get("members") or {}).keys())


def missing_names(spec: dict, names: list[Name]) -> list[str]:
    """Every extracted name the spec lacks, one message each (empty when all are there)."""
    operations = spec.get("operations") or {}
    missing: list[str] = []
    for n in names:
        if n.kind == "operation":
            if n.name not in operations:
                missing.append(f"{n.describe()}: not an operation of the spec")
            continue
        if n.kind == "datatype":
            if _members(spec, n.name) is None:
                missing.append(f"{n.describe()}: no structure of that name in the spec")
            continue
        if n.kind == "member":
            shape_id = n.owner
        else:
            op = operations.get(n.owner)
            if op is None:
                missing.append(f"{n.describe()}: operation {n.owner} is not in the spec")
                continue
            shape_id = op.get(n.kind)
        members = _members(spec, shape_id)
        if members is None:
            missing.append(
                f"{n.describe()}: spec has no {n.kind} structure for {n.owner}"
                + (f" (looked for {shape_id})" if shape_id else "")
            )
        elif n.name not in members:
            missing.append(f"{n.describe()}: not a member of {shape_id}")
    return missing


def _no_seeds(reason: str) -> None:
    message = f"AWS reference documents not available: {reason}"
    if os.environ.get("CI"):
        pytest.fail(message + " (CI is set: the seeds are required there)")
    pytest.skip(message)


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extracted]:
    if not SEEDS.is_dir():
        _no_seeds(f"{SEEDS} does not exist")
    result: dict[str, Extracted] = {}
    for service, doc in DOCUMENTS.items():
        try:
            text = seed_path(doc).read_text(encoding="utf-8")
        except FileNotFoundError as e:
            _no_seeds(str(e))
        result[service] = extract(doc, text)
    return result


SERVICES = list(DOCUMENTS)


# ----------------------------------------------------------------------------------------------
# Tests
# ----------------------------------------------------------------------------------------------

# How many names each document yields. Pinned so that a change in the extractor (or a document
# layout it stops understanding) shows up as a count change instead of as silently fewer checks.
# Operations and data types count once from the list and once from the section heading.
EXPECTED_COUNTS = {
    # service: (operation names, data type names, member names)
    "kafkaconnect": (36, 112, 265),
    "emr-containers": (30, 26, 142),
    "glue": (7, 11, 74),
    "opsworkscm": (32, 10, 130),
}


@pytest.mark.parametrize("service", SERVICES)
def test_extracted_counts(service: str, extracted: dict[str, Extracted]) -> None:
    ex = extracted[service]
    counts = (
        len(ex.of_kind("operation")),
        len(ex.of_kind("datatype")),
        len(ex.of_kind("input", "output", "member")),
    )
    assert counts == EXPECTED_COUNTS[service]


@pytest.mark.parametrize("service", SERVICES)
def test_document_is_fully_extracted(service: str, extracted: dict[str, Extracted]) -> None:
    ex = extracted[service]
    assert not ex.problems, (
        f"{service}: the extractor could not place {len(ex.problems)} thing(s) in "
        f"{seed_path(DOCUMENTS[service]).name}:\n  " + "\n  ".join(ex.problems)
    )
    assert ex.of_kind("operation"), f"{service}: no operation names extracted"
    assert ex.of_kind("input", "output", "member"), f"{service}: no member names extracted"


@pytest.mark.parametrize("service", SERVICES)
def test_every_correction_is_used(service: str, extracted: dict[str, Extracted]) -> None:
    unused = [f for f in DOCUMENTS[service].fixes if f not in extracted[service].fixes_used]
    assert not unused, f"{service}: corrections that match nothing in the document: " + ", ".join(
        f"{f.ocr!r}" for f in unused
    )


@pytest.mark.parametrize("service", SERVICES)
def test_spec_has_every_name_the_document_lists(
    service: str, extracted: dict[str, Extracted]
) -> None:
    doc = DOCUMENTS[service]
    missing = missing_names(load_spec(doc), extracted[service].names)
    assert not missing, (
        f"specs/{doc.spec} lacks {len(missing)} name(s) that {seed_path(doc).name} lists:\n  "
        + "\n  ".join(missing)
    )


# One member per document that the document lists; the check must notice when it is gone.
MUTATIONS = {
    # service: (kind, owner, member)
    "kafkaconnect": ("member", "AutoScaling", "scaleInPolicy"),
    "emr-containers": ("member", "JobDriver", "sparkSubmitJobDriver"),
    "glue": ("input", "GetConnections", "MaxResults"),
    "opsworkscm": ("input", "AssociateNode", "NodeName"),
}


@pytest.mark.parametrize("service", SERVICES)
def test_check_reports_a_deleted_member(service: str, extracted: dict[str, Extracted]) -> None:
    doc = DOCUMENTS[service]
    kind, owner, member = MUTATIONS[service]
    names = extracted[service].names
    listed = [n for n in names if (n.kind, n.owner, n.name) == (kind, owner, member)]
    assert listed, f"{service}: the document does not list {owner}.{member} ({kind})"

    spec = copy.deepcopy(load_spec(doc))
    shape_id = owner if kind == "member" else spec["operations"][owner][kind]
    del spec["shapes"][shape_id]["members"][member]

    baseline = set(missing_names(load_spec(doc), names))
    reported = [m for m in missing_names(spec, names) if m not in baseline]
    expected = [f"{n.describe()}: not a member of {shape_id}" for n in listed]
    assert reported == expected, reported


# Damage to a document that the extractor must report rather than skip.
DAMAGE = {
    # service: (text in the document, replacement, what breaks)
    "kafkaconnect": ("\nscalelnPolicy\n", "\nscale ln Policy\n", "heading no longer a name"),
    "emr-containers": (
        "objects nextToken (p. 26)",
        "objects next Token (p. 26)",
        "run-together heading no longer a name",
    ),
    "glue": ("  • MaxResults – ", "  • Max Results – ", "member bullet without a name"),
    "opsworkscm": (
        "Type: [Backup \\(p. 51\\)](#) object",
        "Type object",
        "heading without a Type: line",
    ),
}


@pytest.mark.parametrize("service", SERVICES)
def test_extractor_reports_what_it_cannot_place(service: str) -> None:
    if not SEEDS.is_dir():
        _no_seeds(f"{SEEDS} does not exist")
    doc = DOCUMENTS[service]
    text = seed_path(doc).read_text(encoding="utf-8")
    old, new, what = DAMAGE[service]
    assert old in text, f"{service}: {old!r} is not in the document"
    damaged = extract(doc, text.replace(old, new, 1))
    assert damaged.problems, f"{service}: {what} went unreported"
