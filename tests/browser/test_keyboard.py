"""Keyboard only: Tab order through the header and the concern page, and focus that can be seen."""



FOCUS_INFO = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
        tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute('name'),
        cls: el.className || '', text: (el.textContent || '').trim().slice(0, 60),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        shadow: style.boxShadow !== 'none',
        visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
                 && box.top < innerHeight && box.left < innerWidth,
    };
}"""


def tab_through(page, stop, limit=80):
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUS_INFO)
        seen.append(info)
        if stop(info):
            return seen
    raise AssertionError(f"never reached the target; focus went: {[(s['tag'], s['text'] or s['id']) for s in seen]}")


def test_tab_order_reaches_skip_link_concern_link_and_chooser_with_visible_focus(phone, site_url):
    phone.goto(site_url + "/da/")
    first = tab_through(phone, lambda info: True)[0]
    assert "skip-link" in first["cls"], first
    assert first["visible"], "the skip link must appear when it has focus"
    phone.goto(site_url + "/da/bekymret/")
    seen = tab_through(phone, lambda info: info["tag"] == "select" and info["name"] == "kommune")
    classes = [s["cls"] for s in seen]
    assert "skip-link" in classes[0]
    assert any("site-header__concern" in c for c in classes), "the header's concern link is in the tab order"
    for info in seen:
        assert info["visible"], f"focused element is off screen: {info}"
        assert info["outline"] or info["shadow"], f"focus is not visible on {info}"
    # The typed-name field follows the list.
    tab_through(phone, lambda info: info["tag"] == "input" and info["id"] == "navn", limit=5)


def test_skip_link_moves_focus_to_main_content(desktop, site_url):
    desktop.goto(site_url + "/da/bekymret/")
    desktop.keyboard.press("Tab")
    desktop.keyboard.press("Enter")
    assert desktop.evaluate("document.activeElement.id") == "main"
    desktop.keyboard.press("Tab")
    inside_main = desktop.evaluate("document.getElementById('main').contains(document.activeElement)")
    assert inside_main


def test_chooser_can_be_used_with_the_keyboard_alone(desktop, site_url):
    from places import municipalities

    found = municipalities.all_municipalities()
    assert found, "the demo content has municipalities"
    target = found[len(found) // 2]
    desktop.goto(site_url + "/da/bekymret/")
    tab_through(desktop, lambda info: info["tag"] == "select" and info["name"] == "kommune")
    desktop.keyboard.type(target.name[:6])  # type-ahead in the focused list
    desktop.select_option("#kommune", target.slug)  # make sure of the exact option
    desktop.keyboard.press("Tab")
    desktop.keyboard.press("Enter")
    desktop.wait_for_selector(f"[data-infohus='{target.slug}']")
    assert desktop.evaluate("document.activeElement.closest('#kontakt') !== null")
