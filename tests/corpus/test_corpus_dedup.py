"""--dedup: exact copies by normalized body hash, near copies (wire stories) by MinHash LSH."""
from corpus_pages import STORIES, article_page, read_jsonl, story_page, write_jsonl

from sinmun import extract
from sinmun.corpus import RunConfig, run_corpus
from sinmun.corpus.dedup import HASH_DTYPE, Deduplicator, normalize, signature


def wire_copy(site: str, dateline: str) -> str:
    """The wire story as another outlet runs it: own dateline, byline and press name."""
    title, paragraphs = STORIES["wire"]
    edited = [f"({dateline}=연합뉴스) 박민수 기자 = {paragraphs[0]}"] + paragraphs[1:]
    return article_page(title, edited, f"https://{site}/news/1", press="다른신문", reporter="박민수 기자 p@x.example")


def test_exact_near_and_distinct():
    index = Deduplicator()
    bodies = {name: extract(html).body_paragraphs for name, html in {
        "wire": story_page("wire"), "wire-spaced": story_page("wire").replace("석 달", "석  달"),
        "wire-seoul": wire_copy("a.example", "서울"), "rain": story_page("rain"), "bridge": story_page("bridge"),
    }.items()}
    results = {name: index.classify(name, signature(body)) for name, body in bodies.items()}
    assert results == {"wire": ("wire", None), "wire-spaced": ("wire", "exact"), "wire-seoul": ("wire", "near"),
                       "rain": ("rain", None), "bridge": ("bridge", None)}
    assert len(index) == 3


def test_normalization_ignores_spacing_punctuation_and_width():
    assert normalize(["반도체 수출, 18% 늘어!"]) == normalize(["반도체수출 18%늘어"]) == normalize(["반도체 수출 １８ 늘어"])


def _pages(tmp_path):
    return write_jsonl(tmp_path / "p.jsonl", [
        {"html": story_page("wire")}, {"html": story_page("rain")}, {"html": wire_copy("b.example", "세종")},
        {"html": story_page("wire", url="https://c.example/copy")}, {"html": story_page("bridge")},
    ])


def test_mark_keeps_every_record_with_its_cluster(tmp_path):
    summary = run_corpus(RunConfig([str(_pages(tmp_path))], str(tmp_path / "o.jsonl"), workers=0, dedup="mark"))
    records = read_jsonl(tmp_path / "o.jsonl")
    first = records[0]["id"]
    assert [(r["dup_cluster"] == first, r["duplicate"]) for r in records] == [
        (True, None), (False, None), (True, "near"), (True, "exact"), (False, None)]
    assert records[1]["dup_cluster"] == records[1]["id"]
    assert (summary.duplicates, summary.duplicates_dropped, summary.articles_out) == (2, 0, 5)


def test_keep_first_logs_the_dropped_copies(tmp_path):
    summary = run_corpus(RunConfig([str(_pages(tmp_path))], str(tmp_path / "o.jsonl"), workers=2,
                                   dedup="keep-first"))
    assert [r["title"] for r in read_jsonl(tmp_path / "o.jsonl")] == [
        STORIES[k][0] for k in ("wire", "rain", "bridge")]
    log = read_jsonl(tmp_path / "o.jsonl.errors.jsonl")
    assert [(e["source"].rsplit(":", 1)[1], e["reason"]) for e in log] == [("3", "near-duplicate"),
                                                                          ("4", "exact-duplicate")]
    assert (summary.duplicates, summary.duplicates_dropped, summary.articles_out) == (2, 2, 3)


def test_lsh_bands_are_datasketchs_for_every_threshold():
    from datasketch.lsh import _optimal_param

    from sinmun.corpus.dedup import lsh_params
    for threshold in (0.3, 0.5, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        assert lsh_params(threshold, 128) == _optimal_param(threshold, 128, 0.5, 0.5), threshold
    assert lsh_params(0.8, 64) == _optimal_param(0.8, 64, 0.5, 0.5)


def test_signatures_estimate_the_jaccard_similarity_of_the_shingles():
    import random

    import numpy as np

    from sinmun.corpus.dedup import shingles
    rng = random.Random(5)
    base = "".join(rng.choice("가나다라마바사아자차카타파하") for _ in range(3000))
    for cut in (300, 1200, 2400):
        edited = base[:cut] + "".join(rng.choice("거너더러머버서") for _ in range(3000 - cut))
        a, b = shingles(base), shingles(edited)
        true = len(a & b) / len(a | b)
        left, right = (np.frombuffer(signature([t]).minhash, dtype=HASH_DTYPE) for t in (base, edited))
        assert abs(float((left == right).mean()) - true) < 0.12, (cut, true)


def test_deduplicating_imports_neither_datasketch_nor_scipy_nor_numpy_random():
    import subprocess
    import sys
    code = ("import sys; from sinmun.corpus.dedup import Deduplicator, signature; d = Deduplicator(); "
            "d.classify('a', signature(['반도체 수출이 늘었다'])); "
            "print(sorted({m for m in sys.modules if m.split('.')[0] in ('datasketch', 'scipy')} "
            "| {m for m in sys.modules if m.startswith('numpy.random')}))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"


# ------------------------------------------------ the signature against a plain reference implementation
_MASK32, _MASK64 = (1 << 32) - 1, (1 << 64) - 1


def _reference_fmix(value: int, shifts: tuple[int, int, int], multipliers: tuple[int, int], mask: int) -> int:
    for step, shift in enumerate(shifts):
        value ^= value >> shift
        if step < 2:
            value = (value * multipliers[step]) & mask
    return value


def _reference_minhash(text: str) -> list[int]:
    """The MinHash of ``text``'s 5-character shingles, one Python integer at a time: each shingle's
    code points folded by the odd multiplier (mod 2**64), its width added, fmix64, the top half,
    fmix32 (datasketch's input mix), then a * h + b (mod 2**32) per permutation, and the least."""
    from sinmun.corpus.dedup import SHINGLE, draw_permutations
    a, b = (list(map(int, column)) for column in draw_permutations(128))
    width = min(SHINGLE, len(text))
    hashes = set()
    for start in range(len(text) - width + 1) if text else ():
        folded = 0
        for char in text[start:start + width]:
            folded = (folded * 0x9E3779B97F4A7C15 + ord(char)) & _MASK64
        mixed = _reference_fmix((folded + width) & _MASK64, (33, 33, 33), (0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53),
                                _MASK64) >> 32
        hashes.add(_reference_fmix(mixed, (16, 13, 16), (0x85EBCA6B, 0xC2B2AE35), _MASK32))
    return [min(((ai * h + bi) & _MASK32 for h in hashes), default=_MASK32) for ai, bi in zip(a, b)]


INVENTED_BODIES = [
    [], [""], ["가"], ["가나다라"], ["가나다라마"], ["!!! ... ___"],
    ["홍길동 기자 = 시는 3일 낡은 육교를 철거한다고 밝혔다.", "공사 기간에는 임시 신호등을 둔다."],
    ["ＦＵＬＬ　ＷＩＤＴＨ １２３ and ﬁne Ⅻ ① text, Ünïcödé."],
    ["𠀀𠀁 한자 확장 글자와 😀 그림 문자가 섞인 문장입니다."],
    ["김철수 특파원 gildong@yna.example — 「대괄호」와 『겹낫표』 《홑화살괄호》 …"],
]


def test_signatures_are_the_plain_minhash_of_the_normalized_shingles():
    import hashlib

    import numpy as np
    long_body = ["".join(f"{n}번째 문단에서 나가람 씨는 도서관 개관 시간을 밤 {n % 12}시로 늦춘다고 말했다. " for n in range(120))]
    for body in INVENTED_BODIES + [long_body]:  # the long one spans several blocks of shingles
        text = normalize(body)
        sig = signature(body)
        assert list(map(int, np.frombuffer(sig.minhash, dtype=HASH_DTYPE))) == _reference_minhash(text), body[:1]
        assert sig.exact == hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def test_normalized_codes_keep_what_normalize_keeps_for_every_character():
    from sinmun.corpus.dedup import normalized_codes
    everything = "".join(map(chr, range(0x110000)))
    for start in range(0, len(everything), 4096):
        chunk = everything[start:start + 4096]
        assert normalized_codes([chunk]).tobytes().decode("utf-32-le") == normalize([chunk]), hex(start)


def test_the_written_out_permutations_are_the_seeded_draws():
    import numpy as np

    from sinmun.corpus.dedup import _permutations, draw_permutations
    for num_perm in (128, 64):
        written, drawn = _permutations(num_perm), draw_permutations(num_perm)
        assert all(np.array_equal(w.ravel(), d) for w, d in zip(written, drawn))


def _shingle_set(text: str) -> set[str]:
    return {text[i:i + 5] for i in range(len(text) - 4)}


def test_near_copies_by_exact_jaccard_are_clustered_and_distinct_stories_are_not():
    """Invented stories and edited copies: every pair whose exact shingle Jaccard is at least 0.97
    shares a cluster, no pair below 0.3 does (the bands for 0.8 make either error one in thousands)."""
    import random
    rng = random.Random(11)
    words = ["시장", "정부", "발표", "수출", "반도체", "기온", "도서관", "주민", "예산", "철거", "육교", "국회", "선거",
             "항구", "물류", "교육청", "급식", "병원", "응급실", "버스", "노선", "공원", "축제", "하천"]
    stories = [[" ".join(rng.choice(words) for _ in range(14)) + "." for _ in range(rng.randrange(20, 40))]
               for _ in range(12)]
    bodies = []
    for story in stories:
        bodies.append(story)
        for _ in range(3):
            copy = list(story)
            i = rng.randrange(len(copy))
            copy[i] = copy[i].replace(rng.choice(copy[i].split()), rng.choice(words), 1)
            bodies.append(copy if rng.random() < 0.5 else copy + ["(홍길동 기자)"])
    index = Deduplicator(threshold=0.8)
    clusters = [index.classify(f"r{n}", signature(body))[0] for n, body in enumerate(bodies)]
    sets = [_shingle_set(normalize(body)) for body in bodies]
    checked = {"near": 0, "far": 0}
    for i in range(len(bodies)):
        for j in range(i):
            jaccard = len(sets[i] & sets[j]) / len(sets[i] | sets[j])
            if jaccard >= 0.97:
                assert clusters[i] == clusters[j], (i, j, jaccard)
                checked["near"] += 1
            elif jaccard < 0.3:
                assert clusters[i] != clusters[j], (i, j, jaccard)
                checked["far"] += 1
    assert checked["near"] >= 24 and checked["far"] >= 1000, checked


def test_signing_a_batch_gives_each_bodys_own_signature():
    import random

    from sinmun.corpus.dedup import _BLOCK_SHINGLES, signatures
    rng = random.Random(4)
    syllables = "가나다라마바사아자차카타파하 ,.!"
    bodies = INVENTED_BODIES + [["".join(rng.choice(syllables) for _ in range(rng.choice([0, 2, 4, 5, 6, 40, 900])))]
                                for _ in range(60)]
    bodies.append(["".join(rng.choice(syllables) for _ in range(2 * _BLOCK_SHINGLES + 100))])  # longer than a block
    rng.shuffle(bodies)
    assert signatures(bodies) == [signature(body) for body in bodies]
    assert signatures([]) == [] and signatures([[]]) == [signature([])]
