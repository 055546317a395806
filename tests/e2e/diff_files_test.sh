# `actorgraph diff` between two graph files written by earlier builds: it must
# tell the same story as the diff between two date windows of the corpus, in
# text, JSON and as a diagram, and refuse files that are not ours.
source "$(dirname "$0")/lib.sh"
samples="$ACTORGRAPH_SOURCE_DIR/samples"

expect_status 0 "$ACTORGRAPH" build "$samples" -o "$tmp/march" --to 2024-03-31 --no-render
expect_status 0 "$ACTORGRAPH" build "$samples" -o "$tmp/all" --no-render
old="$tmp/march/graph.graphml"
new="$tmp/all/graph.jsonld"
pass "two builds: up to 2024-03-31 and the whole corpus"

# Text.
expect_status 0 "$ACTORGRAPH" diff --old "$old" --new "$new"
cp "$tmp/out" "$tmp/files.txt"
[ "$(head -1 "$tmp/files.txt")" = "old $old (3 documents) -> new $new (8 documents)" ] \
  || fail "file diff header: $(head -1 "$tmp/files.txt")"
grep -qE "^actors: [1-9][0-9]* added, 0 removed, [1-9][0-9]* in both" "$tmp/files.txt" || fail "file diff: actors line"
grep -qE "^  \+ LOCATION +Ankara  \(location:ankara, 4 mentions\)$" "$tmp/files.txt" || fail "file diff: Ankara not added"
grep -qE "^  ~ PERSON +Sergei Danilin  \(person:srg-danilin, 6 -> 12 mentions, 2 -> 5 documents\)$" "$tmp/files.txt" \
  || fail "file diff: Danilin's mentions not changed"
grep -qE "^  ~ Sergei Danilin -\[AFF foreign minister\]-> Russia  \(2× -> 5×\)$" "$tmp/files.txt" \
  || fail "file diff: Danilin's affiliation count not changed"
pass "file diff as text"

# JSON: the same added, removed and changed actors and relations as the diff
# of the same two periods read off one graph of the corpus.
expect_status 0 "$ACTORGRAPH" diff --old "$old" --new "$new" --json
cp "$tmp/out" "$tmp/files.json"
expect_status 0 "$ACTORGRAPH" diff "$samples" --old ..2024-03-31 --new .. --json
cp "$tmp/out" "$tmp/windows.json"
expect_status 0 "$ACTORGRAPH" diff --old "$new" --new "$old" --json
cp "$tmp/out" "$tmp/reversed.json"
$PY - "$tmp/files.json" "$tmp/windows.json" "$tmp/reversed.json" "$old" "$new" <<'PYEOF' || fail "file diff JSON differs from the window diff"
import json, sys
files, windows, reversed_ = (json.load(open(p)) for p in sys.argv[1:4])
old, new = sys.argv[4:6]
assert files["old"] == {"file": old, "documents": 3}, files["old"]
assert files["new"] == {"file": new, "documents": 8}, files["new"]
assert windows["old"] == {"from": None, "to": "2024-03-31", "documents": 3}, windows["old"]

def actors(diff, key):
    return sorted((a["id"], a["type"], a["old_mentions"], a["new_mentions"]) for a in diff[key])

def relations(diff, key):
    return sorted((r["source"], r["target"], r["code"], r["role"], r["predicate"], r["old_count"], r["new_count"])
                  for r in diff[key])

assert len(files["added_actors"]) > 10 and len(files["added_relations"]) > 10, "too little added to compare"
for key in ("added_actors", "removed_actors", "changed_actors"):
    assert actors(files, key) == actors(windows, key), (key, actors(files, key), actors(windows, key))
for key in ("added_relations", "removed_relations", "changed_relations"):
    assert relations(files, key) == relations(windows, key), (key, relations(files, key), relations(windows, key))
assert files["changed_roles"] == windows["changed_roles"]
assert files["unchanged_relations"] == windows["unchanged_relations"] > 0
# GraphML carries weights, JSON-LD none.
assert all(r["old_weight"] == r["old_count"] and r["new_weight"] is None for r in files["changed_relations"])
# Swapping the files swaps added and removed.
assert [a["id"] for a in reversed_["removed_actors"]] == [a["id"] for a in files["added_actors"]]
assert len(reversed_["removed_relations"]) == len(files["added_relations"]) and not reversed_["added_relations"]
PYEOF
pass "file diff JSON agrees with the window diff"

# The diagram renders without warnings and colours what changed.
expect_status 0 "$ACTORGRAPH" diff --old "$old" --new "$new" --dot "$tmp/diff.dot"
dot -Tsvg "$tmp/diff.dot" -o /dev/null 2>"$tmp/dot.err" && [ ! -s "$tmp/dot.err" ] || fail "diff.dot: $(cat "$tmp/dot.err")"
[ -s "$tmp/diff.dot.svg" ] || fail "diff.dot.svg not rendered"
grep -q '"location:ankara" \[label="Ankara".*color="#2e7d32"' "$tmp/diff.dot" || fail "added actor not green"
grep -q 'label="foreign minister 2→5", color="#ef6c00"' "$tmp/diff.dot" || fail "changed count not orange"
grep -q 'label="changed roles"' "$tmp/diff.dot" || fail "legend lacks role changes"
pass "file diff diagram"

# Files that are not ours, or not there, are refused with their name (exit 1).
printf '' >"$tmp/empty.graphml"
head -c 700 "$old" >"$tmp/truncated.graphml"
printf '{"@context": "http://schema.org/", "@graph": []}' >"$tmp/foreign.jsonld"
printf '<html><body>not a graph</body></html>' >"$tmp/page.graphml"
for bad in "$tmp/missing.graphml:no such file" "$tmp/empty.graphml:empty file" \
           "$tmp/truncated.graphml:[0-9]+: malformed XML" "$tmp/foreign.jsonld:not a graph written by actorgraph build" \
           "$tmp/page.graphml:not a graph written by actorgraph build"; do
  file=${bad%%:*}
  expect_status 1 "$ACTORGRAPH" diff --old "$file" --new "$new"
  grep -qE "^actorgraph: error: $file:( |)${bad#*:}" "$tmp/err" || fail "no clear error for $file: $(cat "$tmp/err")"
done
pass "bad graph files are refused with their name"

# Bad command lines (exit 2).
expect_status 2 "$ACTORGRAPH" diff "$samples" --old ..2024-03-31 --new "$new"
grep -q "both be FROM..TO date windows or both be graph files" "$tmp/err" || fail "mixed sides: $(cat "$tmp/err")"
expect_status 2 "$ACTORGRAPH" diff "$samples" --old "$old" --new "$new"
grep -q "comparing two graph files takes no INPUT" "$tmp/err" || fail "files with INPUT: $(cat "$tmp/err")"
expect_status 2 "$ACTORGRAPH" diff --old ..2024-03-31 --new ..
grep -q "no INPUT given" "$tmp/err" || fail "windows without INPUT: $(cat "$tmp/err")"
expect_status 2 "$ACTORGRAPH" diff --old "$old" --new "$new" --from 2024-01-01
expect_status 2 "$ACTORGRAPH" diff --old "$old"
pass "bad diff command lines exit 2"
