"""Registries with versioned names, after thinc's `registry`: stages, coders and exporters are
registered under names such as ``"eventwire.actors.v1"``; built-ins use the same hooks a plugin
would (entry point group ``eventwire_stages``)."""
from __future__ import annotations

import catalogue

stages = catalogue.create("eventwire", "stages", entry_points=True)
exporters = catalogue.create("eventwire", "exporters", entry_points=True)


def get_stage(name: str):
    from .errors import EventwireError

    try:
        return stages.get(name)
    except catalogue.RegistryError:
        raise EventwireError("E041", name=name, known=sorted(stages.get_all())) from None
