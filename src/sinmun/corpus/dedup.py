"""Duplicate detection for corpora: exact (normalized body hash) then near (MinHash LSH).

Syndicated wire stories (연합뉴스, 뉴시스 ...) appear on many sites and portals with small
edits: a different dateline, byline or last paragraph. Character shingles work for Korean
without a tokenizer. The signature is computed where the page is extracted (a worker);
:class:`Deduplicator` keeps the run-wide index in one process.
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
_NOT_WORD = re.compile(r"[\W_]+")


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
def _template(num_perm: int):
    MinHash = require("datasketch", "corpus").MinHash  # imported when used: it takes most of a second
    return MinHash(num_perm=num_perm, seed=1, scheme=SCHEME)


def signature(paragraphs: list[str], num_perm: int = NUM_PERM) -> Signature:
    text = normalize(paragraphs)
    minhash = _minhash(num_perm)
    minhash.update_batch(list(shingles(text)))
    exact = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
    return Signature(exact, minhash.hashvalues.astype(HASH_DTYPE).tobytes())


def _minhash(num_perm: int, values: bytes | None = None):
    """A MinHash sharing the cached permutations (making them is the slow part), empty or from ``values``."""
    np = require("numpy", "corpus")
    MinHash = require("datasketch", "corpus").MinHash
    hashvalues = np.frombuffer(values, dtype=HASH_DTYPE) if values is not None else None
    return MinHash(num_perm=num_perm, seed=1, permutations=_template(num_perm).permutations,
                   hashvalues=hashvalues, scheme=SCHEME)


class Deduplicator:
    """Assigns every record a cluster: the id of the first record with the same or a near-identical body."""

    def __init__(self, threshold: float = 0.8, num_perm: int = NUM_PERM) -> None:
        MinHashLSH = require("datasketch", "corpus").MinHashLSH
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.exact: dict[str, str] = {}
        self.clusters: list[str] = []  # LSH key (insertion number) -> cluster id

    def classify(self, record_id: str, sig: Signature) -> tuple[str, str | None]:
        """(cluster id, kind) where kind is None for a first copy, else ``exact`` or ``near``."""
        if sig.exact in self.exact:
            return self.exact[sig.exact], "exact"
        minhash = _minhash(self.num_perm, sig.minhash)
        hits = self.lsh.query(minhash)
        if hits:
            return self.clusters[min(hits)], "near"
        self.lsh.insert(len(self.clusters), minhash)
        self.clusters.append(record_id)
        self.exact[sig.exact] = record_id
        return record_id, None

    def __len__(self) -> int:
        return len(self.clusters)
