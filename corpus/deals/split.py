#!/usr/bin/env python3
"""Assigns labelled articles to the corpus splits and writes them there.

Usage: python3 corpus/deals/split.py NEW.jsonl...

Each article goes to train, dev or test by a fixed rule, so that the split of an article never depends on which
other articles exist: the SHA-256 of its id picks the split, three in five to train, one to dev, one to test. Articles whose id is already in a split are refused (an article is never moved).
"""
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
SPLITS = ("train", "dev", "test")


def split_of(article_id):
    bucket = int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16) % 5
    return "train" if bucket < 3 else "dev" if bucket == 3 else "test"


def existing_ids():
    ids = set()
    for split in SPLITS:
        folder = os.path.join(ROOT, split)
        if not os.path.isdir(folder):
            continue
        for name in os.listdir(folder):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                ids.update(json.loads(line)["id"] for line in f if line.strip())
    return ids


def main(paths):
    known = existing_ids()
    out = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                article = json.loads(line)
                if article["id"] in known:
                    sys.exit(f"{path}:{number}: id {article['id']} is already in the corpus")
                known.add(article["id"])
                key = (split_of(article["id"]), article["language"])
                out.setdefault(key, []).append(json.dumps(article, ensure_ascii=False))
    for (split, language), lines in sorted(out.items()):
        os.makedirs(os.path.join(ROOT, split), exist_ok=True)
        with open(os.path.join(ROOT, split, language + ".jsonl"), "a", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(f"{split}/{language}.jsonl +{len(lines)}")


if __name__ == "__main__":
    main(sys.argv[1:])
