"""The Spark job's first-copy rule (sinmun.corpus.spark_dedup.resolve) against sinmun run's Deduplicator,
on signatures with many overlapping near-copies (no Spark needed: the bands are cut here as the job cuts them)."""
import random

import numpy as np

from sinmun.corpus.dedup import HASH_DTYPE, Deduplicator, signature
from sinmun.corpus.spark_dedup import HASH_BYTES, band_ranges, resolve

WORDS = ["시장", "정부", "발표", "수출", "반도체", "기온", "도서관", "주민", "예산", "철거", "육교", "비", "국회", "선거"]


def _bodies(count: int, seed: int = 7) -> list[list[str]]:
    """Stories and edited copies of them: a changed word or two, a dropped or added sentence."""
    rng = random.Random(seed)
    stories = [[" ".join(rng.choice(WORDS) for _ in range(12)) + "." for _ in range(6)] for _ in range(count // 4)]
    bodies = []
    for _ in range(count):
        body = list(rng.choice(stories))
        for _ in range(rng.randrange(3)):
            i = rng.randrange(len(body))
            words = body[i].split()
            words[rng.randrange(len(words))] = rng.choice(WORDS)
            body[i] = " ".join(words)
        if rng.random() < 0.3:
            body = body[:-1] if rng.random() < 0.5 else body + ["추가 문장입니다."]
        bodies.append(body)
    return bodies


def _buckets(minhash: bytes, threshold: float) -> list[tuple[int, bytes]]:
    return [(band, minhash[start * HASH_BYTES:end * HASH_BYTES])
            for band, (start, end) in enumerate(band_ranges(threshold))]


def test_resolve_gives_the_clusters_of_the_deduplicator():
    for threshold in (0.8, 0.5):
        signatures = [signature(body) for body in _bodies(240)]
        index = Deduplicator(threshold=threshold)
        expected = {(0, n): index.classify(f"r{n}", sig) for n, sig in enumerate(signatures)}
        shuffled = [((0, n), f"r{n}", sig.exact, _buckets(sig.minhash, threshold)) for n, sig in enumerate(signatures)]
        random.Random(1).shuffle(shuffled)  # the job collects candidates in any order and sorts them
        assert resolve(sorted(shuffled)) == expected
        kinds = {kind for _, kind in expected.values()}
        assert kinds == {None, "exact", "near"}


def test_bands_are_datasketchs():
    from datasketch import MinHashLSH
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    ranges = band_ranges(0.8)
    assert len(ranges) == lsh.b and all(end - start == lsh.r for start, end in ranges)
    assert np.dtype(HASH_DTYPE).itemsize == HASH_BYTES


def test_the_jobs_bands_are_sinmun_runs_without_datasketch():
    import subprocess
    import sys

    for threshold, num_perm in ((0.3, 128), (0.5, 128), (0.7, 128), (0.8, 128), (0.9, 128), (0.95, 128), (0.8, 64)):
        local = Deduplicator(threshold=threshold, num_perm=num_perm).bands  # byte ranges of the signature
        assert [(start * HASH_BYTES, end * HASH_BYTES) for start, end in band_ranges(threshold, num_perm)] == local
    code = ("import sys; from sinmun.corpus.spark_dedup import band_ranges; band_ranges(0.8); band_ranges(0.6, 64); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('datasketch', 'scipy')))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"
