"""Writes the articles a gold directory annotates, taken from the benchmark
corpus (news-reuters-bbc.jsonl.gz), as JSON Lines in the layout of
../shared/corpus/articles.jsonl: the title, a blank line, then for Reuters the
dateline and the body without its paragraph indents; one final newline; the
date's day for Reuters and null for BBC.

usage: corpus_articles.py CORPUS.jsonl.gz GOLD_DIR OUT.jsonl
Exits 1 when an annotated article is missing from the corpus.
"""
import gzip
import json
import os
import re
import sys


def article(record):
    body = record["text"]
    reuters = record["id"].startswith("reuters")
    if reuters:
        body = re.sub(r"\n {2,}", "\n", body)
        if record.get("dateline"):
            body = record["dateline"].strip() + " " + body
    text = (record["title"] + "\n\n" + body).rstrip("\n") + "\n"
    return {"id": record["id"], "date": record["date"][:10] if reuters and record.get("date") else None,
            "title": record["title"], "source": "Reuters" if reuters else "BBC News", "text": text}


def main(corpus, gold_dir, out_path):
    wanted = sorted(name[:-5] for name in os.listdir(gold_dir) if name.endswith(".json"))
    found = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in wanted:
                found[record["id"]] = article(record)
    missing = [doc for doc in wanted if doc not in found]
    if missing:
        print("corpus_articles.py: not in %s: %s" % (corpus, ", ".join(missing)), file=sys.stderr)
        return 1
    with open(out_path, "w", encoding="utf-8") as out:
        for doc in wanted:
            out.write(json.dumps(found[doc], ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
