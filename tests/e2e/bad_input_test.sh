# Bad input never crashes and never vanishes: each problem is named with its
# file (and line), good articles are still processed, the exit status says so.
source "$(dirname "$0")/lib.sh"
in="$tmp/in"
mkdir -p "$in/nested"
printf -- '---\nid: good-1\ndate: 2024-03-04\n---\nNorwegian Foreign Minister Ingrid Dahl met Kenyan President Samuel Otieno in Oslo.\n' >"$in/good.txt"
printf 'Dahl said: "The corridor must stay open," on Friday.\n' >"$in/nested/good2.txt"
: >"$in/empty.txt"
printf '  \n\t\n' >"$in/blank.txt"
printf 'Caf\xe9 au lait\n' >"$in/latin1.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$in/image.txt"
printf 'text with a NUL \0 byte\n' >"$in/nul.txt"
printf -- '---\ndate: 2024-02-30\n---\nBody.\n' >"$in/baddate.txt"
cat >"$tmp/corpus.jsonl" <<'JSONL'
{"id": "j-1", "date": "2016-03-24", "text": "Kerry met Lavrov in Moscow."}
{"id": "j-2", "text": "unterminated
{"id": "j-3", "text": 42}
{"id": "j-4"}
{"id": "good-1", "text": "A second article with an id already used."}
{"id": "j-5", "date": null, "text": "Kerry urged Lavrov to act."}
JSONL

expect_status 3 "$ACTORGRAPH" build "$in" "$tmp/corpus.jsonl" "$tmp/missing.txt" -o "$tmp/out1"
err=$(cat "$tmp/err")
for want in \
  "skipped $in/empty.txt: empty article" \
  "skipped $in/blank.txt: empty article" \
  "skipped $in/latin1.txt:1: not valid UTF-8" \
  "skipped $in/image.txt:1: not valid UTF-8" \
  "skipped $in/nul.txt:1: contains NUL bytes" \
  "skipped $in/baddate.txt:2: invalid date" \
  "skipped $tmp/corpus.jsonl:2: malformed JSON" \
  "skipped $tmp/corpus.jsonl:3: field \"text\" is not a string" \
  "skipped $tmp/corpus.jsonl:4: no \"text\" field" \
  "skipped $tmp/corpus.jsonl:5: duplicate article id \"good-1\"" \
  "skipped $tmp/missing.txt: no such file or directory"; do
  grep -qF -- "$want" "$tmp/err" || fail "stderr lacks: $want
--- stderr:
$err"
done
grep -q "documents: 4 read, 11 skipped" "$tmp/out" || fail "summary: $(head -1 "$tmp/out")"
grep -qF "actorgraph: 11 articles skipped in all (cannot read: 0" "$tmp/err" && fail "tally counts a reason with no article"
grep -qF 'actorgraph: 11 articles skipped in all (contains NUL bytes: 1; duplicate article id: 1; empty article: 2; field "text" is not a string: 1; invalid date: 1; malformed JSON: 1; no "text" field: 1; no such file or directory: 1; not valid UTF-8: 2)' "$tmp/err" \
  || fail "no tally of skipped articles by reason: $(grep 'in all' "$tmp/err")"
[ -s "$tmp/out1/graph.graphml" ] || fail "good articles produced no graph"
pass "each bad input named, good ones processed, exit 3"

if [ "$(id -u)" != 0 ]; then
  cp "$in/good.txt" "$tmp/locked.txt"; chmod 000 "$tmp/locked.txt"
  expect_status 3 "$ACTORGRAPH" build "$tmp/locked.txt" "$in/nested/good2.txt" -o "$tmp/out2"
  grep -q "skipped $tmp/locked.txt: cannot read" "$tmp/err" || fail "unreadable file not reported"
  pass "unreadable file reported"
else
  echo "SKIP unreadable-file check: running as root, every file is readable"
fi

# Nothing readable at all: an error, nothing written.
expect_status 1 "$ACTORGRAPH" build "$in/empty.txt" -o "$tmp/out3"
grep -q "no article could be read" "$tmp/err" || fail "no clear message when nothing is readable"
[ ! -e "$tmp/out3/graph.dot" ] || fail "wrote a graph from nothing"
pass "nothing readable -> exit 1"

# An output directory that cannot be created.
printf 'x' >"$tmp/afile"
expect_status 1 "$ACTORGRAPH" build "$in/good.txt" -o "$tmp/afile/sub"
grep -q "cannot create output directory" "$tmp/err" || fail "unwritable output not reported: $(cat "$tmp/err")"
pass "unwritable output directory -> exit 1"

# Graphviz missing: a clear message, the other files still written.
mkdir -p "$tmp/nodot"
expect_status 1 env PATH="$tmp/nodot" "$ACTORGRAPH" build "$in/good.txt" -o "$tmp/out4"
grep -q "Graphviz 'dot' not found" "$tmp/err" || fail "missing dot not explained: $(cat "$tmp/err")"
[ -s "$tmp/out4/graph.graphml" ] && [ -s "$tmp/out4/graph.dot" ] || fail "other outputs not written without dot"
pass "missing Graphviz explained"

# Command-line mistakes are usage errors.
expect_status 2 "$ACTORGRAPH" build "$in/good.txt"
expect_status 2 "$ACTORGRAPH" frobnicate
expect_status 2 "$ACTORGRAPH" build "$in/good.txt" -o "$tmp/o" --date 2024-13-01
expect_status 2 "$ACTORGRAPH" extract "$in/good.txt" --threads 0
pass "usage errors -> exit 2"

# Gzipped JSON Lines are read as they are inflated: the same articles as the
# plain file; a truncated archive is reported after the articles before it.
printf '{"id":"g1","date":"2024-03-04","text":"Ingrid Dahl met Omar Haddad in Oslo."}\n{"id":"g2","text":"Omar Haddad left Oslo."}\n' >"$tmp/plain.jsonl"
gzip -c "$tmp/plain.jsonl" >"$tmp/packed.jsonl.gz"
expect_status 0 "$ACTORGRAPH" extract "$tmp/plain.jsonl" -o "$tmp/plain.out"
expect_status 0 "$ACTORGRAPH" extract "$tmp/packed.jsonl.gz" -o "$tmp/packed.out"
cmp -s "$tmp/plain.out" "$tmp/packed.out" || fail ".jsonl.gz and .jsonl give different extractions"
head -c 40 "$tmp/packed.jsonl.gz" >"$tmp/cut.jsonl.gz"
expect_status 3 "$ACTORGRAPH" extract "$tmp/cut.jsonl.gz" -o /dev/null
grep -q "cut.jsonl.gz: truncated gzip file" "$tmp/err" || fail "truncated gzip not reported: $(cat "$tmp/err")"
pass ".jsonl.gz read like .jsonl; a truncated archive is reported"
