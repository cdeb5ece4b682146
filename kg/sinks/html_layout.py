"""A fast force-directed layout for pages too big for in-browser physics.

Fruchterman–Reingold with particle-mesh repulsion: node density is binned on a
grid and the repulsive field of all nodes is one FFT convolution, so a step costs
O(n + m + G² log G) instead of O(n²). A pull to the centre keeps small components
close to the big one; nodes without edges are set out in rows below instead of
forming a distant ring. Ideal edge length is 1; callers scale the result.
"""

from __future__ import annotations

import numpy as np

#: Pull towards the centre (per unit of distance): small components settle just outside the big one.
GRAVITY = 3.0


def _unit_kernel(grid: int) -> tuple[np.ndarray, np.ndarray]:
    """FFTs of the repulsion kernel ``(dx, dy) / (dx² + dy²)`` on the zero-padded ``2G × 2G`` grid."""
    offsets = np.fft.fftfreq(2 * grid, 1 / (2 * grid))  # 0, 1, …, G-1, -G, …, -1 (wrap order)
    dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
    r2 = dx * dx + dy * dy
    r2[0, 0] = np.inf  # a node does not repel itself; cell-mates are handled by _cell_mates
    return np.fft.rfft2(dx / r2), np.fft.rfft2(dy / r2)


def _cell_mates(pos: np.ndarray, flat: np.ndarray, disp: np.ndarray) -> None:
    """Add the exact repulsion between nodes that share a grid cell (the mesh cannot see it)."""
    order = np.argsort(flat, kind="stable")
    cell = flat[order]
    for offset in range(1, len(order)):
        same = cell[offset:] == cell[:-offset]
        if not same.any():
            return
        i, j = order[:-offset][same], order[offset:][same]
        delta = pos[i] - pos[j]
        push = delta / np.maximum((delta * delta).sum(axis=1, keepdims=True), 1e-6)
        np.add.at(disp, i, push)
        np.add.at(disp, j, -push)


def force_layout(n: int, edges: np.ndarray, *, iterations: int = 150, seed: int = 0) -> np.ndarray:
    """Positions (``n × 2``) for ``n`` nodes joined by ``edges`` (``m × 2`` node indices)."""
    edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    edges = edges[edges[:, 0] != edges[:, 1]]
    linked = np.zeros(n, dtype=bool)
    linked[edges.ravel()] = True
    core = np.flatnonzero(linked)
    index = np.full(n, -1)
    index[core] = np.arange(len(core))
    pos = np.zeros((n, 2))
    pos[core] = _springs(len(core), index[edges], iterations, seed)
    lone = np.flatnonzero(~linked)
    if len(lone):
        lo, hi = (pos[core].min(axis=0), pos[core].max(axis=0)) if len(core) else (np.zeros(2), np.zeros(2))
        rows, cols = np.divmod(np.arange(len(lone)), max(int(hi[0] - lo[0]), int(np.sqrt(len(lone))), 1))
        pos[lone] = np.column_stack((lo[0] + cols, hi[1] + 1.5 + rows))
    return pos


def _springs(n: int, edges: np.ndarray, iterations: int, seed: int) -> np.ndarray:
    """The force-directed positions of ``n`` nodes that all have edges, centred on the origin."""
    rng = np.random.default_rng(seed)
    side = max(np.sqrt(n), 1.0)
    pos = rng.uniform(0.0, side, (n, 2))
    if n < 2:
        return pos * 0.0
    grid = int(np.clip(np.ceil(2 * np.sqrt(n) / 16) * 16, 32, 256))
    kx, ky = _unit_kernel(grid)
    src, dst = edges[:, 0], edges[:, 1]
    density = np.zeros((2 * grid, 2 * grid))
    for step in range(iterations):
        lo = pos.min(axis=0)
        cell_size = max(float((pos.max(axis=0) - lo).max()), 1e-9) / (grid - 1e-6)
        cells = np.minimum(((pos - lo) / cell_size).astype(np.int64), grid - 1)
        flat = cells[:, 0] * grid + cells[:, 1]
        density[:grid, :grid] = np.bincount(flat, minlength=grid * grid).reshape(grid, grid)
        spectrum = np.fft.rfft2(density)
        field_x = np.fft.irfft2(spectrum * kx, density.shape)[:grid, :grid].ravel()
        field_y = np.fft.irfft2(spectrum * ky, density.shape)[:grid, :grid].ravel()
        disp = np.column_stack((field_x[flat], field_y[flat])) / cell_size
        _cell_mates(pos, flat, disp)

        delta = pos[dst] - pos[src]
        pull = delta * np.linalg.norm(delta, axis=1, keepdims=True)
        for axis in (0, 1):
            disp[:, axis] += np.bincount(src, pull[:, axis], n) - np.bincount(dst, pull[:, axis], n)
        disp -= GRAVITY * (pos - pos.mean(axis=0))

        length = np.maximum(np.linalg.norm(disp, axis=1, keepdims=True), 1e-9)
        temperature = side / 10 * (1 - step / iterations) + 0.01
        pos += disp / length * np.minimum(length, temperature)
    return pos - pos.mean(axis=0)
