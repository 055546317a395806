# Bad input never crashes, hangs or vanishes: each problem is named with its
# file (and line) in one exact line on standard error, good articles are still
# processed, the exit status says so, and the run report accounts for every
# article. The table below is the one in README ("Bad input").
source "$(dirname "$0")/lib.sh"
GOOD='Norwegian Foreign Minister Ingrid Dahl met Kenyan President Samuel Otieno in Oslo.'
mkdir -p "$tmp/in" "$tmp/res"
printf -- '---\nid: good-1\ndate: 2024-03-04\n---\n%s\n' "$GOOD" >"$tmp/good.txt"

# Input makers: each writes the input of one case under $tmp/in and prints its
# path. A maker may set `cmd` (the command to run, default: actorgraph extract
# INPUT -o $tmp/res/CASE.jsonl) or print "SKIP reason" when the case cannot be
# made on this machine.
cmd=()
make_empty() { : >"$tmp/in/empty.txt"; echo "$tmp/in/empty.txt"; }
make_blank() { printf '  \n\t\n \r\n' >"$tmp/in/blank.txt"; echo "$tmp/in/blank.txt"; }
make_png() { printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10' >"$tmp/in/image.txt"; echo "$tmp/in/image.txt"; }
make_latin1() { printf 'Caf\xe9 au lait\n' >"$tmp/in/latin1.txt"; echo "$tmp/in/latin1.txt"; }
make_overlong() { printf 'Fine first line.\nA slash \xc0\xaf overlong, then a surrogate \xed\xa0\x80.\n' >"$tmp/in/overlong.txt"; echo "$tmp/in/overlong.txt"; }
make_json_utf8() { printf '{"id":"u-1","text":"caf\xe9"}\n' >"$tmp/in/utf8.jsonl"; echo "$tmp/in/utf8.jsonl"; }
make_nul() { printf 'text with a NUL \0 byte\n' >"$tmp/in/nul.txt"; echo "$tmp/in/nul.txt"; }
make_json_nul() { printf '{"id":"n-1","text":"a\\u0000b"}\n' >"$tmp/in/nul.jsonl"; echo "$tmp/in/nul.jsonl"; }
# 100 MB on one line, as a text file and as a JSON line followed by a good one.
make_huge_txt() { head -c 100000000 /dev/zero | tr '\0' a >"$tmp/in/huge.txt"; echo "$tmp/in/huge.txt"; }
make_huge_jsonl() {
  { printf '{"id":"huge","text":"'; head -c 100000000 /dev/zero | tr '\0' a; printf '"}\n'
    printf '{"id":"after-huge","text":"%s"}\n' "$GOOD"; } >"$tmp/in/huge.jsonl"
  echo "$tmp/in/huge.jsonl"
}
make_token() { { printf 'Dahl met Otieno. '; head -c 1048576 /dev/zero | tr '\0' x; echo; } >"$tmp/in/token.txt"; echo "$tmp/in/token.txt"; }
make_capitals() {
  "$PY" -c 'import itertools, sys
words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "Juliet", "Kilo", "Lima"]
sys.stdout.write(" ".join(itertools.islice(itertools.cycle(words), 10000)) + " met Otieno in Oslo.\n")' >"$tmp/in/capitals.txt"
  echo "$tmp/in/capitals.txt"
}
make_text_number() { echo '{"id":"t-1","text":42}' >"$tmp/in/number.jsonl"; echo "$tmp/in/number.jsonl"; }
make_id_number() { echo '{"id":7,"text":"Dahl met Otieno."}' >"$tmp/in/idnum.jsonl"; echo "$tmp/in/idnum.jsonl"; }
make_no_text() { echo '{"id":"t-2","title":"No body"}' >"$tmp/in/notext.jsonl"; echo "$tmp/in/notext.jsonl"; }
make_not_object() { echo '["text","Dahl met Otieno."]' >"$tmp/in/array.jsonl"; echo "$tmp/in/array.jsonl"; }
make_malformed() { echo '{"id": "j-2", "text": "unterminated' >"$tmp/in/broken.jsonl"; echo "$tmp/in/broken.jsonl"; }
make_nested() { "$PY" -c 'print("[" * 100000)' >"$tmp/in/nested.jsonl"; echo "$tmp/in/nested.jsonl"; }
make_nested_text() {
  "$PY" -c 'print("{\"id\":\"deep\",\"text\":" + "{\"a\":" * 50000 + "1" + "}" * 50001)' >"$tmp/in/nested2.jsonl"
  echo "$tmp/in/nested2.jsonl"
}
make_duplicate() {
  printf '{"id":"d-1","text":"%s"}\n{"id":"d-1","text":"Another article, same id."}\n' "$GOOD" >"$tmp/in/dup.jsonl"
  echo "$tmp/in/dup.jsonl"
}
make_bad_date() { printf '{"id":"b-1","date":"2024-02-30","text":"%s"}\n' "$GOOD" >"$tmp/in/baddate.jsonl"; echo "$tmp/in/baddate.jsonl"; }
make_word_date() { printf '{"id":"b-2","date":"March 4","text":"%s"}\n' "$GOOD" >"$tmp/in/worddate.jsonl"; echo "$tmp/in/worddate.jsonl"; }
make_front_date() { printf -- '---\ndate: 2024-13-01\n---\n%s\n' "$GOOD" >"$tmp/in/frontdate.txt"; echo "$tmp/in/frontdate.txt"; }
make_future() { printf '{"id":"f-1","date":"2999-01-01","text":"%s"}\n' "$GOOD" >"$tmp/in/future.jsonl"; echo "$tmp/in/future.jsonl"; }
make_unclosed() { printf -- '---\nid: u\ntitle: Open\n' >"$tmp/in/unclosed.txt"; echo "$tmp/in/unclosed.txt"; }
make_unknown_key() { printf -- '---\nauthor: X\n---\n%s\n' "$GOOD" >"$tmp/in/author.txt"; echo "$tmp/in/author.txt"; }
make_missing() { echo "$tmp/in/missing.txt"; }
make_huge_stdin() {
  cmd=(sh -c 'head -c 20000000 /dev/zero | tr "\0" a | "$0" extract - -o "$1"' "$ACTORGRAPH" "$tmp/res/stdin.jsonl")
  echo "<stdin>"
}
make_many_files() {
  "$PY" - "$tmp/in/many" "$GOOD" <<'EOF'
import os, sys
root, good = sys.argv[1], sys.argv[2]
for i in range(10000):
    d = os.path.join(root, f"d{i // 1000}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"a{i:05d}.txt"), "w") as f:
        f.write(good.replace("Dahl", f"Dahl{i}") + "\n")
EOF
  echo "$tmp/in/many"
}
# Permissions do not stop root: as root, these cases run as nobody when they can.
as_user=()
mkdir -p -m 777 "$tmp/shared"
if [ "$(id -u)" = 0 ]; then
  chmod 711 "$tmp"
  if command -v setpriv >/dev/null &&
    setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$ACTORGRAPH" -a -r "$tmp/good.txt"; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  fi
fi
cannot_drop_root() { [ "$(id -u)" = 0 ] && [ ${#as_user[@]} = 0 ]; }
make_unreadable() {
  if cannot_drop_root; then echo "SKIP running as root, and nobody cannot run $ACTORGRAPH"; return; fi
  cp "$tmp/good.txt" "$tmp/shared/locked.txt"; chmod 000 "$tmp/shared/locked.txt"
  cmd=("${as_user[@]}" "$ACTORGRAPH" extract "$tmp/shared/locked.txt" -o "$tmp/shared/locked.jsonl")
  echo "$tmp/shared/locked.txt"
}
make_readonly_outdir() {
  if cannot_drop_root; then echo "SKIP running as root, and nobody cannot run $ACTORGRAPH"; return; fi
  mkdir -p "$tmp/ro"; chmod 555 "$tmp/ro"
  cmd=("${as_user[@]}" "$ACTORGRAPH" build "$tmp/good.txt" -o "$tmp/ro" --no-render); echo "$tmp/ro"
}
make_outdir_under_file() {
  printf 'x' >"$tmp/afile"
  cmd=("$ACTORGRAPH" build "$tmp/good.txt" -o "$tmp/afile/sub" --no-render); echo "$tmp/afile/sub"
}
make_disk_full() { cmd=("$ACTORGRAPH" extract "$tmp/good.txt" -o /dev/full); echo /dev/full; }
make_stdout_full() {
  cmd=(sh -c 'exec "$0" extract "$1" >/dev/full' "$ACTORGRAPH" "$tmp/good.txt"); echo /dev/full
}

# The table: case, input maker, exit status, the exact line expected on
# standard error (@IN@ is the path the maker printed).
table=$(cat <<'TABLE'
empty_file       make_empty           3  actorgraph: skipped @IN@: empty article (no text)
whitespace_only  make_blank           3  actorgraph: skipped @IN@: empty article (no text)
png              make_png             3  actorgraph: skipped @IN@:1: not valid UTF-8 (byte offset 0); convert the file to UTF-8
latin1           make_latin1          3  actorgraph: skipped @IN@:1: not valid UTF-8 (byte offset 3); convert the file to UTF-8
overlong_utf8    make_overlong        3  actorgraph: skipped @IN@:2: not valid UTF-8 (byte offset 25); convert the file to UTF-8
json_bad_utf8    make_json_utf8       3  actorgraph: skipped @IN@:1: "text" is not valid UTF-8 (byte offset 3 of the text)
nul_bytes        make_nul             3  actorgraph: skipped @IN@:1: contains NUL bytes (binary data?)
json_nul_escape  make_json_nul        3  actorgraph: skipped @IN@:1: "text" contains NUL characters
huge_line_txt    make_huge_txt        3  actorgraph: skipped @IN@: article too large (100000000 bytes; the limit is 16777216)
huge_line_jsonl  make_huge_jsonl      3  actorgraph: skipped @IN@:1: article too large (100000023 bytes; the limit is 16777216)
huge_stdin       make_huge_stdin      3  actorgraph: skipped @IN@: article too large (20000000 bytes; the limit is 16777216)
token_1mb        make_token           0  actorgraph: extracted 1 articles, skipped 0
capitals_10k     make_capitals        0  actorgraph: extracted 1 articles, skipped 0
text_not_string  make_text_number     3  actorgraph: skipped @IN@:1: field "text" is not a string
id_not_string    make_id_number       3  actorgraph: skipped @IN@:1: field "id" is not a string
missing_text     make_no_text         3  actorgraph: skipped @IN@:1: no "text" field
not_an_object    make_not_object      3  actorgraph: skipped @IN@:1: JSON line is not an object
malformed_json   make_malformed       3  actorgraph: skipped @IN@:1: malformed JSON at column 36: Missing a closing quotation mark in string.
nested_100k      make_nested          3  actorgraph: skipped @IN@:1: malformed JSON at column 100001: Invalid value.
nested_text      make_nested_text     3  actorgraph: skipped @IN@:1: field "text" is not a string
duplicate_id     make_duplicate       3  actorgraph: skipped @IN@:2: duplicate article id "d-1" (the first one is kept)
impossible_date  make_bad_date        3  actorgraph: skipped @IN@:1: invalid date "2024-02-30" (expected YYYY-MM-DD)
date_in_words    make_word_date       3  actorgraph: skipped @IN@:1: invalid date "March 4" (expected YYYY-MM-DD)
front_bad_date   make_front_date      3  actorgraph: skipped @IN@:2: invalid date "2024-13-01" (expected YYYY-MM-DD)
future_date      make_future          0  actorgraph: warning: @IN@:1: date 2999-01-01 is in the future; the article is processed with it
unclosed_front   make_unclosed        3  actorgraph: skipped @IN@: front matter opened with "---" on line 1 is never closed by a "---" line
unknown_key      make_unknown_key     3  actorgraph: skipped @IN@:2: unknown front matter key "author" (known: id, date, title, source, url)
missing_file     make_missing         3  actorgraph: skipped @IN@: no such file or directory
files_10k        make_many_files      0  actorgraph: extracted 10000 articles, skipped 0
unreadable_file  make_unreadable      3  actorgraph: skipped @IN@: cannot read: Permission denied
readonly_outdir  make_readonly_outdir 1  actorgraph: error: cannot write '@IN@/graph.dot': Permission denied
outdir_on_file   make_outdir_under_file 1  actorgraph: error: @IN@: cannot create output directory: Not a directory
disk_full        make_disk_full       1  actorgraph: error: cannot write '/dev/full': No space left on device
stdout_full      make_stdout_full     1  actorgraph: error: cannot write to standard output: No space left on device
TABLE
)

# check_report REPORT EXIT SKIPPED: the run report accounts for every article
# (read = processed + skipped + outside the window), lists each skip with its
# file and reason, and every output with its true size.
check_report() {
  "$PY" - "$@" <<'EOF'
import json, os, sys
path, status, skipped = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
r = json.load(open(path, encoding="utf-8"))
a = r["articles"]
assert r["format"] == "actorgraph-report/1" and r["exit_status"] == status, r
assert a["read"] == a["processed"] + a["skipped"] + a["outside_window"], a
assert a["skipped"] == skipped == len(r["skipped"]) == sum(r["skipped_by_reason"].values()), r
for s in r["skipped"]:
    assert s["file"] and s["reason"] and s["message"].startswith(s["reason"]), s
for o in r["outputs"]:
    assert o["path"] == "-" or os.path.getsize(o["path"]) == o["bytes"], o
EOF
}

timings=""
while read -r name maker want line; do
  cmd=()
  $maker >"$tmp/input-path"  # in this shell, so that it can set `cmd`
  in=$(cat "$tmp/input-path")
  if [[ "$in" == SKIP* ]]; then
    echo "SKIP $name: ${in#SKIP }"
    continue
  fi
  out="$tmp/res/$name.jsonl"
  extracts=0
  [ ${#cmd[@]} -gt 0 ] || { cmd=("$ACTORGRAPH" extract "$in" -o "$out"); extracts=1; }
  start=$(date +%s%N)
  # `timeout` turns a hang into a failure; no case needs more than a second or two.
  expect_status "$want" timeout 120 "${cmd[@]}"
  timings+=$(printf '%-16s %5d ms' "$name" $(( ($(date +%s%N) - start) / 1000000 )))$'\n'
  expected=${line//@IN@/$in}
  grep -qxF -- "$expected" "$tmp/err" || fail "$name: stderr lacks the line
  $expected
--- stderr:
$(head -c 2000 "$tmp/err")"
  if [ $extracts = 1 ]; then
    skipped=$(grep -c '^actorgraph: skipped ' "$tmp/err" || true)
    check_report "$out.report.json" "$want" "$skipped" || fail "$name: run report"
  fi
  pass "$name: exit $want, \"$expected\""
done <<<"$table"
rm -rf "$tmp/in/huge.txt" "$tmp/in/huge.jsonl" "$tmp/in/many"
echo "time per case (not asserted):"
printf '%s' "$timings"

# Outputs to devices are written in place: /dev/null stays a device (a rename
# onto it, as root, would replace it by a regular file).
if [ -c /dev/null ]; then
  expect_status 0 "$ACTORGRAPH" extract "$tmp/good.txt" -o /dev/null
  [ -c /dev/null ] || fail "/dev/null is no longer a character device"
  pass "extract -o /dev/null leaves /dev/null a device"
else
  echo "SKIP /dev/null check: /dev/null is already not a device on this machine (replaced by another program)"
fi

# All at once: one build over good and bad inputs, one tally, one report.
bad=("$tmp/in/empty.txt" "$tmp/in/latin1.txt" "$tmp/in/nul.txt" "$tmp/in/broken.jsonl" "$tmp/in/dup.jsonl"
  "$tmp/in/future.jsonl" "$tmp/in/missing.txt")
cp "$tmp/good.txt" "$tmp/in/good.txt"
expect_status 3 "$ACTORGRAPH" build "$tmp/in/good.txt" "${bad[@]}" -o "$tmp/all"
grep -qxF 'actorgraph: 6 articles skipped in all (contains NUL bytes: 1; duplicate article id: 1; empty article: 1; malformed JSON: 1; no such file or directory: 1; not valid UTF-8: 1)' "$tmp/err" \
  || fail "no tally of skipped articles by reason: $(grep 'in all' "$tmp/err")"
grep -q "^documents: 3 read, 6 skipped" "$tmp/out" || fail "summary: $(head -1 "$tmp/out")"
check_report "$tmp/all/report.json" 3 6 || fail "build report"
"$PY" - "$tmp/all/report.json" "$tmp/in" <<'EOF' || fail "build report contents"
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
d = sys.argv[2]
assert r["command"] == "build" and r["inputs"][0] == d + "/good.txt", r["inputs"]
assert r["articles"] == {"read": 9, "processed": 3, "skipped": 6, "outside_window": 0}, r["articles"]
got = [(s["file"], s["line"], s["id"], s["reason"]) for s in r["skipped"]]
assert got == [(d + "/empty.txt", None, "empty", "empty article"),
               (d + "/latin1.txt", 1, "latin1", "not valid UTF-8"),
               (d + "/nul.txt", 1, "nul", "contains NUL bytes"),
               (d + "/broken.jsonl", 1, None, "malformed JSON"),
               (d + "/dup.jsonl", 2, "d-1", "duplicate article id"),
               (d + "/missing.txt", None, None, "no such file or directory")], got
assert [(w["file"], w["line"], w["id"]) for w in r["warnings"]] == [(d + "/future.jsonl", 1, "f-1")], r["warnings"]
names = sorted(o["path"].rsplit("/", 1)[1] for o in r["outputs"])
assert names == ["edges.csv", "graph.dot", "graph.graphml", "graph.jsonld", "graph.png", "graph.svg", "nodes.csv"], names
EOF
pass "build over good and bad inputs: tally, summary and report agree"

# merge: its report accounts for the extraction lines the same way.
expect_status 0 "$ACTORGRAPH" extract "$tmp/good.txt" -o "$tmp/shard.jsonl"
{ cat "$tmp/shard.jsonl"; echo '{"format":"actorgraph-extraction/1"'; cat "$tmp/shard.jsonl"; } >"$tmp/bad-shard.jsonl"
expect_status 3 "$ACTORGRAPH" merge "$tmp/bad-shard.jsonl" -o "$tmp/merged" --no-render
check_report "$tmp/merged/report.json" 3 2 || fail "merge report"
"$PY" - "$tmp/merged/report.json" "$tmp/bad-shard.jsonl" <<'EOF' || fail "merge report contents"
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
assert r["command"] == "merge" and r["articles"]["processed"] == 1, r
got = [(s["file"], s["line"], s["id"], s["reason"]) for s in r["skipped"]]
assert got == [(sys.argv[2], 2, None, "malformed JSON"), (sys.argv[2], 3, "good-1", "duplicate article id")], got
EOF
pass "merge report: each bad extraction line with its file, line and id"

# Nothing readable at all: an error, nothing written (no report either).
expect_status 1 "$ACTORGRAPH" build "$tmp/in/empty.txt" -o "$tmp/none"
grep -qxF "actorgraph: error: no article could be read (1 skipped); nothing written" "$tmp/err" \
  || fail "no clear message when nothing is readable: $(cat "$tmp/err")"
[ ! -e "$tmp/none/graph.dot" ] && [ ! -e "$tmp/none/report.json" ] || fail "wrote outputs from nothing"
pass "nothing readable -> exit 1"

# --report puts the report elsewhere; extract to standard output writes one
# only when asked.
expect_status 0 "$ACTORGRAPH" extract "$tmp/good.txt" --report "$tmp/stdout.report.json"
check_report "$tmp/stdout.report.json" 0 0 || fail "extract --report"
"$PY" - "$tmp/stdout.report.json" "$(wc -c <"$tmp/out")" <<'EOF' || fail "standard output not listed in the report"
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
assert r["outputs"] == [{"path": "-", "bytes": int(sys.argv[2])}], r["outputs"]
EOF
pass "--report FILE"

# Graphviz missing: a clear message, the other files still written.
mkdir -p "$tmp/nodot"
expect_status 1 env PATH="$tmp/nodot" "$ACTORGRAPH" build "$tmp/good.txt" -o "$tmp/out4"
grep -qxF "actorgraph: error: graph.svg not written: Graphviz 'dot' not found on PATH; install it with: sudo apt-get install graphviz" "$tmp/err" \
  || fail "missing dot not explained: $(cat "$tmp/err")"
[ -s "$tmp/out4/graph.graphml" ] && [ -s "$tmp/out4/graph.dot" ] || fail "other outputs not written without dot"
check_report "$tmp/out4/report.json" 1 0 || fail "report without Graphviz"
pass "missing Graphviz explained"

# Command-line mistakes are usage errors.
expect_status 2 "$ACTORGRAPH" build "$tmp/good.txt"
expect_status 2 "$ACTORGRAPH" frobnicate
expect_status 2 "$ACTORGRAPH" build "$tmp/good.txt" -o "$tmp/o" --date 2024-13-01
expect_status 2 "$ACTORGRAPH" extract "$tmp/good.txt" --threads 0
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
