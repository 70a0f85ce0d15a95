"""Checks of the exports with their own field's libraries: followthemoney and frictionless."""
from __future__ import annotations

import json
from pathlib import Path


def check_ftm(text: str) -> list[dict]:
    """Every line a valid FollowTheMoney entity whose references point to entities of the file
    with a fitting schema; returns the entities."""
    from followthemoney import model

    entities = [json.loads(line) for line in text.splitlines()]
    schemata = {e["id"]: model.get(e["schema"]) for e in entities}
    assert len(schemata) == len(entities), "duplicate ids"
    for entity in entities:
        schema = schemata[entity["id"]]
        assert schema is not None and not schema.abstract, entity
        for name, values in entity["properties"].items():
            prop = schema.get(name)
            assert prop is not None, (entity["id"], name)
            for value in values:
                assert prop.type.validate(value), (entity["id"], name, value)
                if prop.type.name == "entity":
                    assert value in schemata and schemata[value].is_a(prop.range), (entity["id"], name, value)
        proxy = model.get_proxy(entity)
        kept = {k: sorted(v) for k, v in proxy.to_dict()["properties"].items()}
        assert kept == entity["properties"], entity["id"]  # nothing the library drops as invalid
    return entities


def check_datapackage(folder: Path):
    """frictionless's report on the package (asserted valid); returns the package descriptor."""
    import frictionless

    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["resourcePath", "rowNumber", "fieldName", "type", "note"])
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
