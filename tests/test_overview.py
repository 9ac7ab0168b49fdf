"""The national overview: tile layout, figures, SVG charts, the overview page and the admin report."""

import re
from collections import Counter

import pytest

from overview import figures
from overview.figures import STATUS_NONE, STATUS_PUBLIC, STATUS_STAFF_ONLY
from overview.svg import bar_chart_svg, load_tiles, tile_map_svg

# --- The tile layout ------------------------------------------------------------------------

JUTLAND_CODES = {
    # Nordjylland, Midtjylland and the Jutland part of Syddanmark.
    *"810 813 820 825 840 846 849 851 860 773 787".split(),
    *"615 657 661 665 671 706 707 710 727 730 740 741 746 751 756 760 766 779 791".split(),
    *"510 530 540 550 561 563 573 575 580 607 621 630".split(),
}
FUNEN_CODES = set("410 420 430 440 450 461 479 480 482 492".split())
BORNHOLM = "400"


def test_tile_layout_has_every_municipality_once_without_overlaps():
    tiles = load_tiles()
    assert len(tiles) == 98
    cells = Counter((t["col"], t["row"]) for t in tiles.values())
    assert [cell for cell, n in cells.items() if n > 1] == []
    abbreviations = Counter(t["abbr"] for t in tiles.values())
    assert [a for a, n in abbreviations.items() if n > 1] == []
    assert all(re.fullmatch(r"[A-ZÆØÅ]{3}", t["abbr"]) for t in tiles.values())


def test_tile_layout_is_recognisably_denmark():
    tiles = load_tiles()
    zealand = set(tiles) - JUTLAND_CODES - FUNEN_CODES - {BORNHOLM}
    assert len(JUTLAND_CODES) == 42 and len(zealand) == 45  # incl. Lolland-Falster and Møn

    def mean_col(codes):
        return sum(tiles[c]["col"] for c in codes) / len(codes)

    # Jutland west, Funen in the middle, Zealand east, Bornholm far out east.
    assert mean_col(JUTLAND_CODES) < mean_col(FUNEN_CODES) < mean_col(zealand) < tiles[BORNHOLM]["col"]
    # The northern tip (Frederikshavn, Hjørring) is the top row; Copenhagen is east of Roskilde.
    top = min(t["row"] for t in tiles.values())
    assert {c for c, t in tiles.items() if t["row"] == top} == {"813", "860"}
    assert tiles["101"]["col"] > tiles["265"]["col"]

    def neighbours(code):
        col, row = tiles[code]["col"], tiles[code]["row"]
        return {
            other
            for other, t in tiles.items()
            if other != code and abs(t["col"] - col) <= 1 and abs(t["row"] - row) <= 1
        }

    # Bornholm stands apart; the belts separate Jutland, Funen and Zealand.
    assert neighbours(BORNHOLM) == set()
    assert all(not (neighbours(code) & JUTLAND_CODES) for code in FUNEN_CODES)
    assert all(not (neighbours(code) & FUNEN_CODES) for code in zealand)


# --- Figures, on fixtures -------------------------------------------------------------------


def _row(code, district, region, status):
    return {"code": code, "name": f"Kommune {code}", "short_name": code, "police_district": district,
            "region": region, "status": status}


FIXTURE = [
    _row("1", "Nord", "Region A", STATUS_PUBLIC),
    _row("2", "Nord", "Region A", STATUS_STAFF_ONLY),
    _row("3", "Nord", "Region B", STATUS_NONE),
    _row("4", "Syd", "Region B", STATUS_NONE),
    _row("5", "Syd", "Region B", STATUS_PUBLIC),
    _row("6", "Syd", "Region B", STATUS_NONE),
    _row("7", "Øst", "Region A", STATUS_NONE),
]


def test_status_counts_count_staff_only_plans_as_published():
    counts = figures.status_counts(FIXTURE)
    assert counts == {"total": 7, "public": 2, "staff_only": 1, "none": 4, "published": 3,
                      "share": 3 / 7, "percent": 43}


def test_share_by_police_district_and_region():
    by_district = figures.share_by(FIXTURE, "police_district", order=["Syd", "Nord"])
    assert [(g["group"], g["published"], g["total"], g["percent"]) for g in by_district] == [
        ("Syd", 1, 3, 33), ("Nord", 2, 3, 67), ("Øst", 0, 1, 0),
    ]
    by_region = figures.share_by(FIXTURE, "region")
    assert [(g["group"], g["public"], g["staff_only"], g["none"], g["percent"]) for g in by_region] == [
        ("Region A", 1, 1, 1, 67), ("Region B", 1, 0, 3, 25),
    ]


def test_unknown_status_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="Ukendt planstatus 'draft' for kommune '9'"):
        figures.status_counts([_row("9", "Nord", "Region A", "draft")])


def test_coverage_counts_published_plans_only_including_staff_only():
    elements = [{"key": "a", "label": "A"}, {"key": "b", "label": "B"}, {"key": "c", "label": "C"}]
    plans = [
        {"status": STATUS_PUBLIC, "covered": {"a", "b"}},
        {"status": STATUS_STAFF_ONLY, "covered": {"a"}},
        {"status": STATUS_PUBLIC, "covered": {"a", "b", "c"}},
        {"status": STATUS_NONE, "covered": {"a", "b", "c"}},  # a draft: not counted
    ]
    result = figures.coverage_by_element(elements, plans)
    assert [(r["key"], r["covered"], r["plans"], r["percent"]) for r in result] == [
        ("a", 3, 3, 100), ("b", 2, 3, 67), ("c", 1, 3, 33),
    ]
    assert figures.coverage_by_element(elements, [])[0]["percent"] is None
    assert figures.plan_coverage_percent({"a", "x"}, ["a", "b", "c"]) == 33


def test_percent_rounds_half_up_and_handles_zero():
    assert figures.percent(1, 8) == 13  # 12.5
    assert figures.percent(0, 0) is None
    assert figures.percent(61, 98) == 62


# --- SVG ------------------------------------------------------------------------------------

ALL_98 = [
    {"code": code, "name": tile["short_name"], "status": (STATUS_PUBLIC, STATUS_STAFF_ONLY, STATUS_NONE)[i % 3]}
    for i, (code, tile) in enumerate(sorted(load_tiles().items()))
]


def _assert_accessible_svg(svg):
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    labelled = re.search(r'<svg[^>]* role="img"[^>]* aria-labelledby="([^"]+)"', svg)
    assert labelled, "the chart needs role=img and aria-labelledby"
    for ref in labelled.group(1).split():
        assert f'id="{ref}"' in svg
    assert re.search(r"<title id=[^>]+>[^<]+</title>", svg) and re.search(r"<desc id=[^>]+>[^<]+</desc>", svg)
    # Nothing a strict Content-Security-Policy would block.
    assert "style=" not in svg and "<style" not in svg and "<script" not in svg and "javascript:" not in svg
    assert "http://" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_tile_map_draws_one_shape_per_municipality():
    svg = str(tile_map_svg(ALL_98))
    _assert_accessible_svg(svg)
    shapes = re.findall(r'<g class="tile tile--(\w+)" data-code="(\d+)" data-status="\w+">', svg)
    assert len(shapes) == 98
    assert len({code for _status, code in shapes}) == 98
    assert svg.count('class="tile-shape"') == 98
    assert Counter(status for status, _code in shapes) == {"public": 33, "staff_only": 33, "none": 32}
    # Status is drawn three ways, not only by colour: solid, hatched pattern, dashed outline; and named.
    assert "url(#tilemap-hatch)" in svg and 'stroke-dasharray="4 3"' in svg
    assert re.search(r"<title>Aarhus: (offentlig plan|kun for kommunens medarbejdere|ingen plan offentliggjort)</title>", svg)
    assert "33 har en offentlig plan" in svg


def test_tile_map_refuses_a_municipality_without_a_tile():
    with pytest.raises(ValueError, match="kommunekode.*999"):
        tile_map_svg([{"code": "999", "name": "Atlantis", "status": STATUS_NONE}])


def test_bar_chart_draws_bars_and_escapes_labels():
    svg = str(bar_chart_svg(
        [{"key": "a", "label": "Samarbejde <på tværs> & ledelse", "percent": 50, "note": "1 af 2 planer"},
         {"key": "b", "label": "Ingen data endnu", "percent": None, "note": ""}],
        id_prefix="test", title="Dækning", desc="To elementer",
    ))
    _assert_accessible_svg(svg)
    assert "Samarbejde &lt;på tværs&gt; &amp; ledelse" in svg
    assert svg.count('class="bar-value"') == 1 and svg.count('class="bar-track"') == 2
    assert re.search(r'class="bar-value" x="0" y="\d+" width="200"', svg)
    assert "ingen data" in svg and "50 %" in svg


# --- The overview page, from live data --------------------------------------------------------

OVERVIEW_URL = "/da/handlingsplaner/overblik/"


def _plan_statuses():
    from plans.status import plan_statuses

    return {str(row.municipality.code): row for row in plan_statuses()}


def _tile_statuses(html):
    return dict(re.findall(r'<g class="tile tile--\w+" data-code="(\d+)" data-status="(\w+)">', html))


@pytest.mark.django_db
def test_overview_page_shows_every_municipality_with_its_live_status(client, demo):
    statuses = _plan_statuses()
    response = client.get(OVERVIEW_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert _tile_statuses(html) == {code: row.status for code, row in statuses.items()}
    published = sum(1 for row in statuses.values() if row.status in ("public", "staff_only"))
    assert f"<strong>{published} af 98 kommuner ({figures.percent(published, 98)} %)</strong>" in html
    # Every chart is an accessible SVG; no inline style or script anywhere on the page.
    charts = re.findall(r'<svg [^>]*class="chart .*?</svg>', html, flags=re.S)
    assert len(charts) == 4
    for chart in charts:
        _assert_accessible_svg(chart)
    assert "style=" not in html and not re.search(r"<script(?![^>]*\bsrc=)", html)
    # The text alternative: a table row for each municipality.
    table = html[html.index('id="overview-all"'):]
    assert len(re.findall(r'<th scope="row">', table)) == 98


@pytest.mark.django_db
def test_staff_only_plans_are_counted_but_reveal_nothing(client, demo):
    from django.utils.html import strip_tags
    from plans.models import PlanPage

    staff_only = [row for row in _plan_statuses().values() if row.status == "staff_only"]
    assert staff_only, "the demo has a staff-only plan"
    html = client.get(OVERVIEW_URL).content.decode()
    for row in staff_only:
        plan = PlanPage.objects.get(id=row.plan_id)
        assert _tile_statuses(html)[str(row.municipality.code)] == "staff_only"
        secrets = [plan.title, plan.summary, plan.responsibility_political, plan.revision_process]
        secrets += [strip_tags(str(block.value))[:60] for field in ("vision", "definitions", "organisation")
                    for block in getattr(plan, field)]
        secrets += [goal.value["title"] for goal in plan.goals]
        secrets += [item.title for item in plan.interventions.all()]
        secrets = [s.strip() for s in secrets if s and s.strip() and s.strip() != row.municipality.name]
        assert len(secrets) >= 5
        for secret in secrets:
            assert secret not in html, f"staff-only plan text leaked onto the overview: {secret!r}"


@pytest.mark.django_db
def test_overview_follows_live_data(client, demo):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    from plans.models import PlanPage

    public = next(row for row in _plan_statuses().values() if row.status == "public")
    before = figures.status_counts([{"status": r.status} for r in _plan_statuses().values()])
    restriction = PageViewRestriction.objects.create(
        page=PlanPage.objects.get(id=public.plan_id), restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Testgruppe")])
    html = client.get(OVERVIEW_URL).content.decode()
    assert _tile_statuses(html)[str(public.municipality.code)] == "staff_only"
    assert f"{before['public'] - 1} offentlig" in html
    assert f"{before['staff_only'] + 1} plan" in html
    assert f"<strong>{before['published']} af 98 kommuner" in html


def _coverage_on_page(client):
    response = client.get(OVERVIEW_URL)
    return {item["key"]: (item["covered"], item["plans"]) for item in response.context["coverage"]}, response


@pytest.mark.django_db
def test_coverage_counts_every_published_plan_as_plans_coverage_decides(client, demo):
    from plans.coverage import plan_coverage
    from plans.models import PlanPage

    published = [row for row in _plan_statuses().values() if row.status in ("public", "staff_only")]
    expected = {}
    for row in published:
        for item in plan_coverage(PlanPage.objects.get(id=row.plan_id)).items:
            count = expected.setdefault(item.element.key, 0)
            expected[item.element.key] = count + (1 if item.covered else 0)
    on_page, response = _coverage_on_page(client)
    assert on_page == {key: (count, len(published)) for key, count in expected.items()}
    assert len(on_page) == response.context["concept_elements"].__len__() > 0
    html = response.content.decode()
    assert html.count('<g class="bar" data-key=') >= len(on_page)  # one bar per element (plus the share charts)


@pytest.mark.django_db
def test_staff_only_plan_coverage_is_counted_without_revealing_the_plan(client, demo):
    from plans.coverage import plan_coverage
    from plans.models import PlanPage

    row = next(row for row in _plan_statuses().values() if row.status == "staff_only")
    plan = PlanPage.objects.get(id=row.plan_id)
    missing = plan_coverage(plan).missing
    assert missing, "the staff-only demo plan leaves some elements uncovered"
    element = missing[0].element
    before, _ = _coverage_on_page(client)
    plan.covered_elements.add(element)
    plan.save()
    after, response = _coverage_on_page(client)
    assert after[element.key] == (before[element.key][0] + 1, before[element.key][1])
    assert plan.title not in response.content.decode()


@pytest.mark.django_db
def test_overview_query_count_is_flat(client, demo, django_assert_max_num_queries):
    client.get(OVERVIEW_URL)  # warm caches (site root, locales)
    with django_assert_max_num_queries(25):
        assert client.get(OVERVIEW_URL).status_code == 200


# --- The admin report -------------------------------------------------------------------------

REPORT_URL = "/admin/reports/handlingsplaner/"


@pytest.fixture
def centre_editor(db, demo, django_user_model):
    from django.contrib.auth.models import Group

    from plans.permissions import CENTRE_EDITORS

    user = django_user_model.objects.create_user("centre", password="x" * 16)
    user.groups.add(Group.objects.get(name=CENTRE_EDITORS))
    return user


@pytest.fixture
def municipality_editor(db, demo, django_user_model):
    from places.models import Municipality

    user = django_user_model.objects.create_user("kommune", password="x" * 16)
    user.groups.add(Municipality.objects.get(slug="aarhus").editor_group)
    return user


def test_report_lists_every_municipality_for_the_centre(client, centre_editor, django_assert_max_num_queries):
    client.force_login(centre_editor)
    with django_assert_max_num_queries(40):
        response = client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    for row in _plan_statuses().values():
        assert row.municipality.short_name in html
    body = re.search(r"<tbody>(.*?)</tbody>", html, flags=re.S).group(1)
    assert len(re.findall(r"<tr[ >]", body)) == 98
    # The centre's editors find it in the admin menu (the menu is rendered into every admin page).
    assert REPORT_URL in client.get("/admin/").content.decode()


def test_report_is_refused_to_everyone_but_the_centre(client, municipality_editor):
    anonymous = client.get(REPORT_URL)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    client.force_login(municipality_editor)
    for url in (REPORT_URL, REPORT_URL + "?export=csv", REPORT_URL + "?export=xlsx", REPORT_URL + "results/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"Kommunekode" not in b"".join(getattr(response, "streaming_content", [response.content]))
    dashboard = client.get("/admin/").content.decode()
    assert REPORT_URL not in dashboard


def _export(client, fmt):
    response = client.get(REPORT_URL, {"export": fmt})
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_report_csv_and_xlsx_have_one_row_per_municipality(client, centre_editor, django_assert_max_num_queries):
    import csv
    import io

    import openpyxl

    client.force_login(centre_editor)
    statuses = _plan_statuses()
    with django_assert_max_num_queries(40):
        data = _export(client, "csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data), delimiter=";"))
    assert len(rows) == 98
    assert {row["Kommunekode"] for row in rows} == set(statuses)
    by_code = {row["Kommunekode"]: row for row in rows}
    for code, status in statuses.items():
        assert by_code[code]["Planstatus"] == figures.STATUS_LABELS[status.status]
        assert by_code[code]["Senest revideret"] == (str(status.last_revised) if status.last_revised else "")
    # A plan's coverage in the report is the share of the concept's elements plans/coverage.py counts.
    from plans.coverage import plan_coverage
    from plans.models import PlanPage

    for code, status in statuses.items():
        if status.plan_id:
            coverage = plan_coverage(PlanPage.objects.get(id=status.plan_id))
            assert by_code[code]["Dækning af konceptet (%)"] == str(figures.percent(len(coverage.covered), coverage.total))
        else:
            assert by_code[code]["Dækning af konceptet (%)"] == ""

    workbook = openpyxl.load_workbook(io.BytesIO(_export(client, "xlsx")))
    sheet = workbook.active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:2] == ("Kommunekode", "Kommune")
    assert len(values) == 99
    assert {str(row[0]) for row in values[1:]} == set(statuses)


def test_report_filters_by_status_and_police_district(client, centre_editor):
    import csv
    import io

    from places.models import PoliceDistrict

    client.force_login(centre_editor)
    statuses = _plan_statuses()
    staff_only = {code for code, row in statuses.items() if row.status == "staff_only"}
    data = _export_with(client, {"export": "csv", "status": "staff_only"}).decode("utf-8-sig")
    assert {row["Kommunekode"] for row in csv.DictReader(io.StringIO(data), delimiter=";")} == staff_only

    district = PoliceDistrict.objects.get(slug="fyns-politi")
    response = client.get(REPORT_URL, {"police_district": district.pk})
    body = re.search(r"<tbody>(.*?)</tbody>", response.content.decode(), flags=re.S).group(1)
    assert len(re.findall(r"<tr[ >]", body)) == district.municipalities.count() == 10


def _export_with(client, params):
    response = client.get(REPORT_URL, params)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_report_names_text_blocks_changed_since_the_plan_was_published(client, centre_editor):
    import csv
    import io

    from guidance.models import TextBlock
    from plans.models import PlanPage
    from plans.textblocks import text_block_ids

    client.force_login(centre_editor)
    plan = next(
        PlanPage.objects.get(id=row.plan_id)
        for row in _plan_statuses().values()
        if row.plan_id and text_block_ids(PlanPage.objects.get(id=row.plan_id))
    )
    block = TextBlock.objects.get(id=sorted(text_block_ids(plan))[0])

    def outdated():
        rows = csv.DictReader(io.StringIO(_export_with(client, {"export": "csv"}).decode("utf-8-sig")), delimiter=";")
        return {row["Kommunekode"]: row["Forældede tekstblokke"] for row in rows}

    label = f"Tekstblok {block.number}: {block.title}"
    assert label not in outdated()[str(plan.municipality.code)]
    block.body += "<p>Ændret af centeret.</p>"
    block.save_revision().publish()
    after = outdated()
    using = {
        str(row.municipality.code)
        for row in _plan_statuses().values()
        if row.plan_id and block.id in text_block_ids(PlanPage.objects.get(id=row.plan_id))
    }
    assert str(plan.municipality.code) in using
    assert {code for code, value in after.items() if label in value} == using
