"""A person's path through the workbench in headless Chromium: search, open a
document, select an event, correct its type, see the change in the events table
and in the gold export; add a missed event by selecting text."""

from __future__ import annotations

import json
import re


def login(page, token):
    page.goto("/login")
    page.fill("#token", token)
    page.click("#login")
    page.wait_for_url(re.compile(r"/$"))


def test_search_select_correct_and_export(page, editor_token, tmp_path):
    login(page, editor_token)
    page.fill("input[name=q]", "harbour")
    page.click(".filters button[type=submit]")
    page.click("text=Joint statement on the harbour talks")
    page.wait_for_selector("#doc-text")
    assert page.locator("#doc-text mark.hl-actor").count() >= 5
    # Clicking the highlighted evidence selects its event.
    page.locator("#doc-text mark[data-event='e4']").first.click()
    page.wait_for_url(re.compile(r"event=e4"))
    assert page.locator("#event-detail .f-type").inner_text() == "ACCUSE"
    page.select_option("#correct-form select[name=type]", "REJECT")
    page.fill("#correct-form input[name=mode]", "")
    page.fill("#correct-form input[name=note]", "the union rejects a claim")
    page.click("#save-correction")
    page.wait_for_selector("#event-detail")
    assert page.locator("#event-detail .f-type").inner_text() == "REJECT"
    assert "corrected by browser-editor" in page.locator("#event-detail").inner_text()
    assert 'type: "ACCUSE" → "REJECT"' in page.locator(".history").inner_text()

    page.click("header nav >> text=Events")
    row = page.locator("tr[data-event='e4']")
    assert row.locator(".c-type").inner_text() == "REJECT"
    assert "corrected" in (row.get_attribute("class") or "")

    with page.expect_download() as info:
        page.click("a.button:text-is('gold')")
    path = tmp_path / "gold.jsonl"
    info.value.save_as(path)
    records = [json.loads(x) for x in path.read_text().splitlines()]
    mine = [r for r in records if r["id"].endswith("/e4")]
    assert mine and mine[0]["event"]["type"] == "REJECT" and mine[0]["coded"]["type"] == "ACCUSE"


def test_add_a_missed_event_by_selecting_text(page, editor_token):
    login(page, editor_token)
    page.goto("/?q=bridge")
    page.click("text=Statement on the river protest")
    page.wait_for_selector("#add-form")
    # Select "block the bridge" in the text as a reader would with the mouse.
    page.evaluate("""() => {
        const root = document.getElementById('doc-text');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const at = n.nodeValue.indexOf('block the bridge');
            if (at >= 0) {
                const r = document.createRange();
                r.setStart(n, at); r.setEnd(n, at + 'block the bridge'.length);
                const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
                return;
            }
        }
        throw new Error('text not found');
    }""")
    page.wait_for_function("document.getElementById('sel-start').value !== ''")
    assert page.locator("#selection-text").inner_text() == "block the bridge"
    start, end = int(page.input_value("#sel-start")), int(page.input_value("#sel-end"))
    text = page.evaluate("document.getElementById('doc-text').textContent")
    assert text[start:end] == "block the bridge"
    page.select_option("#add-form select[name=type]", "PROTEST")
    page.fill("#add-form input[name=mode]", "obstruct")
    page.select_option("#add-form select[name=sources]", label="Riverbank Residents Council")
    page.select_option("#add-form select[name=status]", "intended")
    page.click("#add-event")
    page.wait_for_url(re.compile(r"event=rev_"))
    assert page.locator("#event-detail .evidence").inner_text() == "block the bridge"
    assert page.locator(".event-item.current .decision").text_content() == "added"


def test_hostile_markup_stays_text_in_the_browser(page, server):
    # The page's CSP and escaping: a document's title shows as text, no dialog opens.
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto("/?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert page.input_value("input[name=q]") == "<script>alert(1)</script>"
    page.goto("/timeline")
    assert page.locator("svg.timeline rect").count() >= 9
    page.goto("/actors/Lakeside Civic Forum")
    assert page.locator("svg.network circle.node").count() == 3
    page.goto("/map")
    assert page.locator("svg.map path.land").count() > 150
    assert page.locator("svg.map circle.point").count() == 3
    assert dialogs == []


def test_api_docs_render_offline(page, tmp_path):
    # The page fixture fails the test on any request leaving the server or any
    # console error (a CSP refusal is one).
    page.goto("/api/docs")
    page.wait_for_selector(".opblock", timeout=15_000)
    assert page.locator(".opblock").count() >= 10
    assert "/api/documents" in page.locator("#swagger-ui").inner_text()
    page.screenshot(path=str(tmp_path / "api-docs.png"), full_page=False)


def test_network_labels_are_not_clipped(page, tmp_path):
    for name in ("Coastal Fishers Union", "Lakeside Civic Forum"):
        page.goto(f"/actors/{name}")
        svg = page.locator("svg.network")
        width, height = (float(v) for v in svg.get_attribute("viewBox").split()[2:])
        boxes = page.eval_on_selector_all("svg.network text.label", "els => els.map(e => { const b = e.getBBox(); "
                                          "return [e.textContent, b.x, b.y, b.width, b.height]; })")
        assert len(boxes) >= 2
        for text, x, y, w, h in boxes:
            assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, (name, text, x, y, w, h)
    page.screenshot(path=str(tmp_path / "actor.png"), full_page=True)
