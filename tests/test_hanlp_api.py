"""The RESTful engine against a local HTTP server that answers like HanLP's (``/parse``)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from kg.nlp import EngineError, get_engine

SECRET = "s3cret-key-never-printed"
SENTENCES = ["海关总署召开动员会", "", "王辉忠出席会议"]


def _parse(body: dict) -> dict:
    """A documented-shape answer: nested by sentence, JSON lists; tokens are the characters in pairs."""
    toks = [[s[i : i + 2] for i in range(0, len(s), 2)] for s in body["text"]]
    return {
        "tok/fine": toks,
        "pos/ctb": [["NN"] * len(t) for t in toks],
        "ner/msra": [[[t[0], "ORGANIZATION", 0, 1]] for t in toks],
        "srl": [[[[t[0], "ARG0", 0, 1], [t[1], "PRED", 1, 2]]] for t in toks],
        "dep": [[[0, "root"]] + [[1, "dep"]] * (len(t) - 1) for t in toks],
    }


class _Handler(BaseHTTPRequestHandler):
    status = 200
    seen: ClassVar[list] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).seen.append((self.path, self.headers.get("Authorization"), body))
        payload = json.dumps(_parse(body) if self.status == 200 else {"detail": "nope"}).encode()
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, type[_Handler]]]:
    handler = type("Handler", (_Handler,), {"status": 200, "seen": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    httpd.shutdown()
    httpd.server_close()


def test_sentences_are_parsed_in_order_with_blank_ones_kept(server, monkeypatch) -> None:
    url, handler = server
    monkeypatch.setenv("HANLP_AUTH", SECRET)
    doc = get_engine(f"hanlp-api:{url}").annotate(SENTENCES)
    assert doc["tok/fine"] == [["海关", "总署", "召开", "动员", "会"], [], ["王辉", "忠出", "席会", "议"]]
    assert doc["ner/msra"][2] == [("王辉", "ORGANIZATION", 0, 1)]
    assert doc["srl"][0] == [[("海关", "ARG0", 0, 1), ("总署", "PRED", 1, 2)]]
    path, auth, body = handler.seen[0]
    assert path == "/parse" and auth == f"Basic {SECRET}"
    assert body["text"] == ["海关总署召开动员会", "王辉忠出席会议"]  # the blank one is not sent
    assert set(body["tasks"]) == {"tok/fine", "pos/ctb", "ner/msra", "srl", "dep"}


def test_long_input_goes_in_several_requests(server) -> None:
    url, handler = server
    engine = get_engine(f"hanlp-api:{url}")
    engine.batch_chars = 10
    doc = engine.annotate(["海关总署召开动员会"] * 3)
    assert len(handler.seen) == 3 and len(doc["tok/fine"]) == 3


@pytest.mark.parametrize(
    ("status", "message"),
    [(429, "rate limit reached"), (401, "HANLP_AUTH was rejected"), (500, "HTTP 500")],
)
def test_http_errors_are_one_clear_line_without_the_key(server, monkeypatch, status, message) -> None:
    url, handler = server
    handler.status = status
    monkeypatch.setenv("HANLP_AUTH", SECRET)
    with pytest.raises(EngineError) as err:
        get_engine(f"hanlp-api:{url}").annotate(["海关总署召开动员会"])
    text = str(err.value)
    assert message in text and url in text and "\n" not in text
    assert SECRET not in text


def test_an_unreachable_server_is_reported() -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(EngineError, match="cannot reach the server"):
        get_engine(f"hanlp-api:http://127.0.0.1:{port}").annotate(["海关总署召开动员会"])


def test_a_non_json_answer_is_reported(server) -> None:
    url, handler = server
    handler.do_POST = lambda self: (self.send_response(200), self.end_headers(), self.wfile.write(b"<html>"))
    with pytest.raises(EngineError, match="unexpected answer"):
        get_engine(f"hanlp-api:{url}").annotate(["海关总署召开动员会"])
