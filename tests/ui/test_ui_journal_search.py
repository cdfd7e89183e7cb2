"""Journal page: search as you type, safe highlighting, and an inert Markdown preview."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from journal_helpers import unlock, unlock_window, worker
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QListView, QStyleOptionViewItem

from ui.journal.formatting import snippet_html
from ui.journal.markdown_view import InertMarkdownView
from ui.journal.search import (
    DEBOUNCE_MS,
    InertDocument,
    SearchHitDelegate,
    SearchResultsModel,
    SnippetRole,
    hit_html,
)

ROOT = Path(__file__).resolve().parents[2]

HOSTILE = (
    "# Heading\n\n"
    "<script>alert('x')</script>\n\n"
    '<img src="http://example.com/tracker.png">\n\n'
    "![remote](http://example.com/pixel.png)\n\n"
    "![local]({local})\n\n"
    "[click me](javascript:alert(1)) and [a site](http://example.com)\n"
)


@pytest.mark.usefixtures("existing_vault")
def test_search_waits_for_a_pause_and_shows_highlighted_hits(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    worker(shell, lambda r: r.create(title="Garden", body="I watered the tomatoes today"))
    worker(shell, lambda r: r.create(title="Work", body="a long meeting"))

    calls: list[str] = []
    original = page.search.run_now

    def counting() -> None:
        calls.append(page.search_field.text())
        original()

    page.search.timer.timeout.disconnect()
    page.search.timer.timeout.connect(counting)
    qtbot.keyClicks(page.search_field, "tomat")
    assert calls == [], "nothing runs while typing"
    assert page.search.timer.isActive() and page.search.timer.interval() == DEBOUNCE_MS
    qtbot.waitUntil(lambda: calls == ["tomat"], timeout=2000)

    assert page.left_stack.currentWidget() is page._results_page
    assert page.results_model.rowCount() == 1
    index = page.results_model.index(0)
    assert index.data() == "Garden"
    assert page.search_message.text() == "1 entry matches"
    assert "<b>tomatoes</b>" in hit_html("Garden", "today", index.data(SnippetRole))

    # Clicking a hit opens the entry; clearing the field brings the list back.
    page.results.setCurrentIndex(index)
    assert page.editor.title.text() == "Garden"
    page.search_field.clear()
    assert page.left_stack.currentIndex() == 0
    assert page.results_model.rowCount() == 0


@pytest.mark.usefixtures("existing_vault")
def test_search_messages_are_gentle(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    worker(shell, lambda r: r.create(title="One", body="words"))
    for text in ('"unbalanced', "AND", "*", "NEAR(", "\U0001f331", "))"):
        page.search_field.setText(text)
        page.search.run_now()
        assert page.results_model.rowCount() == 0
        assert page.search_message.text(), text
    page.search_field.setText("nothing-matches-this")
    page.search.run_now()
    assert page.search_message.text() == "Nothing found for that. Try another word, or fewer words."


@pytest.mark.usefixtures("existing_vault")
def test_stale_results_are_dropped_and_searches_do_not_pile_up(
    qtbot: Any, make_shell: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.journal.entries import EntryRepository

    shell = make_shell(synchronous=False)
    window = shell.window
    unlock_window(qtbot, shell)
    window.workspace.show_module("journal")
    page = window.workspace.pages.currentWidget()
    page.new_entry()
    page.editor.title.setText("apples")
    page.editor.body.setPlainText("apples and pears")
    page.save_now()
    assert shell.tasks.wait_idle(10_000)

    searched: list[str] = []
    original = EntryRepository.search_page

    def counting(self: Any, text: str, *args: Any, **kwargs: Any) -> Any:
        searched.append(text)
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(EntryRepository, "search_page", counting)
    shown: list[list[int]] = []
    page.search.results.connect(lambda result: shown.append([h.id for h in result.hits]))
    for text in ("apples", "appl", "ap", "zz", "zzz-nothing"):
        page.search_field.setText(text)
        page.search.run_now()
    assert page.search.is_running()
    assert shell.tasks.wait_idle(10_000)
    qtbot.waitUntil(lambda: not page.search.is_running(), timeout=10_000)
    assert searched == ["apples", "zzz-nothing"], "one running, then only the latest"
    assert shown == [[]], "only the latest query's answer is shown"


def test_hits_with_markup_render_as_text(qtbot: Any) -> None:
    from app.journal.model import SearchHit

    model = SearchResultsModel()
    snippet = "\x02tomatoes\x03 <script>alert(1)</script> <img src=http://e.com/x.png>"
    model.set_hits([SearchHit(7, "<b>Title</b>", datetime(2025, 1, 2, tzinfo=UTC), snippet)])
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = SearchHitDelegate(view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 300, 80)
    document = delegate._document(option, model.index(0))
    assert isinstance(document, InertDocument)
    text = document.toPlainText()
    assert "<script>alert(1)</script>" in text and "<img src=http://e.com/x.png>" in text
    assert "<b>Title</b>" in text, "a title is text too"
    html = document.toHtml()
    assert "<script" not in html and "<img" not in html
    bold = [
        fragment.text()
        for block in _blocks(document)
        for fragment in _fragments(block)
        if fragment.charFormat().fontWeight() > 400
    ]
    assert "tomatoes" in bold and "<b>Title</b>" in bold


def _blocks(document: QTextDocument) -> list[Any]:
    block, found = document.begin(), []
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def _fragments(block: Any) -> list[Any]:
    found = []
    it = block.begin()
    while not it.atEnd():
        found.append(it.fragment())
        it += 1
    return found


def test_snippet_html_escapes_first_then_highlights() -> None:
    assert snippet_html("a \x02<b>\x03 & \x02é\x03") == "a <b>&lt;b&gt;</b> &amp; <b>é</b>"
    assert snippet_html("open \x02ended") == "open <b>ended</b>"
    assert snippet_html("<img src=x onerror=alert(1)>") == ("&lt;img src=x onerror=alert(1)&gt;")


def test_preview_renders_markdown_and_fetches_nothing(qtbot: Any, tmp_path: Path) -> None:
    # A real picture on disk and one inline: if anything loaded them, the document
    # would hold a non-empty image for their URLs.
    picture = QImage(8, 8, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    local_image = tmp_path / "photo.png"
    assert picture.save(str(local_image))
    inline = "data:image/png;base64," + base64.b64encode(local_image.read_bytes()).decode()
    markdown = HOSTILE.format(local=local_image.as_uri()) + f"\n![inline]({inline})\n"

    view = InertMarkdownView()
    qtbot.addWidget(view)
    view.resize(400, 400)
    view.show()
    qtbot.waitExposed(view)
    view.show_markdown(markdown)
    view.repaint()

    text = view.toPlainText()
    assert "Heading" in text
    assert "<script>alert('x')</script>" in text, "raw HTML shows as text"
    assert '<img src="http://example.com/tracker.png">' in text
    assert view.refused_resources >= 3, "the images were asked for, and refused"
    image = QTextDocument.ResourceType.ImageResource.value
    for url in ("http://example.com/pixel.png", local_image.as_uri(), inline, "photo.png"):
        answer = view.loadResource(image, QUrl(url))
        assert isinstance(answer, QImage) and answer.isNull(), url
        held = view.document().resource(image, QUrl(url))
        assert held is None or (isinstance(held, QImage) and held.isNull()), url
    # Links never open: no navigation, the same document stays.
    assert not view.openLinks() and not view.openExternalLinks()
    view.setSource(QUrl("javascript:alert(1)"))
    view.setSource(QUrl(local_image.as_uri()))
    assert "Heading" in view.toPlainText()


def test_rendering_hostile_markdown_loads_no_network_code(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui.journal.markdown_view import InertMarkdownView\n"
        "from ui.journal.search import InertDocument, hit_html\n"
        "view = InertMarkdownView(); view.resize(300, 300); view.show()\n"
        f"view.show_markdown({HOSTILE.format(local='file:///etc/hostname')!r})\n"
        "app.processEvents(); view.repaint(); app.processEvents()\n"
        "doc = InertDocument(); doc.setHtml(hit_html('t', 'd', '\\x02<img src=http://e/x>\\x03'))\n"
        "print('refused', view.refused_resources)\n"
        "print('network', sorted(m for m in sys.modules if 'Network' in m or m in ('socket', 'ssl')))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "network []" in result.stdout, result.stdout
    refused = int(result.stdout.split("refused", 1)[1].split()[0])
    assert refused >= 2


def test_an_untitled_hit_is_not_named_after_its_own_snippet() -> None:
    from app.journal.model import SearchHit

    model = SearchResultsModel()
    snippet = "walked to the \x02harbour\x03 after group"
    model.set_hits([SearchHit(3, "", datetime(2025, 1, 2, tzinfo=UTC), snippet)])
    title = model.index(0).data()
    assert title == "Untitled entry"
    assert "harbour" not in title


def test_a_hit_shows_its_tags_next_to_its_date() -> None:
    from app.journal.model import SearchHit
    from ui.journal.search import WhenTextRole

    model = SearchResultsModel()
    when = datetime(2025, 1, 2, tzinfo=UTC)
    model.set_hits(
        [
            SearchHit(3, "Sunday", when, "a quiet day", ("boundaries", "home")),
            SearchHit(4, "", when, "x"),
        ]
    )
    line = model.index(0).data(WhenTextRole)
    assert line.endswith("\u00b7  boundaries, home")
    assert "boundaries, home" in model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "\u00b7" not in model.index(1).data(WhenTextRole)
