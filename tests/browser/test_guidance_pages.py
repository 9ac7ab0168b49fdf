"""The guide's richest pages in a real browser: the national concept matrix and the signs page fit a
320 px phone, and axe finds nothing on the pages that carry every kind of guide block."""

from tests.browser.conftest import format_violations, run_axe

# Pages with the concept matrix, cases, quotes, questions, checklists, steps, contact boxes,
# text blocks and key figures between them.
RICH_PAGES = [
    "/da/vejledning/udviklingsomraader/",
    "/da/vejledning/udviklingsomraader/organisering/",
    "/da/vejledning/udviklingsomraader/haandtering-af-bekymringer/",
    "/da/vejledning/skriv-handlingsplanen/tekstblokke/",
    "/da/bekymringstegn/",
    "/da/viden/kommunernes-indsats-2018/",
]


def test_rich_guide_pages_fit_a_320px_phone(browser, site_url):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        for url in RICH_PAGES:
            page.goto(site_url + url)
            assert page.evaluate("document.documentElement.scrollWidth <= 320"), f"{url} scrolls sideways"
        page.goto(site_url + RICH_PAGES[0])
        # Every element of the concept is on screen within the phone's width, none clipped.
        boxes = page.locator(".concept__element").evaluate_all(
            "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; })"
        )
        assert len(boxes) >= 27
        assert all(left >= 0 and right <= 320 for left, right in boxes)
    finally:
        context.close()


def test_axe_finds_nothing_on_the_rich_guide_pages(site_url, axe_page):
    failures = []
    for url in RICH_PAGES:
        axe_page.goto(site_url + url)
        violations = run_axe(axe_page)
        if violations:
            failures.append(format_violations(url, violations))
    assert not failures, "\n\n".join(failures)
