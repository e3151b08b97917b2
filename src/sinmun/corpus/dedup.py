"""Duplicate detection for corpora: exact (normalized body hash) then near (MinHash LSH).

Syndicated wire stories (연합뉴스, 뉴시스 ...) appear on many sites and portals with small
edits: a different dateline, byline or last paragraph. Character shingles work for Korean
without a tokenizer. The signature is computed where the page is extracted (a worker);
:class:`Deduplicator` keeps the run-wide index in one process.

The MinHash and the LSH banding follow datasketch (the ``affine32`` permutations of seed 1, the
bands ``MinHashLSH`` picks for the threshold) but run on numpy alone: importing datasketch loads
scipy (~0.6 s per process, for one numerical integration), and hashing each shingle with SHA-1
in Python cost more than extracting the page. :func:`lsh_params` gives the same (bands, rows)
as datasketch's ``_optimal_param`` for every threshold (tests/corpus/test_corpus_dedup.py compares
them, and checks the signatures against a plain one-integer-at-a-time MinHash).

A page is signed where it is extracted, in a few dozen array operations and no Python loop over
its characters: the normalized text's code points come from one look-up in a table of the
characters ``normalize`` keeps (:func:`normalized_codes`, instead of a regular expression), all
its shingles are hashed at once (:func:`shingle_hashes`), and the permutations x shingles
products are taken in place in a reusable block (:func:`minhash_values`), 4,096 shingles at a
time (a huge page needs no huge array). The permutations of the default ``num_perm`` are written
out, so that signing never loads ``numpy.random``. Inside a run each of those operations finds
the caches as the page's extraction left them, which makes signing there 2-3x slower than in a
loop; :func:`signatures` signs many bodies with the array work done once for all of them.
"""
from __future__ import annotations

import hashlib
import re
import sys
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..extras import require

NUM_PERM = 128
SHINGLE = 5
SCHEME = "affine32"
HASH_DTYPE = "uint32"  # the hash values of the affine32 scheme
SEED = 1
_NOT_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")
_BMP = 0x10000
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
    """The set a signature stands for, as plain strings (for checks; signing uses hashes of them)."""
    if len(text) <= size:
        return {text.encode()} if text else set()
    return {text[i:i + size].encode() for i in range(len(text) - size + 1)}


@lru_cache(maxsize=1)
def _numpy() -> Any:
    return require("numpy", "corpus")


@lru_cache(maxsize=1)
def _bmp_word_characters() -> Any:
    """For each code point of the Basic Multilingual Plane, whether :func:`normalize` keeps it:
    the runs of ``_WORD`` (the complement of ``_NOT_WORD``) in a string of all of them (~2 ms, once)."""
    np = _numpy()
    every = np.arange(_BMP, dtype="<u4").tobytes().decode("utf-32-le", "surrogatepass")
    table = np.zeros(_BMP, dtype=bool)
    for run in _WORD.finditer(every):
        table[run.start():run.end()] = True
    return table


def normalized_codes(paragraphs: list[str]) -> Any:
    """The code points of ``normalize(paragraphs)`` (uint32), with the punctuation and spaces
    dropped by one table look-up instead of a regular expression (the expression for a text with
    characters beyond the BMP)."""
    np = _numpy()
    folded = unicodedata.normalize("NFKC", " ".join(paragraphs)).lower()
    codes = np.frombuffer(folded.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    if codes.size == 0 or int(codes.max()) < _BMP:
        return codes[_bmp_word_characters()[codes]]
    return np.frombuffer(_NOT_WORD.sub("", folded).encode("utf-32-le"), dtype="<u4")


#: ``_permutations(NUM_PERM)`` as drawn by numpy's ``RandomState(SEED)`` (uint32, little-endian),
#: written out so that signing does not load ``numpy.random`` (~30 ms); a test draws them again.
_DRAWN = {NUM_PERM: (bytes.fromhex(
    "4be883d5d7018ffe195fce70912878ddfffd0e00138799419755cb9a0b3d82ff9f96234b81a7e0782101472f03a10ccb"
    "997f5d5f8f3c9cc6db55edb0f9f3e8560d1b25cb33fafede65c9df1329aa4fb1fda9a0d6cb6265a02517d55ea993910c"
    "17f7ad68f9410ce3d59b98c139258b753bbf050e1db39e116584475789d4f2d3aff9a8d5afbf16ead3970c1ee38584dc"
    "efcbe047bd5bd5e0c18e6d65ad08898e1b31fb99d3af936e13fbbfef0f08039b7f2279a07b96832f2d1c7862734a4b09"
    "0314b6c001efe3ba79e209caa3f185a811ea8a2bb1c5c1a81bfdfe13e734cd8b5f03f456d51f551ef3e49bc191734f57"
    "3d845a328f48a62f076b9bd78d0be3572b7f70ea63dcd5d2730afb100764256589b73d6231564a94e3438ba157f8c348"
    "990c7d5f35980e91690e54aba14a38d3db145d09e7e67e1153ea1280a5db803f1f004cfa81d83e5289910f7f3360d498"
    "df5a968fc5bd6be4af6b1c940f4fba71350ada3433fd8f25d14c52e52d0840f0136e33d1877d3d31cf975496fd8886ce"
    "2f4a5793fbda2d3dc91a93423781b20c4b77ea0973a2d02aa754905b4dd96ed511855a6c414a26d245bbf587155e0d99"
    "2f7aaffb1f0d352bdf55521baf38bf2133bef2258f1f563ae701204bb90abfe99574b92d7d099f855dba466641a74776"
    "b12d65342f2920116f25ffd3834a5ee6e36a88639b4e72fc074e0fd40197c914"), bytes.fromhex(
    "f8bfc90cfdd4f6c3cd81308906c79b0b3472eea9d5d1d423c6c5cf8302f6daca4cf6d0f1db0fa10795782896cb8214e2"
    "075945e74d18718ac88a31234bd4ae724c9da7232b0463e41432b1ce1e5ea9602426ce656733d68907a7542a2d0ffda6"
    "c43371ed399a7b5cf02e0759fc9d2d92d23835c0604049a30d01dbb90a2c5620175920e27c3fb1b051fba89f87e7d2a5"
    "79c33dc098c09b5aca665159dc3d63c394fe1945a0a9455b8ccc58e5c1bcb6c05e62976d3c9e9fe1e9c1fff698c0fc02"
    "524dd7a97313847f6173279f8208e412ecfd5f1ddca675c967ba11f362b766100a712d73b69ef55a60571194e9391cf1"
    "52a77b68d6c93a61c6ccad3cc2ba4ec347e143e7e73f87c5b0a8dc9236f6254d0f1cbc00853bd2c59135fd9daa682627"
    "14009f53765a2194b047ed8616594e02e519cde28dcf83b5f107765b72ea7b7861c295e8b556bcc35487949f0a0ca777"
    "60dc0c04b740dd443d99efed38cee9d4d99edeb095a1238de78c50ff60dcf011f9811e2cd31ff47819541b23f1d525be"
    "8e93beee8d082431d4ac62b2741edd762b63e510860ef93acd0666c1b8821c82bb07fec08fbb643518564becfb339f0c"
    "897c26b6c221d484c738d01f356f1a2c45dd1605a4c9746565c3b506f84a7c1b15183f0728ed82824db0073fdb88251a"
    "b1ca2adc7169e9492fd5f089cd85543ba8bd858dce15b9f72d568fd757e73f47"))}


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[Any, Any]:
    """datasketch's affine32 permutations for seed 1: h -> a * h + b (mod 2**32), a odd; as columns
    (``num_perm`` x 1), to scale the rows of a permutations x shingles block."""
    np = _numpy()
    if num_perm in _DRAWN:
        a, b = (np.frombuffer(raw, dtype="<u4").astype(np.uint32) for raw in _DRAWN[num_perm])
    else:
        a, b = draw_permutations(num_perm)
    return a.reshape(-1, 1), b.reshape(-1, 1)


def draw_permutations(num_perm: int) -> tuple[Any, Any]:
    """The (a, b) of datasketch's ``affine32`` scheme: ``RandomState(SEED)`` draws ``num_perm``
    values below 2**31 (doubled, plus one: odd) and then ``num_perm`` below 2**32."""
    np = _numpy()
    generator = np.random.RandomState(SEED)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


#: MurmurHash3's finalizers as (shifts, multipliers): x ^= x >> s1; x *= m1; x ^= x >> s2; x *= m2;
#: x ^= x >> s3. fmix32 is datasketch's mix of each input hash; fmix64 spreads a shingle's packed
#: characters over all bits.
_FMIX32 = ((16, 13, 16), (0x85EBCA6B, 0xC2B2AE35))
#: fmix64 without its last step, for the top half only: (x ^ (x >> 33)) >> 32 is x >> 32.
_FMIX64_TOP_HALF = ((33, 33), (0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53))


def _mix_in_place(values: Any, finalizer: tuple[tuple[int, ...], tuple[int, ...]]) -> None:
    """A MurmurHash3 finalizer on ``values`` (uint32 or uint64, wrap-around), in place."""
    np = _numpy()
    shifted = np.empty_like(values)
    for shift, multiplier in _finalizer_steps(values.dtype.type, finalizer):
        np.right_shift(values, shift, out=shifted)
        values ^= shifted
        if multiplier is not None:
            values *= multiplier


@lru_cache(maxsize=4)
def _finalizer_steps(kind: Any, finalizer: tuple[tuple[int, ...], tuple[int, ...]]) -> tuple[tuple[Any, Any], ...]:
    """The finalizer's (shift, multiplier or None) steps as numpy scalars of ``kind``, made once:
    inside a run every call on the signing path is paid with cold caches."""
    shifts, multipliers = finalizer
    return tuple((kind(shift), kind(multipliers[step]) if step < len(multipliers) else None)
                 for step, shift in enumerate(shifts))


#: Odd multiplier of the shingle hash (a character position's weight is a power of it).
_SHINGLE_MULTIPLIER = 0x9E3779B97F4A7C15
#: Where the top half of a uint64 lies among its two uint32 halves in memory.
_HIGH_HALF = 1 if sys.byteorder == "little" else 0


def shingle_hashes(text: str, size: int = SHINGLE) -> Any:
    """A 32-bit hash of every ``size``-character shingle of ``text`` (of the whole text when it is
    shorter), computed for all shingles at once."""
    np = _numpy()
    return _code_shingle_hashes(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4"), size)


def _code_shingle_hashes(codes: Any, size: int = SHINGLE) -> Any:
    """:func:`shingle_hashes` of a text given as its code points: each shingle's code points folded
    into 64 bits by a polynomial (uint64 wrap-around: one product of the shingles' windows with the
    multiplier's powers), the width added, mixed by ``fmix64``, and the top half kept."""
    np = _numpy()
    if codes.size == 0:
        return np.empty(0, dtype=np.uint32)
    width = min(size, codes.size)
    wide = codes.astype(np.uint64)
    windows = np.ndarray((codes.size - width + 1, width), dtype=np.uint64, buffer=wide, strides=(8, 8))
    folded = windows @ _powers(width)
    folded += np.uint64(width)
    _mix_in_place(folded, _FMIX64_TOP_HALF)
    return folded.view(np.uint32)[_HIGH_HALF::2].copy()


@lru_cache(maxsize=8)
def _powers(width: int) -> Any:
    """The weights of a shingle's characters: the multiplier to the powers width - 1 ... 0 (mod 2**64)."""
    np = _numpy()
    return np.array([pow(_SHINGLE_MULTIPLIER, width - 1 - column, 1 << 64) for column in range(width)],
                    dtype=np.uint64)


class _Scratch(threading.local):
    """Each thread's reusable block for the permuted hashes (no allocation per page)."""

    block: Any = None


_SCRATCH = _Scratch()
#: Shingles permuted per block: num_perm x 4096 uint32 is 2 MiB at 128 permutations, one block for
#: almost every page (smaller blocks, 64 or 256 shingles, made signing inside a run slower: more
#: calls, each with the caches the extraction left).
_BLOCK_SHINGLES = 4096


def _scratch_block(num_perm: int, shingles: int) -> Any:
    np = _numpy()
    if _SCRATCH.block is None or _SCRATCH.block.size < num_perm * _BLOCK_SHINGLES:
        _SCRATCH.block = np.empty(num_perm * _BLOCK_SHINGLES, dtype=np.uint32)
    return _SCRATCH.block[:num_perm * shingles].reshape(num_perm, shingles)


def minhash_values(hashes: Any, num_perm: int = NUM_PERM) -> Any:
    """The MinHash of a set given by 32-bit hashes: per permutation, the least permuted hash
    (datasketch's ``affine32`` scheme: the hash mixed by ``fmix32``, then ``a * h + b``)."""
    np = _numpy()
    return _least_permuted(np.array(hashes, dtype=np.uint32), num_perm)  # a copy: mixed in place


def _least_permuted(hashes: Any, num_perm: int) -> Any:
    """:func:`minhash_values` of ``hashes`` (uint32, mixed in place)."""
    np = _numpy()
    if hashes.size == 0:
        return np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)
    _mix_in_place(hashes, _FMIX32)
    return _least_permuted_mixed(hashes, *_permutations(num_perm))


def _least_permuted_mixed(hashes: Any, a: Any, b: Any) -> Any:
    """Per permutation (a, b), the least ``a * h + b`` of the (mixed) ``hashes``: the products
    taken a block of shingles at a time in a reusable block."""
    np = _numpy()
    least = None
    for start in range(0, hashes.size, _BLOCK_SHINGLES):
        part = hashes[start:start + _BLOCK_SHINGLES]
        block = _scratch_block(a.size, part.size)
        np.multiply(a, part, out=block)
        block += b
        least = block.min(axis=1) if least is None else np.minimum(least, block.min(axis=1), out=least)
    return least


def signature(paragraphs: list[str], num_perm: int = NUM_PERM) -> Signature:
    """The exact hash and the MinHash of a body (``normalize``'s text and its 5-character shingles)."""
    codes = normalized_codes(paragraphs)
    values = _least_permuted(_code_shingle_hashes(codes), num_perm)
    return Signature(_exact_hash(codes), values.tobytes())


def _exact_hash(codes: Any) -> str:
    return hashlib.blake2b(codes.tobytes().decode("utf-32-le").encode(), digest_size=16).hexdigest()


def signatures(bodies: list[list[str]], num_perm: int = NUM_PERM) -> list[Signature]:
    """:func:`signature` of each body, the array work done for all of them at once: the shingles
    of all the texts hashed in one pass over their concatenated code points (the windows that
    straddle two texts dropped), and the permutations taken a block of whole texts at a time,
    each text's minima by one ``minimum.reduceat``. For many bodies at hand (a resumed run's
    first copies, a partition of a corpus): the caches stay warm from one body to the next."""
    np = _numpy()
    codes = [normalized_codes(body) for body in bodies]
    lengths = np.array([c.size for c in codes], dtype=np.int64)
    counts = np.where(lengths >= SHINGLE, lengths - (SHINGLE - 1), 0)
    hashes = _code_shingle_hashes(np.concatenate(codes)) if lengths.sum() >= SHINGLE else np.empty(0, np.uint32)
    starts = np.repeat(np.cumsum(lengths) - lengths, counts) + _ranks(counts)
    kept = hashes[starts]  # the windows that begin and end inside one text, text after text
    _mix_in_place(kept, _FMIX32)
    values = np.full((len(bodies), num_perm), 0xFFFFFFFF, dtype=np.uint32)
    for short in np.flatnonzero((lengths > 0) & (lengths < SHINGLE)):  # one shingle: the whole text
        values[short] = _least_permuted(_code_shingle_hashes(codes[short]), num_perm)
    _least_permuted_by_text(kept, counts, values)
    return [Signature(_exact_hash(c), row.tobytes()) for c, row in zip(codes, values)]


def _ranks(counts: Any) -> Any:
    """0, 1, ... count - 1 for each count, concatenated."""
    np = _numpy()
    ends = np.cumsum(counts)
    return np.arange(int(ends[-1]) if counts.size else 0) - np.repeat(ends - counts, counts)


def _least_permuted_by_text(hashes: Any, counts: Any, values: Any) -> None:
    """Each text's least permuted hash into its row of ``values``, for ``hashes`` (mixed) holding
    ``counts[i]`` hashes of text i, text after text: blocks of whole texts of up to
    ``_BLOCK_SHINGLES`` hashes (a longer text alone, block by block)."""
    np = _numpy()
    a, b = _permutations(values.shape[1])
    offsets = np.cumsum(counts) - counts
    text = 0
    while text < counts.size:
        if counts[text] == 0:
            text += 1
            continue
        if counts[text] > _BLOCK_SHINGLES:
            start = int(offsets[text])
            values[text] = _least_permuted_mixed(hashes[start:start + int(counts[text])], a, b)
            text += 1
            continue
        last = int(np.searchsorted(offsets + counts, offsets[text] + _BLOCK_SHINGLES, side="right"))
        members = np.arange(text, last)[counts[text:last] > 0]
        start, end = int(offsets[text]), int(offsets[last - 1] + counts[last - 1])
        block = _scratch_block(values.shape[1], end - start)
        np.multiply(a, hashes[start:end], out=block)
        block += b
        values[members] = np.minimum.reduceat(block, offsets[members] - start, axis=1).T
        text = last


@lru_cache(maxsize=16)
def lsh_params(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows) minimising false positives + false negatives around ``threshold``, equally
    weighted: datasketch's ``_optimal_param``, with its integrals taken by Gauss-Legendre
    quadrature (exact for these polynomials) instead of ``scipy.integrate.quad``."""
    np = _numpy()
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
