"""Corpus-wide near-duplicate removal in Spark, with the clusters of ``sinmun run --dedup``.

``sinmun run`` gives each article the cluster of the first earlier *first copy* that has the
same normalized body (exact) or shares a MinHash LSH band with it (near); see
:class:`sinmun.corpus.dedup.Deduplicator`. Here the same signatures (computed where the page was
extracted) are cut into the same bands (:func:`sinmun.corpus.dedup.band_ranges`: datasketch's
``MinHashLSH`` bands for the same threshold and ``num_perm``, without datasketch). Spark finds
the band buckets that hold more than one article (a group-by in the JVM: no Python per row);
only the articles in such buckets, usually a small share of the corpus, go to the driver, where
the first-copy rule is applied in input order. Every other article is its own cluster.

Spark ML's ``MinHashLSH`` was not used: it hashes with its own random functions, so its clusters
could not match ``sinmun run``'s.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sinmun.corpus import dedup
from sinmun.corpus.dedup import NUM_PERM

HASH_BYTES = 4  # dedup.HASH_DTYPE is uint32


def band_ranges(threshold: float, num_perm: int = NUM_PERM) -> tuple[tuple[int, int], ...]:
    """The (start, end) hash-value ranges of the bands for this threshold: those of ``sinmun run``'s
    :class:`~sinmun.corpus.dedup.Deduplicator` (datasketch's, computed without datasketch)."""
    return dedup.band_ranges(threshold, num_perm)


def mark_duplicates(articles, threshold: float = 0.8) -> tuple[Any, int]:
    """``articles`` (with ``id``, ``exact``, ``minhash`` and the order columns) with ``dup_cluster``
    and ``duplicate`` set as ``sinmun run --dedup mark`` sets them; and the number of duplicates."""
    from pyspark.sql import functions as F
    spark = articles.sparkSession
    candidates = _candidates(articles, threshold).collect()
    assigned = resolve(sorted(((r.input_index, r.record_index), r.id, r.exact, r.buckets) for r in candidates))
    schema = "input_index long, record_index long, dup_cluster_new string, duplicate_new string"
    rows = [(order[0], order[1], cluster, kind) for order, (cluster, kind) in assigned.items()]
    labels = spark.createDataFrame(rows, schema)
    marked = (articles.join(labels, ["input_index", "record_index"], "left")
              .withColumn("dup_cluster", F.coalesce("dup_cluster_new", "id"))
              .withColumn("duplicate", F.col("duplicate_new"))
              .drop("dup_cluster_new", "duplicate_new"))
    return marked.select(*articles.columns), sum(1 for _, kind in assigned.values() if kind)


def _candidates(articles, threshold: float):
    """Articles that share at least one band bucket with another article, with their buckets."""
    from pyspark.sql import functions as F
    bands = F.array(*[F.substring("minhash", start * HASH_BYTES + 1, (end - start) * HASH_BYTES)
                      for start, end in band_ranges(threshold)])
    from pyspark.sql import Window
    keyed = articles.select("input_index", "record_index", "id", "exact", F.posexplode(bands).alias("band", "value"))
    shared = (keyed.withColumn("members", F.count("*").over(Window.partitionBy("band", "value")))
              .filter("members > 1"))  # one shuffle: no join back
    return (shared.groupBy("input_index", "record_index", "id", "exact")
            .agg(F.collect_list(F.struct("band", "value")).alias("buckets")))


def resolve(candidates: Iterable[tuple[tuple[int, int], str, str, list]]
            ) -> dict[tuple[int, int], tuple[str, str | None]]:
    """The first-copy rule of :class:`sinmun.corpus.dedup.Deduplicator`, over (order, id, exact hash,
    buckets) in input order: (cluster id, None / "exact" / "near") for each."""
    first_in_bucket: dict[Any, tuple[tuple[int, int], str]] = {}
    first_of_exact: dict[str, str] = {}
    labels: dict[tuple[int, int], tuple[str, str | None]] = {}
    for order, record_id, exact, buckets in candidates:
        keys = [(band, bytes(value)) for band, value in buckets]
        if exact in first_of_exact:
            labels[order] = (first_of_exact[exact], "exact")
            continue
        hits = [first_in_bucket[key] for key in keys if key in first_in_bucket]
        if hits:
            labels[order] = (min(hits)[1], "near")
            continue
        labels[order] = (record_id, None)
        first_of_exact[exact] = record_id
        for key in keys:
            first_in_bucket.setdefault(key, (order, record_id))
    return labels
