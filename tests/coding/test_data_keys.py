"""Every data file under coding/data is a YAML mapping with no key given twice: YAML lets a later key
silently replace an earlier one, so a word list added under a name already in use would be lost (or,
worse, replace the list the code reads under that name)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import eventwire.coding as coding

DATA = Path(coding.__file__).parent / "data"
FILES = sorted(DATA.rglob("*.yaml"))


class _StrictLoader(yaml.SafeLoader):
    pass


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict = {}
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ValueError(f"line {key_node.start_mark.line + 1}: key {key!r} given twice "
                             f"(first on line {seen[key] + 1})")
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_there_are_data_files():
    assert len(FILES) > 10


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(DATA)) for p in FILES])
def test_no_key_given_twice(path):
    with path.open(encoding="utf-8") as fh:
        yaml.load(fh, Loader=_StrictLoader)  # raises on a key given twice
