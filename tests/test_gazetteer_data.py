"""Validate the bundled gazetteer data: formats, codes, coverage and unambiguous surface forms."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "dipkit" / "data"
GAZETTEER = DATA / "gazetteer"
# The files of this data set; extra.tsv belongs to the tagger and is not checked here.
ENTRY_FILES = ["countries", "historical", "demonyms", "cities", "regions", "locations", "organizations"]
ENTRY_HEADER = ["type", "kind", "name", "code", "country", "aliases"]
OFFICE_HEADER = ["name", "aliases", "country", "role", "start", "end"]
KINDS = {
    "GPE": {"country", "city", "region"},
    "NORP": {"demonym", "group"},
    "LOC": {"loc"},
    "ORG": {"igo", "media", "government", "other"},
}
TOKEN = re.compile(r"\w+|[^\w\s]")  # how the tagger splits a surface form into its lookup key
ALPHA3 = re.compile(r"[A-Z]{3}")
# Offices of international organizations, held by people who serve no one state.
ORGANIZATIONS = "UN UNHCR UNICEF UNRWA NATO EU European WHO IAEA IMF WTO SCO ASEAN GCC OIC".split()
ORGANIZATIONS += ["African Union", "Arab League", "World Bank", "New Development Bank"]
ORGANIZATION_ROLE = re.compile(rf"({'|'.join(ORGANIZATIONS)}) ")
ISO_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")

# ISO 3166-1 alpha-3 codes of the 193 UN member states.
UN_MEMBERS = set(
    """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA
    BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ
    ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR
    ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX
    FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
    QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE
    CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE""".split()
)
# Observer states (Holy See, Palestine), Taiwan and Kosovo.
OTHER_STATES = {"VAT", "PSE", "TWN", "XKX"}


def read_tsv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The header and the rows of a data file, comment lines left out."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = []
    for fields in reader:
        assert len(fields) == len(header), f"{path.name}: {fields}"
        rows.append(dict(zip(header, fields)))
    return header, rows


def entries() -> list[tuple[str, dict[str, str]]]:
    return [(name, row) for name in ENTRY_FILES for row in read_tsv(GAZETTEER / f"{name}.tsv")[1]]


def surfaces(row: dict[str, str]) -> list[str]:
    """Name and aliases as matched: a leading "the" only asks for "the" before the rest ("the West")."""
    forms = [row["name"], *(row["aliases"].split("|") if row["aliases"] else [])]
    return [form[4:] if form[:4] in ("the ", "The ") else form for form in forms]


def country_codes() -> set[str]:
    return {row["code"] for row in read_tsv(GAZETTEER / "countries.tsv")[1]}


@pytest.mark.parametrize("name", ENTRY_FILES)
def test_entry_file_header(name):
    assert read_tsv(GAZETTEER / f"{name}.tsv")[0] == ENTRY_HEADER


def test_entry_types_kinds_and_codes():
    codes = country_codes()
    former = {row["code"] for row in read_tsv(GAZETTEER / "historical.tsv")[1]}
    assert former and not former & codes
    for file, row in entries():
        where = f"{file}: {row['name']}"
        assert row["kind"] in KINDS.get(row["type"], ()), where
        has_code = (row["type"], row["kind"]) in {("GPE", "country"), ("NORP", "demonym")}
        if has_code:
            assert ALPHA3.fullmatch(row["code"]) and row["code"] in codes | former, where
        else:
            assert row["code"] == "", where
        assert row["country"] == "" or row["country"] in codes, where
        if row["kind"] == "city":
            assert row["country"], where


def test_surface_forms_are_clean():
    for file, row in entries():
        for surface in surfaces(row):
            assert surface and surface == surface.strip() and "  " not in surface, f"{file}: {row['name']!r}"


def test_countries_cover_the_un_and_other_states():
    codes = country_codes()
    assert UN_MEMBERS | OTHER_STATES <= codes
    assert len(UN_MEMBERS) == 193
    assert codes <= UN_MEMBERS | OTHER_STATES
    rows = read_tsv(GAZETTEER / "countries.tsv")[1]
    assert len(rows) == len(codes) == 197


def test_every_country_has_a_capital():
    """City-states are their capital's name; Victoria (Seychelles) yields to the Australian state."""
    capitals = {row["country"] for row in read_tsv(GAZETTEER / "cities.tsv")[1]}
    assert country_codes() - capitals == {"SGP", "VAT", "SYC"}


# organizations of two countries named alike, which the tagger tells apart by the country a document names most
SHARED_BY_DESIGN = {("Congress",), ("PTI",)}


def test_no_surface_form_names_two_places_or_peoples():
    """A surface form links to one country at most, and to one entry of one type (but the few shared by design)."""
    links: dict[tuple[str, ...], set[tuple[str, str]]] = defaultdict(set)
    for _file, row in entries():
        for surface in surfaces(row):
            links[tuple(TOKEN.findall(surface))].add((row["type"], row["code"] or row["country"] or row["name"]))
    clashes = {surface: found for surface, found in links.items() if len(found) > 1}
    assert set(clashes) == SHARED_BY_DESIGN
    assert all({kind for kind, _country in clashes[surface]} == {"ORG"} for surface in SHARED_BY_DESIGN)


@pytest.mark.parametrize(
    ("surface", "type_", "link"),
    [
        ("U.S.", "GPE", "USA"),
        ("America", "GPE", "USA"),
        ("Türkiye", "GPE", "TUR"),
        ("DPRK", "GPE", "PRK"),
        ("Republic of Korea", "GPE", "KOR"),
        ("Burma", "GPE", "MMR"),
        ("Congo-Kinshasa", "GPE", "COD"),
        ("Congo-Brazzaville", "GPE", "COG"),
        ("Swaziland", "GPE", "SWZ"),
        ("Briton", "NORP", "GBR"),
        ("Emirati", "NORP", "ARE"),
        ("Filipino", "NORP", "PHL"),
        ("Kyiv", "GPE", "UKR"),
        ("Kiev", "GPE", "UKR"),
        ("Nur-Sultan", "GPE", "KAZ"),
        ("Xinjiang", "GPE", "CHN"),
        ("Soviet Union", "GPE", "SUN"),
        ("West", "LOC", ""),  # written "the West"
    ],
)
def test_known_surface_forms(surface, type_, link):
    found = {
        (row["type"], row["code"] or row["country"]) for _file, row in entries() if surface in surfaces(row)
    }
    assert found == {(type_, link)}


def test_officeholders():
    header, rows = read_tsv(DATA / "officeholders.tsv")
    assert header == OFFICE_HEADER
    codes = country_codes()
    assert len(rows) >= 300
    for row in rows:
        where = f"{row['name']} ({row['role']})"
        assert row["name"] and row["role"], where
        assert ISO_DATE.fullmatch(row["start"]), where
        assert row["end"] == "" or ISO_DATE.fullmatch(row["end"]), where
        assert row["end"] == "" or row["start"] <= row["end"], where
        if row["country"]:
            assert row["country"] in codes, where
        else:
            assert ORGANIZATION_ROLE.match(row["role"]), where
        for alias in row["aliases"].split("|") if row["aliases"] else []:
            assert alias and alias == alias.strip() and alias != row["name"], where


def test_officeholder_terms_do_not_overlap():
    """Two terms of one person in one office are distinct periods, in order."""
    terms: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    for row in read_tsv(DATA / "officeholders.tsv")[1]:
        terms[row["name"], row["country"], row["role"]].append((row["start"], row["end"] or "9999"))
    for key, periods in terms.items():
        periods.sort()
        for (_start, end), (next_start, _end) in zip(periods, periods[1:]):
            assert end <= next_start, key


def test_officeholder_aliases_name_one_person():
    people: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(DATA / "officeholders.tsv")[1]:
        for form in [row["name"], *(row["aliases"].split("|") if row["aliases"] else [])]:
            people[form].add(row["name"])
    assert {form: names for form, names in people.items() if len(names) > 1} == {}


def test_person_names_are_not_place_or_group_names():
    places = {surface for _file, row in entries() for surface in surfaces(row)}
    forms = {
        form
        for row in read_tsv(DATA / "officeholders.tsv")[1]
        for form in [row["name"], *(row["aliases"].split("|") if row["aliases"] else [])]
    }
    assert forms & places == set()
