"""Our own HanLP NER model: HanLP's ``RNNNamedEntityRecognizer`` with bigram features and a working CRF.

HanLP 2.1.5's ``RNNTaggingModel`` builds its CRF as ``CRF(n_out, crf_constraints)``; the second positional
parameter of ``CRF`` is ``batch_first``, so ``crf_constraints=None`` silently makes the CRF read the
batch-first emissions as time-first. It then chains transitions across *sentences* at each position, which
is why ``crf=True`` trains to one-character garbage. :class:`CharNER` builds its own model whose CRF is
``batch_first=True``, and adds two things that matter on CPU: character-bigram embeddings (a few F1
points on MSRA) and a vectorised Viterbi back-trace. Input characters are mapped to full width first, the
way the MSRA / People's Daily training text writes digits and Latin letters.

A model saved by :meth:`CharNER.fit` loads with plain ``hanlp.load(directory)``; HanLP imports this class
from the ``classpath`` recorded in the model's ``config.json``.
"""

from __future__ import annotations

import json
import os
import random
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import torch
from hanlp.common.vocab import Vocab
from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer
from hanlp.components.taggers.rnn_tagger import RNNTagger
from hanlp.datasets.ner.loaders.tsv import TSVTaggingDataset
from hanlp.layers.crf.crf import CRF
from hanlp.utils.time_util import CountdownTimer
from torch import nn

from kg.nlp.bio import Entity, bio_spans, features, read_bio

#: Hyper-parameters that fix the shapes of the weights (a continued run keeps those of its start).
ARCHITECTURE = ("embed", "bigram_embed", "rnn_hidden", "min_bigram", "max_bigrams")


def chunk(chars: Sequence[str], limit: int) -> Iterator[tuple[int, int]]:
    """``(begin, end)`` pieces of at most ``limit`` characters, cut after ``。！？；，`` when possible."""
    begin = 0
    while len(chars) - begin > limit:
        window = range(begin + limit - 1, begin + limit // 2, -1)
        cut = next((i + 1 for i in window if chars[i] in "。！？；，"), begin + limit)
        yield begin, cut
        begin = cut
    yield begin, len(chars)


def _features(sample: dict[str, Any]) -> dict[str, Any]:
    """The dataset transform: a sample's full-width characters and boundary bigrams (:func:`kg.nlp.bio.features`)."""
    sample["char"], sample["bigram"] = features(sample["token"])
    return sample


class FastCRF(CRF):
    """HanLP's CRF, batch-first, with a Viterbi back-trace done on whole tensors instead of per item."""

    def __init__(self, num_tags: int) -> None:
        super().__init__(num_tags, batch_first=True)

    def _viterbi_decode(self, emissions: torch.Tensor, mask: torch.Tensor) -> list[list[int]]:
        seq_length, batch_size = mask.shape
        identity = torch.arange(self.num_tags, device=emissions.device).expand(batch_size, -1)
        score = self.start_transitions + emissions[0]
        history = []
        for i in range(1, seq_length):
            best, indices = (score.unsqueeze(2) + self.transitions + emissions[i].unsqueeze(1)).max(dim=1)
            on = mask[i].unsqueeze(1)
            score = torch.where(on, best, score)
            history.append(torch.where(on, indices, identity))  # padding steps keep the tag
        tag = (score + self.end_transitions).argmax(dim=1)
        path = [tag]
        for indices in reversed(history):
            tag = indices.gather(1, tag.unsqueeze(1)).squeeze(1)
            path.append(tag)
        tags = torch.stack(path[::-1], dim=1).tolist()
        return [row[:n] for row, n in zip(tags, mask.sum(dim=0).tolist(), strict=True)]


class CharBigramTagger(nn.Module):
    """Character + left/right bigram embeddings, a BiLSTM, and a batch-first CRF."""

    def __init__(self, n_chars: int, n_bigrams: int, n_tags: int, embed: int, bigram_embed: int,
                 rnn_hidden: int, drop: float) -> None:
        super().__init__()
        self.char_embed = nn.Embedding(n_chars, embed, padding_idx=0)
        self.bigram_embed = nn.Embedding(n_bigrams, bigram_embed, padding_idx=0)
        self.lstm = nn.LSTM(embed + 2 * bigram_embed, rnn_hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * rnn_hidden, n_tags)
        self.crf = FastCRF(n_tags)
        self.drop = nn.Dropout(drop)

    def forward(self, x: torch.Tensor, batch: dict[str, Any], **_: Any) -> tuple[torch.Tensor, torch.Tensor]:
        mask = x.gt(0)
        bigrams = self.bigram_embed(batch["bigram_id"])
        h = torch.cat([self.char_embed(x), bigrams[:, :-1], bigrams[:, 1:]], dim=-1)
        packed = nn.utils.rnn.pack_padded_sequence(
            self.drop(h), mask.sum(1).cpu(), batch_first=True, enforce_sorted=False
        )
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.size(1))
        return self.out(self.drop(h)), mask


class CharNER(RNNNamedEntityRecognizer):
    """A character-level BIO NER tagger trained and run by HanLP's own machinery."""

    def fit(self, trn_data: Any, dev_data: Any, save_dir: str, batch_size: int = 64, epochs: int = 5,
            embed: int = 64, bigram_embed: int = 32, min_bigram: int = 3, max_bigrams: int = 50_000,
            rnn_hidden: int = 100, drop: float = 0.5, lr: float = 0.002, patience: int = 3, max_len: int = 120,
            init_from: str | None = None, **kwargs: Any) -> Any:
        """Train on ``trn_data``/``dev_data`` (BIO files or lists of ``{"token", "tag"}`` samples).

        ``init_from`` continues from a saved model's vocabularies and weights (its sizes must match).
        """
        return super().fit(trn_data, dev_data, save_dir, batch_size=batch_size, epochs=epochs, embed=embed,
                           bigram_embed=bigram_embed, min_bigram=min_bigram, max_bigrams=max_bigrams,
                           rnn_hidden=rnn_hidden, drop=drop, init_from=init_from,
                           lr=lr, patience=patience, max_len=max_len, crf=True, token_key="token",
                           tagging_scheme="BIO", token_delimiter="", **kwargs)

    def build_model(self, embed: int, bigram_embed: int, rnn_hidden: int, drop: float, **_: Any) -> nn.Module:
        vocabs = self.vocabs
        model = CharBigramTagger(len(vocabs["char"]), len(vocabs["bigram"]), len(vocabs["tag"]), embed,
                                 bigram_embed, rnn_hidden, drop)
        if self.config.get("init_from"):
            state = torch.load(Path(self.config.init_from) / "model.pt", map_location="cpu", weights_only=True)
            model.load_state_dict({k: v.float() for k, v in state.items()})
        return model

    def build_dataset(self, data: Any, transform: list[Any]) -> TSVTaggingDataset:
        return TSVTaggingDataset(data, [_features, *transform])

    def feed_batch(self, batch: dict[str, Any]) -> tuple[torch.Tensor, torch.Tensor]:
        return self.model(batch["char_id"], batch=batch)

    def build_vocabs(self, dataset: Iterable[dict[str, Any]], logger: Any) -> None:
        """Characters and tags seen in training; the ``max_bigrams`` commonest bigrams seen ``min_bigram`` times."""
        if self.config.get("init_from"):
            self.vocabs.load_vocabs(self.config.init_from)
            self.vocabs.lock()
            return
        chars, bigrams = Vocab(), Counter()
        tags = Vocab(unk_token=None, pad_token=None)
        for sample in dataset:
            chars.update(sample["char"])
            tags.update(sample["tag"])
            bigrams.update(sample["bigram"])
        bigram_vocab = Vocab()
        bigram_vocab.update(b for b, n in bigrams.most_common(self.config.max_bigrams) if n >= self.config.min_bigram)
        self.vocabs.update(char=chars, tag=tags, bigram=bigram_vocab)
        self.vocabs.lock()
        self.vocabs.summary(logger)

    def build_dataloader(self, data: Any, batch_size: int, shuffle: bool, device: Any, logger: Any = None,
                         **kwargs: Any) -> Any:
        if isinstance(data, list) and data and "tag" in data[0] and shuffle:
            data = [
                {"token": s["token"][b:e], "tag": s["tag"][b:e]}
                for s in data
                for b, e in chunk(s["token"], self.config.max_len)
            ]
        return super().build_dataloader(data, batch_size, shuffle, device, logger, **kwargs)

    def fit_dataloader(self, trn: Any, criterion: Any, optimizer: Any, metric: Any, logger: Any,
                       ratio_width: int | None = None, **_: Any) -> None:
        """One epoch; unlike HanLP's loop it does not decode every training batch just to log a score."""
        self.model.train()
        timer = CountdownTimer(len(trn))
        total = 0.0
        for idx, batch in enumerate(trn):
            optimizer.zero_grad()
            out, mask = self.feed_batch(batch)
            loss = self.compute_loss(criterion, out, batch["tag_id"], mask) / mask.size(0)
            loss.backward()
            nn.utils.clip_grad_norm_(self.model.parameters(), 5.0)
            optimizer.step()
            total += loss.item()
            timer.log(f"loss: {total / (idx + 1):.4f}", ratio_percentage=False, logger=logger,
                      ratio_width=ratio_width)

    def update_metrics(self, metric: Any, logits: Any, y: Any, mask: Any, batch: dict[str, Any],
                       prediction: list[list[int]]) -> None:
        metric(self._id_to_tags(prediction), batch["tag"])

    def save_config(self, save_dir: str, filename: str = "config.json") -> None:
        """The config without ``init_from``: a saved model stands on its own."""
        init_from = self.config.pop("init_from", None)
        super().save_config(save_dir, filename)
        self.config.init_from = init_from

    def save_weights(self, save_dir: str, filename: str = "model.pt", **_: Any) -> None:
        """Half-precision weights: the shipped model stays a few MB; loading casts them back."""
        state = {k: v.half() if v.is_floating_point() else v for k, v in self.model_.state_dict().items()}
        torch.save(state, os.path.join(save_dir, filename))


def load_ner(path: str | Path) -> Any:
    """``hanlp.load`` a character NER model directory, with a one-line error when it is not one."""
    import hanlp

    from kg.nlp import EngineError

    path = Path(path)
    if not (path / "config.json").is_file():
        raise EngineError(f"{path}: not a HanLP model directory (no config.json)")
    try:
        return hanlp.load(str(path), verbose=False)
    except Exception as exc:  # HanLP raises anything from a broken model folder
        raise EngineError(f"{path}: cannot load the HanLP model: {exc}") from exc


class TorchNER:
    """A loaded HanLP character NER model (a :class:`CharNER`) as a tagger: sentences -> entities."""

    def __init__(self, model: Any) -> None:
        self._model = model

    def __call__(self, sentences: Sequence[str]) -> list[list[Entity]]:
        """The ``(begin, end, label)`` entities of each non-blank sentence."""
        return [[(b, e, label) for _, label, b, e in spans] for spans in self._model([list(s) for s in sentences])]

    def tags(self, sentences: Sequence[str]) -> list[list[str]]:
        """The BIO tags HanLP decodes for each non-blank sentence, before it reads them as spans."""
        with torch.no_grad():  # RNNTagger's predict_data is the tagger's, under the NER's span reading
            return RNNTagger.predict_data(self._model, [list(s) for s in sentences], self._model.config.batch_size)

    def close(self) -> None:
        self._model = None


def name_lists(samples: Sequence[dict[str, Any]], count: int, seed: int) -> list[dict[str, Any]]:
    """``count`` synthetic sentences of 4-40 person names (2-4 characters) from ``samples``, no separators.

    News prints name lists that way (治丧委员会名单, 主席团名单: 李鹏乔石李瑞环…); the corpora have
    few of them, so a model learns to read a run of names as one person.
    """
    names = sorted({"".join(s["token"][b:e]) for s in samples for b, e, kind in bio_spans(s["tag"])
                    if kind == "PER" and 2 <= e - b <= 4})
    rng = random.Random(seed)
    out = []
    for _ in range(count if names else 0):
        picked = rng.choices(names, k=rng.randint(4, 40))
        out.append({"token": [c for name in picked for c in name],
                    "tag": [t for name in picked for t in ["B-PER"] + ["I-PER"] * (len(name) - 1)]})
    return out


def train(files: Sequence[str | Path], save_dir: str | Path, *, dev_every: int = 50, limit: int | None = None,
          seed: int = 1, lists: int = 0, **hparams: Any) -> CharNER:
    """Train a :class:`CharNER` on ``files``; every ``dev_every``-th sentence is held out for model selection.

    ``lists`` adds that many :func:`name_lists` sentences (from the training part) to the training part.
    ``hparams`` go to :meth:`CharNER.fit` (``init_from=<model dir>`` continues an earlier run).

    ``save_dir`` ends up holding exactly what ``hanlp.load`` needs: ``config.json``, ``vocabs.json``, ``model.pt``.
    """
    if hparams.get("init_from"):
        saved = json.loads((Path(hparams["init_from"]) / "config.json").read_text(encoding="utf-8"))
        hparams.update({key: saved[key] for key in ARCHITECTURE})
    samples = [{"token": chars, "tag": tags} for path in files for chars, tags in read_bio(path)][:limit]
    dev = samples[::dev_every]
    trn = [s for i, s in enumerate(samples) if i % dev_every]
    trn += name_lists(trn, lists, seed)
    ner = CharNER()
    ner.fit(trn, dev, str(save_dir), seed=seed, devices=-1, **hparams)
    Path(save_dir, "train.log").unlink(missing_ok=True)
    return ner
