"""Tests for the web page (``export/html.py``), rendered in a real headless Chromium.

The browser is driven over the DevTools protocol with a few lines of WebSocket below, so
the test needs nothing but the Debian ``chromium`` package. Without a browser the browser
tests skip locally; under CI (``CI`` set) a missing browser is a failure.
"""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest
from tests.contract import ExporterContract

import vnlao_events as ve

DEV = Path(__file__).parent / "data" / "dev"
CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-port=0",
    "--window-size=1300,900",
]


class TestHtmlExport(ExporterContract):
    """The page honours the exporter contract (it does not read back)."""

    filename = "timeline.html"
    round_trips = False

    @pytest.fixture
    def dump(self):
        """Timeline → HTML text."""
        return ve.to_html

    @pytest.fixture
    def write(self):
        """Timeline → HTML file."""
        return ve.write_html


@pytest.fixture(scope="module")
def page_timeline(seeds):
    """The timeline of the seeds and the dev articles, as the acceptance asks."""
    return ve.build_timeline([*seeds, *ve.load_documents([DEV])])


def test_page_is_self_contained(page_timeline):
    """No stylesheet, script, font or image is fetched from anywhere: it works offline."""
    page = ve.to_html(page_timeline)
    assert "<link" not in page
    assert "<script src" not in page
    assert "@import" not in page
    assert "url(" not in page
    assert "<img" not in page


def test_one_button_per_session_and_classes(page_timeline):
    """Every session is one element; stated and inferred sessions are told apart."""
    page = ve.to_html(page_timeline)
    sessions = list(page_timeline.sessions())
    assert page.count('class="session ') == len(sessions)
    assert page.count(" inferred ") + page.count(' inferred"') >= 1
    assert " stated" in page


def test_languages(page_timeline):
    """The page is in Vietnamese or English, names included; other languages are refused."""
    vi = ve.to_html(page_timeline, lang="vi")
    en = ve.to_html(page_timeline, lang="en")
    assert '<html lang="vi">' in vi
    assert "Tham khảo chính trị cấp Thứ trưởng" in vi
    assert "Political Consultation at Deputy Foreign Minister level" in en
    with pytest.raises(ValueError, match="'lang' must be"):
        ve.to_html(page_timeline, lang="fr")


def test_script_data_cannot_close_the_script():
    """A quote holding '</script>' stays data: it cannot end the page's script early."""
    quote = "x</script><b>y"
    session = ve.Session(
        series="political-consultation",
        ordinal=1,
        status=ve.Status.HELD,
        evidence=[ve.Evidence(document="d", start=0, end=len(quote), quote=quote)],
    )
    page = ve.to_html(
        ve.Timeline(series=[ve.Series(key="political-consultation", sessions=[session])])
    )
    assert page.count("</script>") == 2  # the data block's and the code's


def test_conflicts_are_marked():
    """A session in a conflict carries the conflict class and the message is listed."""
    session = ve.Session(
        series="political-consultation",
        ordinal=7,
        status=ve.Status.HELD,
        date=ve.When.of(ve.DateWindow.day(__import__("datetime").date(2022, 11, 25))),
    )
    conflict = ve.Conflict(
        kind="date", message="two dates for #7", series="political-consultation", ordinal=7
    )
    timeline = ve.Timeline(
        series=[ve.Series(key="political-consultation", sessions=[session])],
        conflicts=[conflict],
    )
    page = ve.to_html(timeline)
    assert " conflict" in page.split('data-ordinal="7"')[0].rsplit("<button", 1)[1]
    assert "two dates for #7" in page


# ------------------------------------------------------------------------------ browser


class _WebSocket:
    """The client half of RFC 6455, enough for the DevTools protocol on localhost."""

    def __init__(self, url: str) -> None:
        parts = urlparse(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            f"GET {parts.path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode()
        )
        response = b""
        while b"\r\n\r\n" not in response:
            response += self.sock.recv(1)
        assert b" 101 " in response.split(b"\r\n")[0], response

    def _read(self, count: int) -> bytes:
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise ConnectionError("the browser closed the connection")
            data += chunk
        return data

    def send(self, text: str) -> None:
        payload = text.encode()
        size = len(payload)
        if size < 126:
            header = bytes([0x81, 0x80 | size])
        elif size < 65536:
            header = bytes([0x81, 0x80 | 126]) + size.to_bytes(2, "big")
        else:
            header = bytes([0x81, 0x80 | 127]) + size.to_bytes(8, "big")
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def receive(self) -> str:
        message = b""
        while True:
            first, second = self._read(2)
            size = second & 0x7F
            if size == 126:
                size = int.from_bytes(self._read(2), "big")
            elif size == 127:
                size = int.from_bytes(self._read(8), "big")
            payload = self._read(size)
            if first & 0x0F in (0x9, 0xA):  # ping, pong: not part of a message
                continue
            message += payload
            if first & 0x80:
                return message.decode()

    def close(self) -> None:
        self.sock.close()


class _Browser:
    """A headless Chromium page driven over the DevTools protocol."""

    def __init__(self, profile: Path) -> None:
        self.process = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not port_file.exists() or not port_file.read_text().strip():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                pytest.fail("chromium did not start its DevTools server")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30) as reply:
            targets = json.load(reply)
        page = next(t for t in targets if t["type"] == "page")
        self.ws = _WebSocket(page["webSocketDebuggerUrl"])
        self.next_id = 0
        self.events: list[dict] = []

    def call(self, method: str, **params: object) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == self.next_id:
                assert "error" not in message, message
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression: str) -> object:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def open(self, path: Path) -> None:
        self.call("Page.navigate", url=path.as_uri())
        deadline = time.monotonic() + 30
        while self.evaluate("document.readyState") != "complete":
            assert time.monotonic() < deadline, "the page did not load"
            time.sleep(0.05)

    def click(self, selector: str) -> None:
        """A real mouse click at the middle of the element."""
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        )
        x, y = box
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def stop(self) -> None:
        if getattr(self, "ws", None) is not None:
            self.ws.close()
        group = self.process.pid  # the browser's own process group (start_new_session)
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(group, sig)
            except ProcessLookupError:
                break
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline:
                self.process.poll()
                try:
                    os.killpg(group, 0)  # is any process of the group left?
                except ProcessLookupError:
                    break
                time.sleep(0.1)
            else:
                continue
            break
        self.process.wait()


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium from the system packages (skipped when there is none here)."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs chromium for the page tests (apt-get install chromium)")
        pytest.skip("no chromium on this machine (apt-get install chromium)")
    profile = Path(tempfile.mkdtemp(prefix="vnlao-chromium-"))  # a new, empty profile
    driver = _Browser(profile)
    yield driver
    driver.stop()
    shutil.rmtree(profile, ignore_errors=True)


def _normalise(text: str) -> str:
    return " ".join(text.split())


def test_page_renders_one_element_per_session_and_evidence_on_click(
    browser, page_timeline, tmp_path
):
    """In Chromium: one element per session, and a click shows that session's evidence."""
    path = tmp_path / "timeline.html"
    ve.write_html(page_timeline, path, lang="en")
    browser.call("Network.enable")
    browser.open(path)
    sessions = list(page_timeline.sessions())
    assert browser.evaluate("document.querySelectorAll('button.session').length") == len(sessions)
    for series in page_timeline.series:
        shown = browser.evaluate(
            f"document.querySelectorAll('section[data-series=\"{series.key}\"] .session').length"
        )
        assert shown == len(series.sessions), series.key
    assert browser.evaluate("document.getElementById('details').hidden") is True
    ninth = page_timeline.session("political-consultation", 9)
    browser.click('section[data-series="political-consultation"] .session[data-ordinal="9"]')
    assert browser.evaluate("document.getElementById('details').hidden") is False
    quotes = browser.evaluate(
        "[...document.querySelectorAll('#details .quote')].map(q => q.textContent)"
    )
    assert quotes == [_normalise(e.quote) for e in ninth.evidence]
    title = browser.evaluate("document.querySelector('#details h3').textContent")
    assert title.endswith("#9")
    # The panel closes; an inferred session then shows its derivation.
    browser.click("#details button.close")
    assert browser.evaluate("document.getElementById('details').hidden") is True
    browser.click('section[data-series="political-consultation"] .session[data-ordinal="8"]')
    derivation = browser.evaluate(
        "[...document.querySelectorAll('#details .derivation li')].map(q => q.textContent)"
    )
    assert derivation == [
        str(d) for d in page_timeline.session("political-consultation", 8).all_derivations()
    ]
    requested = {
        e["params"]["request"]["url"].split(":", 1)[0]
        for e in browser.events
        if e.get("method") == "Network.requestWillBeSent"
    }
    assert requested <= {"file", "data", "about"}  # nothing from the network


def test_screenshot_is_not_blank(browser, page_timeline, tmp_path):
    """The rendered page, captured as PNG, has drawn marks in many colours."""
    image = pytest.importorskip("matplotlib.image")
    path = tmp_path / "timeline-vi.html"
    ve.write_html(page_timeline, path, lang="vi")
    browser.open(path)
    assert browser.evaluate("document.documentElement.lang") == "vi"
    png = base64.b64decode(browser.call("Page.captureScreenshot", format="png")["data"])
    pixels = image.imread(io.BytesIO(png), format="png")
    assert pixels.shape[0] > 500
    assert pixels.shape[1] > 1000
    colours = {tuple(p) for p in pixels[::7, ::7, :3].reshape(-1, 3).round(2).tolist()}
    assert len(colours) > 20  # text, the hosts' colours, bars: not a blank page
    assert pixels[..., :3].std() > 0.05


def test_likely_window_is_in_the_details():
    """A session with a likely window shows it, with its level, among its facts."""
    from datetime import date

    session = ve.Session(
        series="political-consultation",
        ordinal=8,
        status=ve.Status.INFERRED,
        inferred_date=ve.Inferred(
            ve.DateWindow(date(2023, 4, 24), date(2024, 4, 1), ve.Precision.WINDOW)
        ),
        likely=ve.Inferred(
            ve.LikelyWindow(earliest=date(2023, 9, 1), latest=date(2023, 12, 31), level=0.8)
        ),
    )
    series = ve.Series(key="political-consultation", sessions=[session])
    page = ve.to_html(ve.Timeline(series=[series]))
    assert '["Likely window","2023-09-01/2023-12-31 (80%)"]' in page


def test_likely_window_is_a_band_inside_the_bar():
    """The likely window is drawn inside the session's window, where it lies in it."""
    from datetime import date

    session = ve.Session(
        series="political-consultation",
        ordinal=8,
        status=ve.Status.INFERRED,
        inferred_date=ve.Inferred(
            ve.DateWindow(date(2023, 1, 1), date(2023, 12, 31), ve.Precision.WINDOW)
        ),
        likely=ve.Inferred(
            ve.LikelyWindow(earliest=date(2023, 7, 2), latest=date(2023, 12, 31), level=0.8)
        ),
    )
    page = ve.to_html(
        ve.Timeline(series=[ve.Series(key="political-consultation", sessions=[session])])
    )
    assert '<span class="likely" style="left:50.0%;width:50.0%"></span>' in page
