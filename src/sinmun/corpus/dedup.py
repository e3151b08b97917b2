"""Duplicate detection for corpora: exact (normalized body hash) then near (MinHash LSH).

Syndicated wire stories (연합뉴스, 뉴시스 ...) appear on many sites and portals with small
edits: a different dateline, byline or last paragraph. Character shingles work for Korean
without a tokenizer. The signature is computed where the page is extracted (a worker);
:class:`Deduplicator` keeps the run-wide index in one process.

The MinHash and the LSH banding follow datasketch (the ``affine32`` permutations of seed 1, the
bands ``MinHashLSH`` picks for the threshold) but run on numpy alone: importing datasketch loads
scipy (~0.6 s per process, for one numerical integration), and hashing each shingle with SHA-1
in Python cost more than extracting the page. Here all shingles of a page are hashed in a few
array operations (:func:`shingle_hashes`), and :func:`lsh_params` gives the same (bands, rows)
as datasketch's ``_optimal_param`` for every threshold (tests/test_corpus_dedup.py compares
them, and checks that the signatures estimate the shingles' Jaccard similarity).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..extras import require

NUM_PERM = 128
SHINGLE = 5
SCHEME = "affine32"
HASH_DTYPE = "uint32"  # the hash values of the affine32 scheme
SEED = 1
_NOT_WORD = re.compile(r"[\W_]+")
#: Gauss-Legendre nodes for the band-error integrals: 65 points integrate exactly the polynomials
#: of degree up to 129, and the integrands are polynomials of degree bands * rows <= NUM_PERM.
_QUADRATURE_POINTS = 65


@dataclass(frozen=True)
class Signature:
    exact: str           # hash of the normalized body
    minhash: bytes       # MinHash values (uint32), compact for sending between processes


def normalize(paragraphs: list[str]) -> str:
    """NFKC, lower case, no spaces or punctuation: the text two copies of a story share."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", " ".join(paragraphs)).lower())


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    if len(text) <= size:
        return {text.encode()} if text else set()
    return {text[i:i + size].encode() for i in range(len(text) - size + 1)}


@lru_cache(maxsize=4)
def _permutations(num_perm: int):
    """datasketch's affine32 permutations for seed 1: h -> a * h + b (mod 2**32), a odd."""
    np = require("numpy", "corpus")
    generator = np.random.RandomState(SEED)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(values):
    """The MurmurHash3 finalizer datasketch mixes each input hash with (uint32 wrap-around)."""
    np = require("numpy", "corpus")
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def _fmix64(values):
    """The MurmurHash3 64-bit finalizer: spreads a shingle's packed characters over all bits."""
    np = require("numpy", "corpus")
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xFF51AFD7ED558CCD)
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xC4CEB9FE1A85EC53)
    return values ^ (values >> np.uint64(33))


#: Odd multiplier of the shingle hash (a character position's weight is a power of it).
_SHINGLE_MULTIPLIER = 0x9E3779B97F4A7C15


def shingle_hashes(text: str, size: int = SHINGLE):
    """A 32-bit hash of every ``size``-character shingle of ``text`` (of the whole text when it is
    shorter), computed for all shingles at once: each shingle's code points folded into 64 bits
    by a polynomial (uint64 wrap-around), mixed, and its top half kept."""
    np = require("numpy", "corpus")
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.uint64)
    if codes.size == 0:
        return codes.astype(np.uint32)
    width = min(size, codes.size)
    windows = np.lib.stride_tricks.sliding_window_view(codes, width)
    folded = windows[:, 0].copy()
    multiplier = np.uint64(_SHINGLE_MULTIPLIER)
    for column in range(1, width):
        folded = folded * multiplier + windows[:, column]
    return (_fmix64(folded + np.uint64(width)) >> np.uint64(32)).astype(np.uint32)


def minhash_values(hashes, num_perm: int = NUM_PERM):
    """The MinHash of a set given by 32-bit hashes: per permutation, the least permuted hash
    (datasketch's ``affine32`` scheme: the hash mixed by ``fmix32``, then ``a * h + b``)."""
    np = require("numpy", "corpus")
    a, b = _permutations(num_perm)
    if len(hashes) == 0:
        return np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)
    permuted = np.multiply(_fmix32(np.asarray(hashes, dtype=np.uint32)).reshape(-1, 1), a)
    permuted += b
    return permuted.min(axis=0)


def signature(paragraphs: list[str], num_perm: int = NUM_PERM) -> Signature:
    text = normalize(paragraphs)
    values = minhash_values(shingle_hashes(text), num_perm)
    exact = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
    return Signature(exact, values.astype(HASH_DTYPE).tobytes())


@lru_cache(maxsize=16)
def lsh_params(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows) minimising false positives + false negatives around ``threshold``, equally
    weighted: datasketch's ``_optimal_param``, with its integrals taken by Gauss-Legendre
    quadrature (exact for these polynomials) instead of ``scipy.integrate.quad``."""
    np = require("numpy", "corpus")
    nodes, weights = np.polynomial.legendre.leggauss(_QUADRATURE_POINTS)
    pairs = [(bands, rows) for bands in range(1, num_perm + 1) for rows in range(1, num_perm // bands + 1)]
    bands, rows = (np.array(column, dtype=float)[:, None] for column in zip(*pairs))

    def candidate_probability(low: float, high: float):
        """P(some band matches | similarity s) of each pair at the nodes on [low, high], and the nodes' weights."""
        points = (high - low) / 2 * nodes + (high + low) / 2
        return 1 - (1 - points[None, :] ** rows) ** bands, (high - low) / 2 * weights

    below, below_weights = candidate_probability(0.0, threshold)
    above, above_weights = candidate_probability(threshold, 1.0)
    false_positive = below @ below_weights
    false_negative = (1 - above) @ above_weights
    best = int(np.argmin(0.5 * false_positive + 0.5 * false_negative))  # the first of equals, as datasketch
    return pairs[best]


def band_ranges(threshold: float, num_perm: int = NUM_PERM) -> tuple[tuple[int, int], ...]:
    """The (start, end) hash-value ranges of the LSH bands for this threshold."""
    bands, rows = lsh_params(threshold, num_perm)
    return tuple((i * rows, (i + 1) * rows) for i in range(bands))


class Deduplicator:
    """Assigns every record a cluster: the id of the first record with the same or a near-identical body.

    Near means sharing one LSH band (the bytes of ``rows`` consecutive hash values) with an
    earlier first copy, as ``datasketch.MinHashLSH.query`` finds them.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = NUM_PERM) -> None:
        self.num_perm = num_perm
        self.bands = [(start * 4, end * 4) for start, end in band_ranges(threshold, num_perm)]
        self.buckets: list[dict[bytes, int]] = [{} for _ in self.bands]  # band value -> first insertion
        self.exact: dict[str, str] = {}
        self.clusters: list[str] = []  # LSH key (insertion number) -> cluster id

    def classify(self, record_id: str, sig: Signature) -> tuple[str, str | None]:
        """(cluster id, kind) where kind is None for a first copy, else ``exact`` or ``near``."""
        if sig.exact in self.exact:
            return self.exact[sig.exact], "exact"
        values = sig.minhash
        keys = [values[start:end] for start, end in self.bands]
        hits = [bucket[key] for bucket, key in zip(self.buckets, keys) if key in bucket]
        if hits:
            return self.clusters[min(hits)], "near"
        number = len(self.clusters)
        for bucket, key in zip(self.buckets, keys):
            bucket.setdefault(key, number)
        self.clusters.append(record_id)
        self.exact[sig.exact] = record_id
        return record_id, None

    def __len__(self) -> int:
        return len(self.clusters)
