"""The ``annotate`` stage: split the article into sentences and turn the engine's batched
``Document`` into :class:`Sentence` objects with article offsets."""

from __future__ import annotations

from collections.abc import Sequence

from hanlp_common.document import Document

from kg.extract.base import ArticleDoc, Sentence
from kg.extract.stages import Context, StageFn, stage
from kg.sentences import split_sentences

#: sentences sent to the engine at once
BATCH = 64


def _align(text: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Character span of each token in ``text``; tokens may skip whitespace (or be normalised)."""
    spans, pos = [], 0
    for tok in tokens:
        found = text.find(tok, pos) if tok else -1
        if found < 0 or found - pos > 8:
            found = pos  # a normalised token (full-width folded …): assume it sits here
            while found < len(text) and text[found].isspace():
                found += 1
        end = min(found + len(tok), len(text))
        spans.append((found, end))
        pos = end
    return spans


def to_sentences(texts: Sequence[str], starts: Sequence[int], doc: Document) -> list[Sentence]:
    """Combine the sentence texts, their article offsets and the engine's annotations."""
    toks = doc.get("tok/fine") or doc.get("tok") or [[] for _ in texts]
    pos_key = next((k for k in doc if k.startswith("pos")), None)
    ner_keys = [k for k in doc if k.startswith("ner")]
    out = []
    for i, (text, start) in enumerate(zip(texts, starts, strict=True)):
        tokens = list(toks[i])
        spans = [(start + b, start + e) for b, e in _align(text, tokens)]
        ner = [tuple(span) for key in ner_keys for span in doc[key][i]]
        out.append(Sentence(
            text=text,
            start=start,
            tokens=tokens,
            spans=spans,
            pos=list(doc[pos_key][i]) if pos_key else [],
            ner=ner,
            srl=list(doc["srl"][i]) if doc.get("srl") else [],
            dep=list(doc["dep"][i]) if doc.get("dep") else [],
        ))
    return out


@stage("annotate", assigns=("sentences",))
def annotate(ctx: Context) -> StageFn:
    """Sentences of the article, annotated by the context's engine in batches of :data:`BATCH`."""
    engine = ctx.engine
    if engine is None:
        raise ValueError("the annotate stage needs an NLP engine")

    def run(doc: ArticleDoc) -> None:
        text = doc.article.text
        spans = split_sentences(text)
        for i in range(0, len(spans), BATCH):
            chunk = spans[i:i + BATCH]
            texts = [text[b:e] for b, e in chunk]
            doc.sentences += to_sentences(texts, [b for b, _ in chunk], engine.annotate(texts))

    return run
