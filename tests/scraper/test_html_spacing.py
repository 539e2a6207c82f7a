"""HTML reader: where text breaks into words (block boundaries) in cells, captions, headings,
code blocks and prose runs; the reader spaces each part of the tree only when it reads it."""

from __future__ import annotations

from pathlib import Path

from scraper.html import read_page
from scraper.records import Field, Page

PAGE = """<html><head><title>t</title><script>var x = "<p>no</p>";</script></head><body>
<h1>Create<span> <p>Widget</p></span></h1>
<h4>Function</h4>
<p>Creates x<span><p>a</p><p>b</p></span>y and <span>ECS</span>s.</p>
<td>stray<div class="familylinks">nav</div>cell<ul><li>item</li></ul></td>
<h4>URI</h4>
<p>POST /v1/{project_id}/widgets</p>
<h4>Request Parameters</h4>
<table id="req"><caption><b>Table 1 </b>Request<p>body</p>parameters</caption>
<thead><tr><th>Parameter</th><th>Mandatory</th><th>Type</th><th>Description</th></tr></thead>
<tbody>
<tr><td><p>plain</p></td><td><p>Yes</p></td><td><p>String</p></td>
  <td><p>One <b>bold</b> word.</p></td></tr>
<tr><td><p>two_paras</p></td><td>No</td><td>String</td><td><p>First.</p><p>Second.</p></td></tr>
<tr><td>listed</td><td>No</td><td>String</td><td>Values:<ul><li>on</li><li>off</li></ul></td></tr>
<tr><td> <div> <p>wrapped</p> </div> </td><td>No</td><td>String</td>
  <td>Text<p>after</p>tail<br>broken</td></tr>
<tr><td>nested</td><td>No</td><td>String</td>
  <td><table><tr><td><p>in</p></td><td><p>ner</p><ul><li>deep</li></ul></td></tr></table></td></tr>
</tbody></table>
<h4>Example Request</h4>
<pre>POST https://{endpoint}/v1/{project_id}/widgets<br>{"name": "w"}</pre>
</body></html>"""


def _page() -> Page:
    return read_page(Path("CreateWidget.html"), text=PAGE)


def _field(page: Page, name: str) -> Field:
    (structure,) = [s for s in page.structures if s.key.endswith("#req")]
    return {f.name: f for f in structure.fields}[name]


def test_cells_break_at_blocks_only() -> None:
    page = _page()
    assert _field(page, "plain").description == "One bold word."
    assert _field(page, "two_paras").description == "First. Second."
    assert _field(page, "listed").description == "Values: - on - off"
    assert _field(page, "wrapped").description == "Text after tail broken"


def test_nested_table_cells_and_items_in_them() -> None:
    assert _field(_page(), "nested").description == "in ner - - deep"


def test_caption_heading_and_prose_runs() -> None:
    page = _page()
    (structure,) = [s for s in page.structures if s.key.endswith("#req")]
    assert structure.description == "Table 1 Request body parameters"
    assert page.title == "Create Widget"
    (op,) = page.operations
    # an inline run holding blocks breaks at them; inline tags never break a word
    assert op.description.split("\n\n")[0] == "Creates x a b y and ECSs."


def test_code_block_keeps_its_text_raw() -> None:
    (op,) = _page().operations
    (example,) = [e for e in op.examples if e.kind == "request"]
    # a line break element reads as a space (the block's own, then its tail's)
    assert example.text == 'POST https://{endpoint}/v1/{project_id}/widgets  {"name": "w"}'


def test_navigation_skipped_and_stray_cells_read_as_prose() -> None:
    (op,) = _page().operations
    # the nav block's text is dropped, yet it still separates "stray" from "cell"; list
    # items in a cell outside any table get their bullet
    assert op.description == "Creates x a b y and ECSs.\n\nstray cell\n\n- item"


def test_scripts_never_read() -> None:
    page = _page()
    assert "no" not in [f.description for s in page.structures for f in s.fields]
    assert "no" not in page.title.split()


LINKS = """<html><body><h1>Create links</h1>
<h4>URI</h4><p>POST /v1/{project_id}/links</p>
<h4>Request Parameters</h4>
<table id="body"><thead><tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead>
<tbody>
<tr><td>lone</td><td><a href="#t2">Obj</a></td><td>An object.</td></tr>
<tr><td>wrapped</td><td><p><a href="#t2">Obj</a></p></td><td><p>Another.</p></td></tr>
<tr><td>described</td><td>Object</td>
  <td><p>Details.</p><p>See <a href="#t3">Table 3</a>.</p></td></tr>
<tr><td>plain</td><td>Object</td><td><p>No link here.</p></td></tr>
</tbody></table>
<table id="t2"><caption>Table 2 Obj</caption><thead><tr><th>Parameter</th><th>Type</th>
<th>Description</th></tr></thead><tbody><tr><td>a</td><td>String</td><td>A.</td></tr></tbody></table>
<table id="t3"><caption>Table 3 Other</caption><thead><tr><th>Parameter</th><th>Type</th>
<th>Description</th></tr></thead><tbody><tr><td>b</td><td>String</td><td>B.</td></tr></tbody></table>
</body></html>"""


def test_links_in_cells_however_deep() -> None:
    page = read_page(Path("CreateLinks.html"), text=LINKS)
    (body,) = [s for s in page.structures if s.key.endswith("#body")]
    refs = {f.name: f.type.ref for f in body.fields}
    assert refs["lone"] == "CreateLinks.html#t2"
    assert refs["wrapped"] == "CreateLinks.html#t2"
    assert refs["described"] == "CreateLinks.html#t3"
    assert refs["plain"] is None
