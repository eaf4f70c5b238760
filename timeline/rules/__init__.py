"""Rule tables as data: YAML files shipped in the package, each rule family beside the examples the tests run.

One loader serves every stage; each table lives beside the code that runs it (`timeline/text/lexicon.yaml`,
`timeline/events/events.yaml`, `timeline/read/rules.yaml`, `timeline/tagger/rules/`, `timeline/merge/`).
PyYAML is imported on first use, so that importing a stage stays cheap (`timeline --help` must start at once).
A table is read from the package's folder on disk; importlib.resources (which imports a dozen modules: zipfile,
tempfile, shutil, ...) only reads a package that is not in a folder (a zip).

What a run derives from its tables and reads the same way every time (a table parsed, the tagger rules' first
characters) is kept between runs as Python keeps bytecode (`cached`): in the package's `__pycache__` folder, written
only where Python would write bytecode (not under PYTHONDONTWRITEBYTECODE, not in a read-only install), and used only
when the text it was made from is unchanged, so a run gives the same bytes with or without it. The regex code of the
rule families' patterns is kept the same way (`kept_regex`: the tagger's rules, the `glued` sentence rules, the
filters), so that an installed run does not parse and compile ~100 patterns anew.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


@cache
def load_yaml(package: str, *path: str) -> Any:
    """The parsed YAML file at `path` inside `package` (read once per process; treat it as read-only)."""
    text = _table_text(package, *path)
    return cached(package, "-".join(path), text, lambda: _parse_yaml(text))


def _parse_yaml(text: str) -> Any:
    import yaml

    # libyaml's loader when PyYAML has it: the same data (tests/test_imports.py), ten times faster to read
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader


def cached(package: str, name: str, key: object, compute: Callable[[], T]) -> T:
    """`compute()`, kept between runs in `package`'s `__pycache__` folder as NAME.<python tag>.marshal together with
    `key` (what it is made from: a table's text, the rules' patterns), and read from there while the key is equal.
    Written only where Python writes bytecode (`sys.dont_write_bytecode` false, the folder writable) and only for
    values `marshal` keeps exactly (no dates, no objects); anything else is computed as before."""
    path = _cache_path(package, name)
    if path is not None:
        try:
            with open(path, "rb") as handle:
                stored_key, value = marshal.loads(handle.read())
            if type(stored_key) is type(key) and stored_key == key:
                return value  # type: ignore[no-any-return]
        except (OSError, ValueError, EOFError, TypeError):
            pass  # absent, unreadable or of another shape: computed again
    value = compute()
    if path is not None and not sys.dont_write_bytecode:
        try:
            data = marshal.dumps((key, value))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            partial = f"{path}.{os.getpid()}.tmp"
            with open(partial, "wb") as handle:
                handle.write(data)
            os.replace(partial, path)  # whole or not at all: a run reading it at the same time sees one or the other
        except (OSError, ValueError):
            pass  # a read-only install, or a value marshal does not keep: not kept
    return value


def kept_regex(package: str, name: str, sources: tuple[tuple[str, int], ...], i: int) -> re.Pattern[str]:
    """`re.compile(*sources[i])`, from the compiled code of every pattern of `sources` (a family of patterns, each as
    (pattern, flags)) kept between runs by `cached` as NAME: what `re` makes of a pattern is a list of numbers, and
    making it (parsing the pattern and compiling the parse, in Python) is most of what compiling costs; the regex
    engine builds the pattern from the kept numbers at once (`_sre.compile`, as `re` itself does). Kept with the
    Python version and the engine's code format, and read only while both and the patterns are the same. Where
    nothing is kept and nothing can be (no bytecode written here: this checkout's PYTHONDONTWRITEBYTECODE) the pattern
    is compiled alone, as before, so a run that needs a few patterns of a family compiles no more. The patterns are
    equal to `re.compile`'s, code and groups (tests/test_kept_regex.py)."""
    codes = _kept_codes(package, name, sources)
    source, flags = sources[i]
    if codes is not None:
        try:
            import _sre

            code_flags, code, groups, groupindex, indexgroup = codes[i]
            return _sre.compile(source, code_flags, code, groups, groupindex, indexgroup)  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - kept code this Python does not take: compiled anew
            pass
    return re.compile(source, flags)


@cache
def _kept_codes(package: str, name: str, sources: tuple[tuple[str, int], ...]) -> tuple[Any, ...] | None:
    """The compiled code of every pattern of `sources`, kept between runs (kept_regex), or None where none is kept
    and none would be written."""
    path = _cache_path(package, name)
    if path is None or (sys.dont_write_bytecode and not os.path.exists(path)):
        return None
    try:
        import _sre

        key = (sys.version, _sre.MAGIC, _sre.CODESIZE, tuple((source, int(flags)) for source, flags in sources))
        return cached(package, name, key, lambda: tuple(_regex_code(source, flags) for source, flags in sources))
    except Exception:  # noqa: BLE001 - a Python whose `re` is made otherwise: patterns compiled alone
        return None


def _regex_code(source: str, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` hands `_sre.compile` for `source`: its flags, code, groups and group names."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for key, index in groupindex.items():
        indexgroup[index] = key
    # the code holds the opcodes as int subclasses (named constants), which marshal does not keep: plain ints
    ops = [int(op) for op in code]
    return int(flags | parsed.state.flags), ops, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _cache_path(package: str, name: str) -> str | None:
    """Where `cached` keeps NAME for `package` (None for a package not in a folder)."""
    module = sys.modules.get(package)
    folder = os.path.dirname(module.__file__) if module is not None and module.__file__ else None
    if folder is None or not os.path.isdir(folder):
        return None
    return os.path.join(folder, "__pycache__", f"{name}.{sys.implementation.cache_tag}.marshal")


def _table_text(package: str, *path: str) -> str:
    """The text of the file at `path` inside `package` (an imported package): from its folder, else through
    importlib.resources."""
    module = sys.modules.get(package)
    folder = os.path.dirname(module.__file__) if module is not None and module.__file__ else None
    if folder is not None and os.path.isdir(folder):
        try:
            with open(os.path.join(folder, *path), encoding="utf-8") as handle:
                return handle.read()
        except FileNotFoundError:
            pass  # not on disk beside the package's code: let importlib.resources find it (or say it cannot)
    from importlib import resources

    return resources.files(package).joinpath(*path).read_text(encoding="utf-8")
