"""HTML pages a person can read: ``cvlint report`` and ``cvlint score --output-format html``.

A page is one self-contained file: its CSS is inline, its pictures are inline SVG, it has no script
and names no URL, so opening it fetches nothing. Every piece of text from a file is escaped, and
control and bidi characters are shown as visible stand-ins, so a résumé can only ever show as text.
"""

from __future__ import annotations

import html
import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from cvlint import __version__
from cvlint.engine.catalogue import Catalogue
from cvlint.model.dates import DateRange
from cvlint.model.document import Document, Section, Span, Text
from cvlint.model.findings import SEVERITY_RANK, Finding
from cvlint.output.excerpt import Source
from cvlint.output.terminal import UNSAFE, stand_in
from cvlint.report.score import Score, score
from cvlint.resources import scoring

_BAR = 480
"""Width of a category bar, in the SVG's units (pixels at the page's size)."""
_LINKS = 12
"""Places linked from one line of "What to do first"; the rest are counted."""
_LABELS = {"error": "Must fix", "warning": "Should fix", "info": "Worth a look"}
_STYLE = """
:root{--ink:#1f2933;--soft:#52606d;--line:#d9e2ec;--paper:#fff;--bg:#f5f7fa;
--error:#c62828;--error-bg:#fde2e1;--warning:#b26a00;--warning-bg:#fff1c2;--info:#2563eb;--info-bg:#e0ecff}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,
"Noto Sans",Arial,sans-serif}
main{max-width:1180px;margin:0 auto;padding:24px}
header.page h1{font-size:28px;margin:0 0 4px}
.file{color:var(--soft);margin:0 0 16px;word-break:break-all}
.card{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:20px;margin:0 0 20px}
.overview{display:flex;flex-wrap:wrap;gap:24px;align-items:center}
.overview .gauge{flex:0 0 220px}
.overview .bars{flex:1 1 380px}
.bars-svg{max-width:100%;height:auto}
.verdict{font-size:18px;margin:8px 0 0}
h2{font-size:21px;margin:0 0 12px}
.todo ol{margin:0;padding-left:22px}
.todo li{margin:0 0 10px}
.todo .what{font-size:17px}
.todo .gain{color:#0b7a3e;font-weight:600;white-space:nowrap}
.todo .where a{margin-right:6px}
.badge{display:inline-block;font-size:12px;font-weight:700;border-radius:999px;padding:1px 8px;margin-right:6px;
vertical-align:1px}
.badge.error{background:var(--error-bg);color:var(--error)}
.badge.warning{background:var(--warning-bg);color:var(--warning)}
.badge.info{background:var(--info-bg);color:var(--info)}
.resume h3.section{font-size:19px;text-transform:none;border-bottom:2px solid var(--line);padding-bottom:4px;
margin:24px 0 8px}
.block{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px;padding:6px 0;
border-top:1px dashed transparent}
.block.noted{border-top-color:var(--line)}
.text{white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:plaintext}
.text.title{font-size:24px;font-weight:700}
.text.heading{font-size:19px;font-weight:700}
.text.entry{font-weight:600}
.text.bullet{padding-left:18px;position:relative}
.text.bullet::before{content:"•";position:absolute;left:2px;color:var(--soft)}
.text.source{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:14px;color:var(--soft)}
mark{border-radius:3px;padding:0 1px;color:inherit}
mark.error{background:var(--error-bg);box-shadow:inset 0 -2px var(--error)}
mark.warning{background:var(--warning-bg);box-shadow:inset 0 -2px var(--warning)}
mark.info{background:var(--info-bg);box-shadow:inset 0 -2px var(--info)}
.point{color:var(--error);font-weight:700}
.ctl{font-size:11px;border:1px solid currentColor;border-radius:3px;padding:0 2px;color:var(--soft)}
.notes{display:flex;flex-direction:column;gap:10px}
.note{border-left:4px solid var(--line);background:#fbfcfd;border-radius:6px;padding:8px 12px}
.note.error{border-left-color:var(--error)}
.note.warning{border-left-color:var(--warning)}
.note.info{border-left-color:var(--info)}
.note:target{outline:3px solid #94b8ff}
.message{font-size:16px;font-weight:600;margin:0}
.suggestion{font-size:16px;margin:4px 0 0}
.change{margin:8px 0 0;font-size:14px}
.change div{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;white-space:pre-wrap;
overflow-wrap:anywhere;padding:2px 6px;border-radius:4px}
.change .before{background:#fde8e8;text-decoration:line-through;text-decoration-color:#c62828aa}
.change .after{background:#e3f6ea}
.change .how{color:var(--soft);font-family:inherit;padding:0}
.code{font-size:12px;color:var(--soft);margin:6px 0 0}
footer{color:var(--soft);font-size:13px;text-align:center;margin:24px 0}
@media (max-width:760px){.block{grid-template-columns:1fr}}
@media print{body{background:#fff}.card{border:none}}
"""


@dataclass(slots=True)
class _Block:
    """A piece of the résumé as a reader sees it, and the notes shown beside it."""

    kind: str
    parts: list[Text]
    start: int
    end: int
    """The source the block stands for, markup included (a bullet's marker, a heading's ``#``)."""
    notes: list[int] = field(default_factory=list)


def _shown(text: str) -> str:
    """``text`` escaped for HTML, with control and bidi characters as visible stand-ins."""
    pieces: list[str] = []
    last = 0
    for match in UNSAFE.finditer(text):
        if match.group() in "\n\t":  # the page keeps white space as it is: these show as themselves
            continue
        pieces.append(html.escape(text[last : match.start()]))
        pieces.append(f'<span class="ctl">{html.escape(stand_in(match.group()))}</span>')
        last = match.end()
    pieces.append(html.escape(text[last:]))
    return "".join(pieces)


def _blocks(document: Document) -> list[tuple[Section | None, list[_Block]]]:
    """The document's visible text, section by section, in reading order."""
    groups: list[tuple[Section | None, list[_Block]]] = []
    if document.title is not None and not any(
        s.heading is not None and s.heading.span == document.title.span for s in document.sections
    ):
        title = document.title
        groups.append((None, [_Block("title", [title.text], title.span.start, title.span.end)]))
    for section in document.sections:
        blocks: list[_Block] = []
        if section.heading is not None:
            heading = section.heading
            blocks.append(_Block("heading", [heading.text], heading.span.start, heading.span.end))
        for entry in section.entries:
            parts = [part for part in (entry.title, entry.organisation, entry.location) if part is not None]
            if entry.dates is not None:
                parts.append(_dates_text(document.source, entry.dates))
            parts.sort(key=lambda part: part.span.start)
            if parts:
                header_end = max(part.span.end for part in parts)
                blocks.append(_Block("entry", parts, min(entry.span.start, parts[0].span.start), header_end))
            blocks += [_Block("paragraph", [p.text], p.span.start, p.span.end) for p in entry.paragraphs]
            blocks += [_Block("bullet", [b.text], b.span.start, b.span.end) for b in entry.bullets]
        blocks += [_Block("paragraph", [p.text], p.span.start, p.span.end) for p in section.paragraphs]
        blocks += [_Block("bullet", [b.text], b.span.start, b.span.end) for b in section.bullets]
        blocks.sort(key=lambda block: block.start)
        groups.append((section, blocks))
    return groups


def _dates_text(source: str, dates: DateRange) -> Text:
    """An entry's dates as written; when they are not one stretch of the source (JSON Resume's
    ``startDate`` and ``endDate``), their text stands for the whole stretch from first to last."""
    low, high = min(dates.start, dates.end), max(dates.start, dates.end)
    if source[low:high] == dates.text:
        return Text.verbatim(source, low, high)
    return Text(dates.text, Span(low, high), ((0, low, high, False),) if dates.text else ())


def _covered(bounds: list[tuple[int, int]], monotonic: bool, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches ``[i, j)`` of characters whose source overlaps ``[start, end)``."""
    if monotonic:
        first = bisect_right(bounds, start, key=lambda bound: bound[1])
        last = bisect_left(bounds, end, key=lambda bound: bound[0])
        return [(first, last)] if first < last else []
    stretches: list[tuple[int, int]] = []
    for i, (low, high) in enumerate(bounds):
        if low < end and start < high:
            if stretches and stretches[-1][1] == i:
                stretches[-1] = (stretches[-1][0], i + 1)
            else:
                stretches.append((i, i + 1))
    return stretches


def _highlighted(text: Text, findings: list[tuple[int, Finding]], placed: set[int]) -> str:
    """``text`` as HTML with the characters each finding covers in a ``<mark>``; adds to ``placed``.

    Marks open and close at the findings' ends only, so the work is linear in the text and findings.
    """
    value = text.value
    bounds = [(text.source_start(i), text.source_end(i)) for i in range(len(value))]
    monotonic = all(a[0] <= b[0] and a[1] <= b[1] for a, b in itertools.pairwise(bounds))
    ends = {end: i + 1 for i, (_, end) in enumerate(bounds)}
    opens: dict[int, list[int]] = {}
    closes: dict[int, list[int]] = {}
    points: dict[int, list[int]] = {}
    for number, finding in findings:
        if finding.start == finding.end:
            where = ends.get(finding.start, 0 if bounds and bounds[0][0] == finding.start else None)
            if where is not None:
                points.setdefault(where, []).append(number)
                placed.add(number)
            continue
        for first, last in _covered(bounds, monotonic, finding.start, finding.end):
            opens.setdefault(first, []).append(number)
            closes.setdefault(last, []).append(number)
            placed.add(number)
    severity = {number: finding.severity for number, finding in findings}
    out: list[str] = []
    active: dict[int, int] = {}
    edges = sorted({0, len(value), *opens, *closes, *points})
    for position, following in zip(edges, [*edges[1:], None], strict=True):
        for number in closes.get(position, []):
            active[number] -= 1
            if not active[number]:
                del active[number]
        for number in opens.get(position, []):
            active[number] = active.get(number, 0) + 1
        for number in points.get(position, []):
            out.append(f'<mark class="point {severity[number]}" data-findings="{number}" title="missing here">‸</mark>')
        if following is None:
            break
        piece = _shown(value[position:following])
        if active:
            worst = max((severity[n] for n in active), key=SEVERITY_RANK.__getitem__)
            piece = f'<mark class="{worst}" data-findings="{" ".join(map(str, sorted(active)))}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


def _source_excerpt(source: Source, number: int, finding: Finding) -> str:
    """The finding's first source line, as written, with its span marked."""
    line, _ = source.index.position(finding.start)
    start, end = source.line_bounds(line)
    low, high = max(start, finding.start), max(start, min(end, finding.end))
    text = source.text
    marked = _shown(text[low:high]) if high > low else "‸"
    severity = finding.severity
    mark = f'<mark class="{severity}" data-findings="{number}">{marked}</mark>'
    return _shown(text[start:low]) + mark + _shown(text[high:end])


def _note(number: int, finding: Finding, source: Source, unit: str) -> str:
    parts = [f'<div class="note {finding.severity}" id="finding-{number}" data-finding="{number}">']
    parts.append(
        f'<p class="message"><span class="badge {finding.severity}">{_LABELS[finding.severity]}</span>'
        f"{_shown(finding.message)}</p>"
    )
    if finding.suggestion:
        parts.append(f'<p class="suggestion">{_shown(finding.suggestion)}</p>')
    change = source.fix(finding)
    if change is not None and finding.fix is not None:
        how = (
            "cvlint check --fix makes this change for you."
            if finding.fix.applicability == "safe"
            else "cvlint check --fix --unsafe-fixes can make this change: read it over first."
        )
        lines = [*change.before, *change.after]
        indent = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
        before = "<br>".join(_shown(line[indent:]) for line in change.before)
        after = "<br>".join(_shown(line[indent:]) for line in change.after) or "(the line is removed)"
        parts.append(
            f'<div class="change"><div class="before">{before}</div><div class="after">{after}</div>'
            f'<div class="how">{html.escape(how)}</div></div>'
        )
    parts.append(
        f'<p class="code">{html.escape(finding.code)} {_shown(finding.rule)} · {unit} {finding.line}, '
        f"column {finding.column}</p></div>"
    )
    return "".join(parts)


def _gauge(total: int) -> str:
    colour = "#0b7a3e" if total >= 85 else "#b26a00" if total >= 60 else "#c62828"
    arc = "M 15 75 A 60 60 0 0 1 135 75"
    return (
        f'<svg class="gauge-svg" viewBox="0 0 150 95" width="220" role="img" aria-label="score {total} out of 100">'
        f'<path d="{arc}" fill="none" stroke="#e4e7eb" stroke-width="16" stroke-linecap="round" pathLength="100"/>'
        f'<path d="{arc}" fill="none" stroke="{colour}" stroke-width="16" stroke-linecap="round" pathLength="100" '
        f'stroke-dasharray="{max(total, 0.5)} 100"/>'
        f'<text x="75" y="70" text-anchor="middle" font-size="34" font-weight="700" fill="#1f2933">{total}</text>'
        f'<text x="75" y="90" text-anchor="middle" font-size="12" fill="#52606d">out of 100</text></svg>'
    )


def _bars(result: Score) -> str:
    descriptions = {name: str(spec.get("description", "")) for name, spec in scoring()["categories"].items()}
    row = 44
    rows: list[str] = []
    for index, part in enumerate(result.categories):
        y = index * row
        width = 0 if not part.weight else _BAR * part.points / part.weight
        colour = "#0b7a3e" if part.points == part.weight else "#b26a00" if part.points * 2 >= part.weight else "#c62828"
        found = f" · {part.findings} note{'' if part.findings == 1 else 's'}" if part.findings else ""
        rows.append(
            f'<g class="bar" data-category="{html.escape(part.name)}">'
            f'<text x="0" y="{y + 14}" font-size="14" font-weight="600" fill="#1f2933">'
            f"{html.escape(part.name.capitalize())}</text>"
            f'<text x="{_BAR}" y="{y + 14}" font-size="13" text-anchor="end" fill="#52606d">'
            f"{part.points} of {part.weight}{found}</text>"
            f'<rect x="0" y="{y + 20}" width="{_BAR}" height="12" rx="6" fill="#e4e7eb"/>'
            f'<rect x="0" y="{y + 20}" width="{width:.1f}" height="12" rx="6" fill="{colour}"/>'
            f"<title>{html.escape(descriptions.get(part.name, ''))}</title></g>"
        )
    height = row * len(result.categories)
    return (
        f'<svg class="bars-svg" viewBox="0 0 {_BAR} {height}" width="{_BAR}" role="img" '
        f'aria-label="score by category">{"".join(rows)}</svg>'
    )


def _overview(result: Score, findings: list[Finding]) -> str:
    errors = sum(1 for f in findings if f.severity == "error")
    if not findings:
        verdict = "No notes: this reads cleanly."
    elif errors:
        verdict = f"{errors} thing{'' if errors == 1 else 's'} to fix first, {len(findings)} notes in all."
    else:
        verdict = f"{len(findings)} note{'' if len(findings) == 1 else 's'}, none of them blocking."
    return (
        f'<section class="card overview"><div class="gauge">{_gauge(result.total)}</div>'
        f'<div class="bars">{_bars(result)}<p class="verdict">{html.escape(verdict)}</p></div></section>'
    )


def _priorities(findings: list[Finding], numbers: dict[int, int], catalogue: Catalogue, unit: str) -> str:
    """Findings grouped by rule: errors first, then the groups whose fixing gains the most points."""
    current = score(findings, catalogue).total
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.code, []).append(finding)
    ranked = []
    for code, members in groups.items():
        rest = [f for f in findings if f.code != code]
        gain = score(rest, catalogue).total - current
        worst = max(SEVERITY_RANK[f.severity] for f in members)
        ranked.append((-(worst == SEVERITY_RANK["error"]), -gain, -len(members), code, members, gain))
    ranked.sort(key=lambda item: item[:4])
    items: list[str] = []
    for *_, code, members, gain in ranked:
        rule = catalogue.get(code)
        what = rule.summary if rule is not None else members[0].message
        severity = max((f.severity for f in members), key=SEVERITY_RANK.__getitem__)
        places = sorted(members, key=lambda f: f.start)
        links = " ".join(f'<a href="#finding-{numbers[id(f)]}">{unit} {f.line}</a>' for f in places[:_LINKS])
        if len(places) > _LINKS:
            links += f" and {len(places) - _LINKS} more"
        gained = f' <span class="gain">+{gain} point{"" if gain == 1 else "s"}</span>' if gain else ""
        items.append(
            f'<li data-rule="{html.escape(code)}"><span class="badge {severity}">{_LABELS[severity]}</span>'
            f'<span class="what">{_shown(what[:1].upper() + what[1:])}</span>{gained}'
            f' <span class="where">({len(members)}: {links})</span></li>'
        )
    if not items:
        return ""
    return f'<section class="card todo"><h2>What to do first</h2><ol>{"".join(items)}</ol></section>'


def _body(document: Document, findings: list[Finding], numbers: dict[int, int], source: Source, unit: str) -> str:
    """The résumé section by section, findings highlighted in place with their notes beside them."""
    groups = _blocks(document)
    placed: set[int] = set()
    starts = [f.start for f in findings]  # the findings come sorted by where they start
    longest = max((f.end - f.start for f in findings), default=0)
    rendered: list[tuple[Section | None, list[tuple[_Block, str]]]] = []
    for section, blocks in groups:
        shown = []
        for block in blocks:
            low, high = block.start, block.end
            candidates = findings[bisect_left(starts, low - longest) : bisect_right(starts, high)]
            near = [
                (numbers[id(f)], f)
                for f in candidates
                if numbers[id(f)] not in placed and f.start <= high and low <= f.end
            ]
            before = set(placed)
            content = " · ".join(_highlighted(part, near, placed) for part in block.parts)
            # Findings on what the block's text leaves out (a bullet's marker, an empty bullet) go here too.
            inside = [(n, f) for n, f in near if n not in placed and block.start <= f.start and f.end <= block.end]
            if inside:
                marks = "".join(
                    f'<mark class="point {f.severity}" data-findings="{n}" title="here">‸</mark>' for n, f in inside
                )
                content = marks + content
                placed.update(n for n, _ in inside)
            block.notes = sorted(placed - before)
            shown.append((block, content))
        rendered.append((section, shown))
    by_number = {numbers[id(f)]: f for f in findings}
    elsewhere: dict[int | None, list[int]] = {}
    for number, finding in sorted(by_number.items()):
        if number in placed:
            continue
        home: int | None = None
        for i, (section, _) in enumerate(rendered):
            if section is not None and section.span.start <= finding.start:
                home = i
        elsewhere.setdefault(home, []).append(number)
    out: list[str] = ['<section class="card resume"><h2>Your résumé, with notes</h2>']

    def row(kind: str, content: str, notes: list[int]) -> str:
        noted = " noted" if notes else ""
        beside = "".join(_note(n, by_number[n], source, unit) for n in notes)
        return (
            f'<div class="block{noted}"><div class="text {kind}">{content}</div><div class="notes">{beside}</div></div>'
        )

    for number in elsewhere.get(None, []):
        excerpt = _source_excerpt(source, number, by_number[number])
        out.append(row("source", excerpt, [number]))
    for i, (_section, shown) in enumerate(rendered):
        out.append('<div class="part">')
        for block, content in shown:
            out.append(row(block.kind, content, block.notes))
        for number in elsewhere.get(i, []):
            excerpt = _source_excerpt(source, number, by_number[number])
            out.append(row("source", excerpt, [number]))
        out.append("</div>")
    out.append("</section>")
    return "".join(out)


def _page(title: str, articles: Iterable[str]) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_shown(title)}</title><style>{_STYLE}</style></head><body><main>"
        + "".join(articles)
        + f"<footer>Written by cvlint {html.escape(__version__)}. This page is one file: it loads nothing from "
        "anywhere else.</footer></main></body></html>\n"
    )


def report_article(path: str, document: Document, findings: list[Finding], text: str, catalogue: Catalogue) -> str:
    """One file's part of a report: overview, what to do first, and the résumé with its notes."""
    ordered = sorted(findings, key=lambda f: (f.start, f.end, f.code))
    numbers = {id(f): index for index, f in enumerate(ordered, 1)}
    result = score(ordered, catalogue)
    unit = "paragraph" if document.format == "docx" else "line"  # a PDF's findings say their page
    return (
        f'<article class="report" data-path="{html.escape(path)}"><header class="page"><h1>Résumé review</h1>'
        f'<p class="file">{_shown(path)}</p></header>'
        + _overview(result, ordered)
        + _priorities(ordered, numbers, catalogue, unit)
        + _body(document, ordered, numbers, Source(text), unit)
        + "</article>"
    )


def render_report(articles: list[str], title: str) -> str:
    """A whole report page from the articles of its files."""
    return _page(title, articles)


def render_scores(scored: list[tuple[str, list[Finding]]], catalogue: Catalogue) -> str:
    """``cvlint score --output-format html``: each file's gauge and category bars."""
    articles = []
    for path, findings in scored:
        result = score(findings, catalogue)
        articles.append(
            f'<article class="report" data-path="{html.escape(path)}"><header class="page"><h1>Résumé score</h1>'
            f'<p class="file">{_shown(path)}</p></header>{_overview(result, findings)}</article>'
        )
    return _page("cvlint score", articles)
