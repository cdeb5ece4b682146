"""Open kg pages in Debian's Chromium with the network cut off (tests, benchmark, screenshot).

Every request the page attempts is recorded; only the page's own ``file://`` URL is
served, everything else is aborted. Console errors, uncaught exceptions and dialogs
(``alert``) are recorded too. Needs the ``test`` extra (Playwright for Python); the
browser is the system's, never a downloaded one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, Dialog, Page, Route, sync_playwright

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]


@contextmanager
def chromium() -> Iterator[Browser]:
    """Headless Debian Chromium."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class OfflinePage:
    page: Page
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def outside_requests(self) -> list[str]:
        return [r for r in self.requests if r != self.url]

    def close(self) -> None:
        self.page.context.close()


def open_offline(browser: Browser, path: Path, *, size: tuple[int, int] = (1400, 900), ready: bool = True,
                 timeout_ms: float = 300_000) -> OfflinePage:
    """Open ``path`` with outside requests blocked; if ``ready``, wait until the page is drawn and still."""
    url = path.resolve().as_uri()
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, service_workers="block")
    opened = OfflinePage(context.new_page(), url)

    def route(route: Route) -> None:
        opened.requests.append(route.request.url)
        if route.request.url == url:
            route.continue_()
        else:
            route.abort("blockedbyclient")

    def dialog(d: Dialog) -> None:
        opened.dialogs.append(d.message)
        d.dismiss()

    context.route("**/*", route)
    opened.page.on("websocket", lambda ws: opened.requests.append(ws.url))
    opened.page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    opened.page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
    opened.page.on("dialog", dialog)
    opened.page.set_default_timeout(timeout_ms)
    opened.page.goto(url, wait_until="commit" if not ready else "load")
    if ready:
        opened.page.wait_for_selector("body[data-state=ready]", state="attached")
    return opened
