"""YAML résumés into the résumé model: RenderCV's layout, or another read by the meaning of its keys."""

from __future__ import annotations

from ruamel.yaml.comments import CommentedMap

from cvlint.model.document import DataKey, Heading, Line, Paragraph, Section, Span
from cvlint.parse.rendercv import RenderCV, is_rendercv
from cvlint.parse.yaml_layouts import Layout, contact_texts, holder
from cvlint.parse.yaml_source import YamlError, YamlSource, load, source_lines

__all__ = ["YamlError", "escape", "read_yaml"]


def read_yaml(source: str) -> tuple[list[Line], Heading | None, list[Section], list[DataKey]]:
    """Lines, title, sections and the keys RenderCV checks, of a YAML résumé; raises ``YamlError``."""
    root = load(source)
    lines = source_lines(source)
    yaml = YamlSource(source)
    if not isinstance(root, CommentedMap):
        return lines, None, [], []
    rendercv = is_rendercv(root)
    cv = root["cv"] if rendercv else holder(root)
    name = yaml.first_text(cv, ("name", "whoami"))
    title = Heading(name.span, name, 1) if name is not None else None
    contact = Section(None, "contact", Span(0, 0))
    contact.paragraphs.extend(Paragraph(text.span, text) for text in contact_texts(yaml, cv))
    body = RenderCV(yaml).read(root, cv, cv["sections"]) if rendercv else Layout(yaml).read(cv)
    return lines, title, [contact, *body], yaml.keys


def escape(text: str) -> str:
    """``text`` as it may stand inside a YAML scalar that already holds plain text: unchanged."""
    return text
