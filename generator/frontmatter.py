"""Markdown files with YAML front matter: read them with the line of every key, write them stably.

Writing is deterministic (keys in the order given, flow lists for short scalar lists, quotes only where
YAML needs them) so that a person's hand edit shows up as a small diff.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import NoReturn

import yaml

FENCE = "---"


# libyaml's parser when PyYAML was built with it (its wheels are): the same nodes and marks, several times faster.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_YAML_TAG = "tag:yaml.org,2002:"
_DEFAULT_TAGS = {yaml.SequenceNode: _YAML_TAG + "seq", yaml.MappingNode: _YAML_TAG + "map"}
# Content nests three levels at most (sources: - quote:). The limit is far above that and far below the depth
# at which libyaml's composer, which recurses in C, overflows the stack and kills the process (some 20,000 to
# 50,000 levels, by the stack size).
MAX_DEPTH = 100
# A text this short cannot nest deep enough to crash the composer, so it is not scanned for depth first.
_SCAN_LONGER_THAN = 4096


class YAMLProblem(yaml.YAMLError):
    """Why a YAML text cannot be read: `line` is 1-based in that text, `message` says what is wrong and `fix`,
    when the problem is specific enough to know it, what to do (else each caller says it in its own words)."""

    def __init__(self, line: int, message: str, fix: str | None = None):
        super().__init__(message)
        self.line = line
        self.message = message
        self.fix = fix


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_YAML_TAG):] if tag.startswith(_YAML_TAG) else tag


class _ExplainsConstruction:
    """A value a constructor cannot make (`!!int abc`, `!!timestamp x`, `0x_`, an unknown tag) raises whatever
    the constructor raises (ValueError, KeyError, AttributeError ...) and names no line: turn it into a
    YAMLProblem at the value's own line. Every value is built in place (deep), not left for later as PyYAML
    does with lists and mappings, so the failing node is still known here; the innermost one is named."""

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep=True)
        except (YAMLProblem, RecursionError):
            raise
        except Exception as exc:
            problem = self._construction_problem(node, exc)
            if problem is None:
                raise
            raise problem from None

    def _construction_problem(self, node, exc) -> YAMLProblem | None:
        line = node.start_mark.line + 1
        tag = _short_tag(node.tag)
        if node.tag not in self.yaml_constructors:
            return YAMLProblem(line, f"the tag '{tag}' is not supported",
                               "remove it: content is plain text, lists and 'key: value' lines")
        if isinstance(node, yaml.ScalarNode):
            if self.resolve(yaml.ScalarNode, node.value, (True, False)) == node.tag:
                # No tag written: YAML took the value for a number by its look ("0x_").
                return YAMLProblem(line, f"{node.value!r} is not a valid number",
                                   "put it in quotes to keep it as text, or correct the number")
            return YAMLProblem(line, f"{node.value!r} is not a valid {tag}",
                               f"remove the tag '{tag}' (a plain value needs none) or correct the value")
        if node.tag != _DEFAULT_TAGS.get(type(node)):
            what = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
            return YAMLProblem(line, f"{what} is not a valid {tag}", f"remove the tag '{tag}'")
        return None      # an untagged list or mapping: the error is the YAML's own (an unhashable key ...)


class Loader(_ExplainsConstruction, _Base):
    """SafeLoader that leaves dates as text: '2016-02-30' must reach validation as a string, not crash
    YAML's date constructor, and '2016-12-02' reads the same whether or not YAML thinks it is a date."""


# YAML 1.1 also reads yes/no/on/off as booleans, so "title: No" would become False: only true/false are.
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
Loader.yaml_implicit_resolvers = {
    ch: [(tag, _BOOL if tag == "tag:yaml.org,2002:bool" else rx)
         for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class PyLoader(_ExplainsConstruction, yaml.SafeLoader):
    """The pure-Python twin of Loader: slower, but its error messages and positions are the clearer ones."""


PyLoader.yaml_implicit_resolvers = Loader.yaml_implicit_resolvers


def _compose_and_load(text: str, loader_class):
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def _refuse_anchors_and_depth(text: str) -> None:
    """Raise YAMLProblem at the first anchor or alias, or where nesting passes MAX_DEPTH.

    Nine lines of anchors and aliases ("billion laughs") stand for a billion values: every later step that
    walks the data would take minutes and gigabytes. Content has no use for them, so they are refused before
    anything is built. Reading events only (no nodes) keeps this cheap; a syntax error ends the scan quietly,
    for composing to report with its clearer message."""
    try:
        loader = Loader(text)
    except (yaml.YAMLError, UnicodeError):
        return          # a character YAML refuses: composing reports it
    depth = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent):
                raise YAMLProblem(event.start_mark.line + 1, f"YAML aliases ('*{event.anchor}') are not allowed",
                                  "write the value out in full; put the value in quotes if '*' is part of the text")
            if getattr(event, "anchor", None) is not None:
                raise YAMLProblem(event.start_mark.line + 1, f"YAML anchors ('&{event.anchor}') are not allowed",
                                  "write the value out in full; put the value in quotes if '&' is part of the text")
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _too_deep_at(event.start_mark.line + 1)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except YAMLProblem:
        raise
    except (yaml.YAMLError, UnicodeError) as exc:
        # libyaml 0.2.6 and later stop at 1,000 levels themselves, while scanning ahead of the events.
        mark = getattr(exc, "problem_mark", None)
        if mark is not None and "nesting depth" in str(getattr(exc, "problem", "")):
            raise _too_deep_at(mark.line + 1) from None
    finally:
        loader.dispose()


def _too_deep_at(line: int) -> YAMLProblem:
    return YAMLProblem(line, f"lists and mappings are nested more than {MAX_DEPTH} deep",
                       "content needs three levels at most: check the brackets and '- ' items on this line")


def _open_bracket(text: str, before) -> yaml.Token | None:
    """The innermost '[' or '{' opened before the mark `before` and never closed in the whole text."""
    loader = PyLoader(text)
    stack = []
    try:
        while loader.check_token():
            token = loader.get_token()
            if isinstance(token, (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken)):
                stack.append(token)
            elif isinstance(token, (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken)) and stack:
                stack.pop()
    except yaml.YAMLError:
        pass
    finally:
        loader.dispose()
    opened = [t for t in stack if (t.start_mark.line, t.start_mark.column) < (before.line, before.column)]
    return opened[-1] if opened else None


def _syntax_problem(text: str, exc: yaml.MarkedYAMLError) -> YAMLProblem:
    """The parser notices an unclosed '[' or quote only lines later, where the text stops making sense; the
    person has to fix the line where it opened, so that is the line named."""
    mark = exc.problem_mark or exc.context_mark
    if exc.context == "while scanning a quoted scalar" and exc.context_mark is not None:
        at = exc.context_mark
        lines = text.split("\n")
        quote = lines[at.line][at.column] if at.column < len(lines[at.line]) else '"'
        inside = "\\\"" if quote == '"' else "''"
        return YAMLProblem(at.line + 1, f"malformed YAML: the quote {quote} opened on this line is never closed",
                           f"end the value with {quote}; a {quote} inside the value is written {inside}")
    if mark is not None:
        bracket = _open_bracket(text, mark)
        if bracket is not None:
            char = "[" if isinstance(bracket, yaml.FlowSequenceStartToken) else "{"
            close = "]" if char == "[" else "}"
            return YAMLProblem(bracket.start_mark.line + 1,
                               f"malformed YAML: the '{char}' on this line is never closed",
                               f"close it with '{close}', or put the value in quotes if the '{char}' is part of "
                               f"the text")
    return YAMLProblem(mark.line + 1 if mark is not None else 1,
                       f"malformed YAML: {exc.problem or exc.context or 'invalid YAML'}")


def read_yaml(text: str):
    """A YAML text's root node and data. Raises YAMLProblem, never anything else, whatever the text."""
    if "&" in text or "*" in text or len(text) > _SCAN_LONGER_THAN:
        _refuse_anchors_and_depth(text)
    try:
        try:
            return _compose_and_load(text, Loader)
        except YAMLProblem:
            raise
        except yaml.YAMLError:
            return _compose_and_load(text, PyLoader)   # raises again, with the clearer message and position
    except YAMLProblem:
        raise
    except RecursionError:
        _too_deep(text)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_problem(text, exc) from None
    except (yaml.reader.ReaderError, UnicodeError):
        raise _character_problem(text) from None
    except yaml.YAMLError as exc:
        raise YAMLProblem(1, f"malformed YAML: {exc}") from None


# The characters YAML refuses (yaml.reader.Reader.NON_PRINTABLE), and lone surrogates, which cannot be encoded.
_NOT_YAML = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def _character_problem(text: str) -> YAMLProblem:
    """YAML names a character it refuses by its offset in the text, on two lines: name its line instead."""
    found = _NOT_YAML.search(text)
    if found is None:
        return YAMLProblem(1, "malformed YAML: a character YAML cannot read", "save the file as UTF-8 text")
    return YAMLProblem(text.count("\n", 0, found.start()) + 1,
                       f"malformed YAML: the character U+{ord(found[0]):04X} is not allowed",
                       "delete it; most editors do not show it, so retype the line")


def _too_deep(text: str) -> NoReturn:
    # Only a text nested past MAX_DEPTH recurses this far, and the scan names the line where it does.
    _refuse_anchors_and_depth(text)
    raise YAMLProblem(1, "the YAML is nested too deeply to read", "simplify the lists and mappings")


def load_yaml(text: str):
    return read_yaml(text)[1]


def load_with_lines(text: str) -> tuple[object, dict[str, int]]:
    """A YAML file's data and the 1-based line of each top-level key, in one parse.

    Raises YAMLProblem for anything that cannot be read: a syntax error, a value its tag cannot make, an
    anchor or alias, nesting past MAX_DEPTH."""
    node, data = read_yaml(text)
    lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value} if isinstance(node, yaml.MappingNode) else {}
    return data, lines


class FrontMatterError(Exception):
    """A problem that stops a file from being read at all; `line` is 1-based in the file."""

    def __init__(self, line: int, message: str, fix: str | None = None):
        super().__init__(message)
        self.line = line
        self.message = message
        self.fix = fix          # what to do, when the problem is specific enough to know it


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
        node, data = read_yaml(yaml_text)
        try:
            meta = _plain(data)
        except RecursionError:
            _too_deep(yaml_text)      # a short text is composed unscanned: nesting past MAX_DEPTH ends here
    except YAMLProblem as exc:
        raise FrontMatterError(exc.line + 1, exc.message, exc.fix) from None    # the YAML starts on line 2
    if data is None:
        data = meta = {}
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
    return Document(meta=meta, body=body, body_line=end + 2, key_lines=key_lines, item_lines=item_lines)


# ---------------------------------------------------------------------------------------------- writing
class _Dumper(yaml.SafeDumper):
    pass


def _str_representer(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# The keys whose values are dates. Only these are written bare: any other text that looks like a year
# ("0123", "1989" as a title) must stay quoted, or it would read back as a number.
DATE_KEYS = frozenset({"date", "end", "published"})


def _emit_value(key: str, value):
    """Dates are written bare (2016-12-02, 2016-11, 2016), not quoted, so they read as people write them."""
    if key in DATE_KEYS and isinstance(value, str) and _DATE_RE.match(value):
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
        value = _emit_value(key, value)
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
