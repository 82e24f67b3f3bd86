"""Markdown files with YAML front matter: read them with the line of every key, write them stably.

Writing is deterministic (keys in the order given, flow lists for short scalar lists, quotes only where
YAML needs them) so that a person's hand edit shows up as a small diff.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import yaml

FENCE = "---"


# libyaml's parser when PyYAML was built with it (its wheels are): the same nodes and marks, several times faster.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Loader(_Base):
    """SafeLoader that leaves dates as text: '2016-02-30' must reach validation as a string, not crash
    YAML's date constructor, and '2016-12-02' reads the same whether or not YAML thinks it is a date."""


# YAML 1.1 also reads yes/no/on/off as booleans, so "title: No" would become False: only true/false are.
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
Loader.yaml_implicit_resolvers = {
    ch: [(tag, _BOOL if tag == "tag:yaml.org,2002:bool" else rx)
         for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class PyLoader(yaml.SafeLoader):
    """The pure-Python twin of Loader: slower, but its error messages and positions are the clearer ones."""


PyLoader.yaml_implicit_resolvers = Loader.yaml_implicit_resolvers


def _compose_and_load(text: str, loader_class):
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def load_yaml(text: str):
    return yaml.load(text, Loader=Loader)


def load_with_lines(text: str) -> tuple[object, dict[str, int]]:
    """A YAML file's data and the 1-based line of each top-level key, in one parse.

    Raises yaml.YAMLError; a syntax error comes from the pure-Python parser, whose message is the clearer."""
    try:
        node, data = _compose_and_load(text, Loader)
    except yaml.YAMLError:
        node, data = _compose_and_load(text, PyLoader)
    lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value} if isinstance(node, yaml.MappingNode) else {}
    return data, lines


class FrontMatterError(Exception):
    """A problem that stops a file from being read at all; `line` is 1-based in the file."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class Document:
    meta: dict
    body: str
    body_line: int                                     # 1-based line where the body starts
    key_lines: dict[str, int] = field(default_factory=dict)   # top-level key -> 1-based line
    item_lines: dict[str, list[int]] = field(default_factory=dict)  # list key -> line of each item

    def line_of(self, key: str, index: int | None = None) -> int:
        if index is not None and key in self.item_lines and index < len(self.item_lines[key]):
            return self.item_lines[key][index]
        return self.key_lines.get(key, 1)


def _scalar(value):
    # YAML turns 2016-12-02 into a date and 2016 into an int; the content model wants the text back.
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _plain(node):
    if isinstance(node, dict):
        return {str(_scalar(k)): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return _scalar(node)


def parse(text: str) -> Document:
    """Split and parse a front-matter document. Raises FrontMatterError with the offending line."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != FENCE:
        raise FrontMatterError(1, "missing front matter: the file must start with a line '---'")
    for end in range(1, len(lines)):
        if lines[end].rstrip() == FENCE:
            break
    else:
        raise FrontMatterError(1, "front matter is not closed: add a line '---' after the last key")
    yaml_text = "\n".join(lines[1:end])
    try:
        try:
            node, data = _compose_and_load(yaml_text, Loader)
        except yaml.YAMLError:
            node, data = _compose_and_load(yaml_text, PyLoader)   # raises again, with the clearer message
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark is not None else 1
        problem = exc.problem or exc.context or "invalid YAML"
        raise FrontMatterError(line, f"malformed YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise FrontMatterError(1, f"malformed YAML: {exc}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError(2, "front matter must be a mapping of keys to values (key: value)")
    key_lines: dict[str, int] = {}
    item_lines: dict[str, list[int]] = {}
    if isinstance(node, yaml.MappingNode):
        for knode, vnode in node.value:
            key = str(_scalar(yaml.safe_load(knode.value) if knode.tag.endswith(":int") else knode.value))
            key_lines[key] = knode.start_mark.line + 2
            if isinstance(vnode, yaml.SequenceNode):
                item_lines[key] = [item.start_mark.line + 2 for item in vnode.value]
    body = "\n".join(lines[end + 1:])
    return Document(meta=_plain(data), body=body, body_line=end + 2, key_lines=key_lines, item_lines=item_lines)


# ---------------------------------------------------------------------------------------------- writing
class _Dumper(yaml.SafeDumper):
    pass


def _str_representer(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _emit_value(value):
    """Dates are written bare (2016-12-02, 2016-11, 2016), not quoted, so they read as people write them."""
    if isinstance(value, str) and _DATE_RE.match(value):
        if len(value) == 4:
            return int(value)
        if len(value) == 10:
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return value
    return value


def dump_meta(meta: dict) -> str:
    out = []
    for key, value in meta.items():
        value = _emit_value(value)
        if value is None or value == "":
            out.append(f"{key}:")
            continue
        if isinstance(value, list) and all(not isinstance(v, (list, dict)) for v in value):
            text = yaml.dump({key: value}, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                             default_flow_style=True, width=1 << 16).strip()
            # default_flow_style wraps the whole mapping in braces; keep only "key: [a, b]".
            out.append(text[1:-1] if text.startswith("{") else text)
            continue
        out.append(yaml.dump({key: value}, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                             default_flow_style=False, width=100).rstrip("\n"))
    return "\n".join(out) + "\n"


def dump(meta: dict, body: str) -> str:
    body = body.strip("\n")
    return f"{FENCE}\n{dump_meta(meta)}{FENCE}\n" + (f"\n{body}\n" if body else "")
