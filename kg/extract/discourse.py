"""The ``discourse`` stage: facts of the article as a whole that sentence rules need.

* the article's own event: the meeting named in the title, else the first one held or chaired,
  else the first named one;
* the voice of each paragraph: a paragraph that opens with 会议强调/会议要求 speaks for the own
  event until it ends;
* what generic mentions refer to: 会议/会上 → the own event.
"""

from __future__ import annotations

from kg.extract.base import ArticleDoc, Mention, Source
from kg.extract.lexicon import Lexicon
from kg.extract.stages import Context, StageFn, stage

#: voices a paragraph may carry (the word after 会议/会上 in a meeting-voice opener)
VOICES = ("强调", "要求")


@stage("discourse", requires=("sentences", "mentions"), assigns=("own_event", "voices", "refers"))
def discourse(ctx: Context) -> StageFn:
    lex = ctx.lexicon

    def run(doc: ArticleDoc) -> None:
        doc.own_event = own_event(doc, lex)
        doc.voices = paragraph_voices(doc, lex)
        if doc.own_event is not None:
            for m in doc.all_mentions:
                if m.source == Source.GENERIC and m.type == "Event":
                    doc.refers[m] = doc.own_event

    return run


def own_event(doc: ArticleDoc, lex: Lexicon) -> Mention | None:
    """The article's own meeting: named in the title, else the first one held or chaired, else the first."""
    named = [m for m in doc.all_mentions if m.type == "Event" and m.source.named]
    if not named:
        return None
    title_end = len(doc.article.title)
    in_title = [m for m in named if m.end <= title_end]
    if in_title:
        return in_title[0]
    text = doc.article.text
    held = [m for m in named if text[max(0, m.start - 4):m.start].endswith(lex.meeting_verbs)]
    return (held or named)[0]


def paragraph_voices(doc: ArticleDoc, lex: Lexicon) -> list[str | None]:
    """The meeting voice each sentence inherits: set by a paragraph's first sentence, kept to its end."""
    voices: list[str | None] = []
    voice = None
    for sent, opens in zip(doc.sentences, doc.paragraph_starts(), strict=True):
        if opens:
            opener = next((o for o in lex.meeting_voice if sent.text.startswith(o)), None)
            word = opener.removeprefix("会议").removeprefix("会上") if opener else None
            voice = word if word in VOICES else None
        voices.append(voice)
    return voices
