"""Linear-chain CRF decoding in numpy: the best tag path of every sentence of a padded batch at once."""

from __future__ import annotations

import numpy as np


def viterbi(emissions: np.ndarray, lengths: np.ndarray, transitions: np.ndarray,
            start: np.ndarray | None = None, end: np.ndarray | None = None) -> list[list[int]]:
    """Best tag paths of a padded batch.

    ``emissions`` is (batch, time, tags), ``lengths`` (batch,) with every length >= 1, ``transitions``
    (tags, tags) scores ``from -> to``; ``start``/``end`` (tags,) score the first and last tag (HanLP's
    CRF has them, LAC's has not). Padding steps keep each sentence's tag, so one back-trace over the
    whole batch serves every length.
    """
    batch, steps, tags = emissions.shape
    score = emissions[:, 0] + start if start is not None else emissions[:, 0].copy()
    back = np.empty((max(steps - 1, 0), batch, tags), dtype=np.int64)
    keep = np.arange(tags)[None]
    for t in range(1, steps):
        total = score[:, :, None] + transitions[None]
        best = total.argmax(axis=1)
        new = total.max(axis=1) + emissions[:, t]
        active = (t < lengths)[:, None]
        score = np.where(active, new, score)
        back[t - 1] = np.where(active, best, keep)
    tag = (score + end if end is not None else score).argmax(axis=1)
    path = np.empty((batch, steps), dtype=np.int64)
    path[:, -1] = tag
    rows = np.arange(batch)
    for t in range(steps - 2, -1, -1):
        tag = back[t, rows, tag]
        path[:, t] = tag
    return [row[:n] for row, n in zip(path.tolist(), lengths.tolist(), strict=True)]
