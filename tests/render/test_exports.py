"""The exports for other tools: ACLED-style CSV, FollowTheMoney entities, the Frictionless package."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from generator.model import ACTOR_KINDS, EVENT_TYPES
from generator.render.acled import ACLED_COLUMNS, figure
from generator.render.event_codes import EVENT_CODES, methodology_table
from generator.render.site import render_site
from tests.export_checks import check_datapackage, check_ftm
from tests.site_fixtures import REGISTRY, knowledge_base, site_settings

REPO = Path(__file__).resolve().parents[2]
ACLED_LAYOUT = ("event_date, time_precision, disorder_type, event_type, sub_event_type, actor1, assoc_actor_1, "
                "inter1, actor2, assoc_actor_2, inter2, interaction, country, admin1, admin2, location, latitude, "
                "longitude, geo_precision, source, source_scale, notes, fatalities").split(", ")


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    return render_site(knowledge_base(), REGISTRY, site_settings(tmp_path_factory.mktemp("exports")))


def _acled(pages) -> dict[str, dict[str, str]]:
    return {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(pages["data/acled.csv"], newline=""))}


def test_acled_csv_has_acleds_column_layout(pages):
    header = pages["data/acled.csv"].splitlines()[0].split(",")
    assert header == ["event_id_cnty", *ACLED_LAYOUT] == [c.name for c in ACLED_COLUMNS]


def test_acled_attack_row_maps_actors_place_and_lowest_fatalities(pages):
    row = _acled(pages)["2016-04-19-attack-kabul"]
    assert (row["event_date"], row["time_precision"]) == ("2016-04-19", "1")
    # an attack's ACLED type depends on target and weapon: left empty, not guessed
    assert (row["disorder_type"], row["event_type"], row["sub_event_type"]) == ("Political violence", "", "")
    assert (row["actor1"], row["inter1"]) == ("Haqqani Network", "2")
    # an Afghan agency in Kabul: state forces in their own country
    assert (row["actor2"], row["inter2"], row["interaction"]) == ("National Directorate of Security", "1", "12")
    assert (row["country"], row["location"], row["geo_precision"]) == ("Afghanistan", "Kabul", "1")
    assert row["latitude"].startswith("34.5") and row["longitude"].startswith("69.1")
    assert row["source"] == "Daily Outlook; Example Times"
    assert row["fatalities"] == "28"  # the sources say 28 and "at least 64": the lowest figure
    assert row["notes"].startswith("The Haqqani Network attacked a National Directorate of Security building")


def test_acled_leaves_undecided_fields_empty(pages):
    rows = _acled(pages)
    clash = rows["2016-06-armed-clash-torkham"]
    assert (clash["event_type"], clash["sub_event_type"]) == ("Battles", "Armed clash")
    assert (clash["event_date"], clash["time_precision"]) == ("", "")  # June and July: coarser than a month
    # state forces, but the country of Torkham is not known to the gazetteer: no inter code, no interaction
    assert (clash["actor1"], clash["inter1"], clash["actor2"], clash["inter2"], clash["interaction"]) == (
        "Afghan government", "", "Pakistan", "", "")
    assert clash["fatalities"] == "" and clash["country"] == ""
    talks = rows["undated-meeting-or-talks-tehrik-e-nafaz-pakistan"]
    assert (talks["disorder_type"], talks["event_type"], talks["sub_event_type"]) == (
        "Strategic developments", "Strategic developments", "Other")


@pytest.mark.parametrize("text, expected", [
    ("28", 28), ("at least 64", 64), ("more than 1,200", 1200), ("about twenty-one", 21), ("a dozen", 12),
    ("up to 30", None), ("nearly 40", None), ("dozens", None), ("hundreds", None),
])
def test_fatality_figures_follow_the_conservative_rule(text, expected):
    assert figure(text) == expected


def test_event_code_table_covers_every_type_and_is_on_the_methodology_page():
    assert set(EVENT_CODES) == set(EVENT_TYPES)
    page = (REPO / "docs" / "methodology.md").read_text(encoding="utf-8")
    assert methodology_table() in page
    for kind in ACTOR_KINDS:
        assert f"| `{kind}` |" in page


def test_ftm_entities_validate_with_followthemoney(pages):
    entities = {e["id"]: e for e in check_ftm(pages["data/entities.ftm.jsonl"])}
    attack = entities["rs-event-2016-04-19-attack-kabul"]
    assert attack["schema"] == "Event"
    assert attack["properties"]["organizer"] == ["rs-actor-haqqani-network"]
    assert attack["properties"]["involved"] == ["rs-actor-national-directorate-of-security"]
    assert attack["properties"]["date"] == ["2016-04-19"] and attack["properties"]["country"] == ["af"]
    assert entities["rs-event-2016-06-armed-clash-torkham"]["properties"]["startDate"] == ["2016-06"]
    assert entities["rs-actor-pakistan"]["schema"] == "PublicBody"
    assert entities["rs-actor-haqqani-network"]["properties"]["parent"] == ["rs-actor-taliban"]
    assert entities["rs-actor-haqqani-network"]["properties"]["sourceUrl"] == [
        "https://en.wikipedia.org/wiki/Haqqani_network"]  # the javascript: link is not exported
    report = entities["rs-report-2016-04-19-attack-kabul-kabul-attack-report"]
    assert (report["schema"], report["properties"]["document"]) == ("Documentation", ["rs-article-kabul-attack-report"])
    mention = entities["rs-mention-pentagon-report-haqqani-network"]
    assert mention["properties"]["name"] == ["Haqqani Network", "Haqqani network"]


def test_datapackage_describes_every_download_and_validates(pages, tmp_path):
    for path, text in pages.items():
        if path.startswith("data/") and not path.endswith((".md", ".xml")):  # not the Atom feeds
            (tmp_path / path.removeprefix("data/")).write_text(text, encoding="utf-8")
    package = check_datapackage(tmp_path)
    resources = {r["path"]: r for r in package["resources"]}
    assert set(resources) == {p.removeprefix("data/") for p in pages if p.startswith("data/")
                              and not p.endswith((".md", ".xml", "datapackage.json"))}
    assert "schema" not in resources["events.geojson"]  # GeoJSON: described as a plain file, not a table
    for name, resource in resources.items():
        if name.endswith(".geojson"):
            continue
        header = [f["name"] for f in resource["schema"]["fields"]]
        if name.endswith(".csv"):
            assert header == pages[f"data/{name}"].splitlines()[0].split(",")
            assert all(f.get("description") for f in resource["schema"]["fields"]), name
    assert resources["mentions.csv"]["schema"]["foreignKeys"][0] == {
        "fields": ["actor_id"], "reference": {"resource": "actors-json", "fields": ["id"]}}
    fields = {f["name"]: f["type"] for f in resources["acled.csv"]["schema"]["fields"]}
    assert (fields["fatalities"], fields["latitude"], fields["notes"]) == ("integer", "number", "string")
    assert resources["events.json"]["schema"]["primaryKey"] == ["id"]
    assert {f["name"]: f["type"] for f in resources["actors.json"]["schema"]["fields"]}["aliases"] == "array"


def test_datapackage_validation_catches_a_broken_reference(pages, tmp_path):
    import frictionless

    for path, text in pages.items():
        if path.startswith("data/") and not path.endswith((".md", ".xml")):  # not the Atom feeds
            (tmp_path / path.removeprefix("data/")).write_text(text, encoding="utf-8")
    mentions = tmp_path / "mentions.csv"
    mentions.write_text(mentions.read_text(encoding="utf-8").replace(",pakistan\n", ",nobody\n", 1), encoding="utf-8")
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert not report.valid
    assert "foreign-key" in {row[0] for row in report.flatten(["type"])}


def test_downloads_page_documents_the_exports(pages):
    text = pages["data/index.md"]
    for name in ("acled.csv", "entities.ftm.jsonl", "datapackage.json"):
        assert f"[Download {name}]({name})" in text
    for column in ACLED_COLUMNS:
        assert f"| `{column.name}` |" in text
    assert json.loads(pages["data/datapackage.json"])["resources"]
