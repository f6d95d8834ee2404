"""Throughput: end-to-end articles/s and words/s of eventwire, against bare spaCy on the same texts.

    python bench/throughput.py [--n 200] [--batch-size 16] [--out bench/results/throughput.json]

Corpus: the bundled examples (examples/*.txt) and, when ../shared is present, the seed article,
replicated and varied (paragraph order, weekdays, numbers) up to `--n` articles, so no two texts
are the same. In one process it measures

1. start-up: building `Pipeline()` (model, dictionaries, matchers) and a warm-up article;
2. end-to-end: `Pipeline.pipe` over every article (spaCy + every eventwire stage), with the time
   spent in each stage;
3. bare spaCy: `nlp.pipe` with the same model object, batch size and texts;

and prints articles/s, words/s, the ratio of the two, and the process's peak RSS
(`resource.getrusage`), also written as JSON. Wall-clock and CPU time are both recorded: on a
shared machine CPU time is the steadier figure. Nothing here asserts a speed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "examples" / "seed.txt"
DEFAULT_OUT = ROOT / "bench" / "results" / "throughput.json"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def base_texts() -> list[tuple[str, str, str]]:
    """(id, text, published) of the bundled examples and the seed."""
    published = {}
    gold = ROOT / "examples" / "gold.jsonl"
    if gold.exists():
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                published[rec["id"]] = rec.get("published")
    out = [(p.stem, p.read_text(encoding="utf-8").strip(), published.get(p.stem) or "2026-01-01")
           for p in sorted((ROOT / "examples").glob("*.txt"))]
    if SEED.exists():
        out.append(("seed", SEED.read_text(encoding="utf-8").strip(), "2025-03-05"))
    return out


def vary(text: str, k: int) -> str:
    """A deterministic variant: paragraphs shuffled (first kept), weekdays rotated, numbers nudged."""
    if k == 0:
        return text
    rng = random.Random(k)
    paras = text.split("\n")
    rest = paras[1:]
    rng.shuffle(rest)
    text = "\n".join([paras[0], *rest])
    text = re.sub("|".join(WEEKDAYS), lambda m: WEEKDAYS[(WEEKDAYS.index(m.group()) + k) % 7], text)
    return re.sub(r"\b(\d{1,2})(%| percent)", lambda m: f"{int(m.group(1)) + k % 9}{m.group(2)}", text)


def corpus(n: int):
    from eventwire.model import Article, parse_date

    bases = base_texts()
    articles = []
    for i in range(n):
        aid, text, published = bases[i % len(bases)]
        k = i // len(bases)
        articles.append(Article(id=f"{aid}-{k}", text=vary(text, k), published=parse_date(published)))
    return articles


def words(text: str) -> int:
    return len(text.split())


def peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux, bytes on macOS
    return round(kb / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


class TimedStage:
    """Wraps a stage and adds up the time spent in it."""

    def __init__(self, stage):
        self.stage, self.name = stage, stage.name
        self.requires, self.assigns = stage.requires, stage.assigns
        self.seconds = 0.0

    def __call__(self, doc, article):
        t = time.perf_counter()
        try:
            return self.stage(doc, article)
        finally:
            self.seconds += time.perf_counter() - t


class Clock:
    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def rate(count: float, seconds: float) -> float:
    return round(count / seconds, 2) if seconds else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200, help="articles to code (default 200)")
    ap.add_argument("--batch-size", type=int, default=16, help="spaCy batch size (default 16, the pipeline's)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"JSON results (default {DEFAULT_OUT.relative_to(ROOT)})")
    args = ap.parse_args(argv)

    import spacy

    import eventwire
    from eventwire.nlp.model import model_name
    from eventwire.pipeline import Pipeline

    rss_start = peak_rss_mb()
    articles = corpus(args.n)
    texts = [a.text for a in articles]
    n_words = sum(words(t) for t in texts)

    with Clock() as startup:
        pipeline = Pipeline(batch_size=args.batch_size)
        timed = [TimedStage(s) for s in pipeline.stages]
        pipeline.stages = timed
    with Clock() as warm:  # lazy loads inside stages (classifiers, gazetteers) are start-up, not throughput
        list(pipeline.pipe(corpus(len(base_texts()))))
    for s in timed:
        s.seconds = 0.0
    rss_ready = peak_rss_mb()

    with Clock() as e2e:
        coded = list(pipeline.pipe(articles))
    events = sum(len(a.events) for a in coded)
    rss_e2e = peak_rss_mb()

    with Clock() as bare:
        for _ in pipeline.nlp.pipe(texts, batch_size=args.batch_size):
            pass

    stage_seconds = {s.name: round(s.seconds, 3) for s in timed}
    result = {
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "load_average": [round(x, 2) for x in os.getloadavg()]},
        "versions": {"eventwire": eventwire.__version__, "spacy": spacy.__version__, "model": model_name()},
        "corpus": {"articles": len(articles), "words": n_words, "words_per_article": round(n_words / len(articles), 1),
                   "distinct_texts": len(set(texts)), "batch_size": args.batch_size},
        "startup_seconds": {"pipeline_build": round(startup.wall, 2), "warm_up": round(warm.wall, 2)},
        "end_to_end": {"wall_seconds": round(e2e.wall, 2), "cpu_seconds": round(e2e.cpu, 2),
                       "articles_per_s": rate(len(articles), e2e.wall), "words_per_s": rate(n_words, e2e.wall),
                       "articles_per_cpu_s": rate(len(articles), e2e.cpu), "words_per_cpu_s": rate(n_words, e2e.cpu),
                       "events": events, "stage_seconds": stage_seconds,
                       "spacy_seconds_within": round(e2e.wall - sum(stage_seconds.values()), 2)},
        "bare_spacy": {"wall_seconds": round(bare.wall, 2), "cpu_seconds": round(bare.cpu, 2),
                       "articles_per_s": rate(len(articles), bare.wall), "words_per_s": rate(n_words, bare.wall),
                       "words_per_cpu_s": rate(n_words, bare.cpu)},
        "ratio": {"end_to_end_over_bare_wall": round(e2e.wall / bare.wall, 2) if bare.wall else None,
                  "end_to_end_over_bare_cpu": round(e2e.cpu / bare.cpu, 2) if bare.cpu else None},
        "peak_rss_mb": {"at_start": rss_start, "pipeline_ready": rss_ready, "after_end_to_end": rss_e2e,
                        "process_peak": peak_rss_mb()},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    e, b = result["end_to_end"], result["bare_spacy"]
    print(f"{len(articles)} articles, {n_words} words ({result['corpus']['words_per_article']}/article), "
          f"batch {args.batch_size}, {os.cpu_count()} CPUs, load {result['machine']['load_average'][0]}")
    print(f"start-up      {startup.wall:7.1f} s build + {warm.wall:.1f} s warm-up")
    print(f"end-to-end    {e['articles_per_s']:8.2f} articles/s {e['words_per_s']:9.0f} words/s   "
          f"(cpu: {e['words_per_cpu_s']:.0f} words/s; {events} events)")
    print(f"bare spaCy    {b['articles_per_s']:8.2f} articles/s {b['words_per_s']:9.0f} words/s   "
          f"(cpu: {b['words_per_cpu_s']:.0f} words/s)")
    print(f"ratio         end-to-end takes {result['ratio']['end_to_end_over_bare_wall']}× the time of bare spaCy "
          f"(cpu {result['ratio']['end_to_end_over_bare_cpu']}×)")
    print("stages        " + ", ".join(f"{k} {v:.1f}s" for k, v in stage_seconds.items())
          + f"; spaCy within {result['end_to_end']['spacy_seconds_within']:.1f}s")
    print(f"peak RSS      {result['peak_rss_mb']['process_peak']} MB (pipeline ready {rss_ready} MB)")
    print(f"→ {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
