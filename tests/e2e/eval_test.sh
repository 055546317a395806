# actorgraph eval on the dev gold (../shared/gold/dev) and on the held-out
# gold (tests/heldout_gold): the report has every line the extraction issue
# asks for, and quality does not fall below the floors reached so far (a
# regression guard, not a target).
source "$(dirname "$0")/lib.sh"
gold="$SHARED/gold/dev"
if [ ! -d "$gold" ]; then
  echo "SKIP: $gold not found (../shared is absent); the eval test needs it"
  exit 77
fi

# check_floors REPORT FLOORS QUOTES_FOUND SPEAKERS_RIGHT: F1 floors as a
# Python dict literal, quote rates as fractions.
check_floors() {
  $PY - "$@" <<'PYEOF'
import ast, re, sys
text = open(sys.argv[1]).read()
floors = ast.literal_eval(sys.argv[2])
def f1(label):
    m = re.search(r"^" + re.escape(label) + r"\s+\d+\s+\d+\s+\d+\s+[\d.]+\s+[\d.]+\s+([\d.]+)$", text, re.M)
    assert m, label
    return float(m.group(1))
for label, floor in floors.items():
    assert f1(label) >= floor, (label, f1(label), floor)
gold, got, right = map(int, re.search(r"quotes: (\d+) in gold, (\d+) found .*speaker right for (\d+)", text).groups())
assert got / gold >= float(sys.argv[3]) and right / got >= float(sys.argv[4]), (gold, got, right)
PYEOF
}

expect_status 0 "$ACTORGRAPH" eval --gold "$gold" "$SHARED/corpus/articles.jsonl" --threads 2
cat "$tmp/out"
for line in "entities " "entities (typed)" "relations: entity pair" "relations: QuadClass" \
            "relations: CAMEO root" "affiliations (AFF)" "quotes:" "merging:"; do
  grep -qF "$line" "$tmp/out" || fail "eval report lacks \"$line\""
done
check_floors "$tmp/out" '{"entities": 0.90, "entities (typed)": 0.90, "relations: entity pair": 0.77,
                          "relations: CAMEO root": 0.72, "affiliations (AFF)": 0.93}' 0.9 0.95 \
  || fail "dev eval figures fell below the floors"
pass "eval report complete and above the floors"

# --verbose lists misses and false alarms with their article.
expect_status 0 "$ACTORGRAPH" eval --gold "$gold" "$SHARED/corpus/articles.jsonl" --verbose
grep -qE "^  [a-z0-9-]+: (missed|false) " "$tmp/out" || fail "--verbose lists no misses or false alarms"
pass "eval --verbose lists errors"

# eval_set NAME DIR FLOORS QUOTES_FOUND SPEAKERS_RIGHT [INPUT]: the report on
# one of our own gold sets (articles from INPUT, articles.jsonl by default),
# above its floors.
eval_set() {
  expect_status 0 "$ACTORGRAPH" eval --gold "$ACTORGRAPH_SOURCE_DIR/tests/$2" "${6:-$SHARED/corpus/articles.jsonl}"
  cat "$tmp/out"
  check_floors "$tmp/out" "$3" "$4" "$5" || fail "$1 eval figures fell below the floors"
  pass "$1 eval above its floors"
}

# The held-out articles (annotated by the team without looking at the
# system; their error categories were studied twice).
eval_set held-out heldout_gold '{"entities": 0.95, "entities (typed)": 0.95, "relations: entity pair": 0.81,
                                 "affiliations (AFF)": 0.93}' 0.93 0.92
# The blind set (annotated without seeing the system; no rule has been
# written against it): floors only guard against regressions.
# (Pair floor 0.60 -> 0.59 on 2026-12-06: reading the Pentagon as the
# Department of Defense, as the dev2 gold does, moved it 0.611 -> 0.592,
# while blind entities rose 0.911 -> 0.916; see the session's note.)
# (Pair floor 0.59 -> 0.57 on 2026-12-07: a place after "in the" or "at
# the" became an adjunct as a place after "in" already was, 0.600 -> 0.580
# (one pair); over the 1x corpus 82 relations went, nearly all wrong ("sold
# arms in the Netherlands", "cars sold in the United States"). The blind
# report was not read to find which pair.)
eval_set blind blind_gold '{"entities": 0.89, "entities (typed)": 0.87, "relations: entity pair": 0.57,
                            "affiliations (AFF)": 0.92}' 0.93 0.92
# The second development set, whose errors are studied.
eval_set dev2 dev2_gold '{"entities": 0.97, "entities (typed)": 0.96, "relations: entity pair": 0.61,
                          "affiliations (AFF)": 0.95}' 0.95 0.93
# The third set, annotated blind on 2026-12-03; its errors have been studied
# since (see tests/dev3_gold/README.md).
eval_set dev3 dev3_gold '{"entities": 0.95, "entities (typed)": 0.92, "relations: entity pair": 0.72,
                          "affiliations (AFF)": 0.91}' 0.92 0.92
# The fourth set, annotated blind on 2026-12-03 and only measured since.
# (AFF floor 0.84 -> 0.82 on 2026-12-06: keeping a plural's apostrophe with
# its word, "the Tories' plans", lost one blind4 affiliation, 0.850 ->
# 0.821, while blind6 and blind7 entities rose and the 1x corpus gained
# about twice the affiliations it lost; see the session's note.)
eval_set blind4 blind4_gold '{"entities": 0.92, "entities (typed)": 0.91, "relations: entity pair": 0.37,
                              "affiliations (AFF)": 0.82}' 0.92 0.74
# The fifth set (dev4), annotated blind on 2026-12-03 and studied since. (Pair 0.379 -> 0.367
# in the thirteenth session, when introducing and setting out a policy became taking part in it:
# "Labour would set out workable plans" is right in form but not in the gold, and "wants to
# introduce indefinite house arrest" gets the wrong subject.)
eval_set dev4 dev4_gold '{"entities": 0.82, "entities (typed)": 0.80, "relations: entity pair": 0.36,
                          "affiliations (AFF)": 0.83}' 0.94 0.92
# The seventh set (blind5), annotated blind on 2026-12-03: only measured.
eval_set blind5 blind5_gold '{"entities": 0.90, "entities (typed)": 0.90, "relations: entity pair": 0.32,
                              "affiliations (AFF)": 0.87}' 0.95 0.89

# corpus_set NAME FLOORS QUOTES_FOUND SPEAKERS_RIGHT: a set whose articles
# come from the benchmark corpus, rebuilt in the layout of articles.jsonl.
corpus="$SHARED/corpus/news-reuters-bbc.jsonl.gz"
corpus_set() {
  "$PY" "$ACTORGRAPH_SOURCE_DIR/tests/e2e/corpus_articles.py" "$corpus" "$ACTORGRAPH_SOURCE_DIR/tests/$1_gold" \
    "$tmp/$1.jsonl" || fail "could not rebuild the $1 articles from $corpus"
  eval_set "$1" "$1_gold" "$2" "$3" "$4" "$tmp/$1.jsonl"
}
if [ -f "$corpus" ]; then
  # dev5 and dev6, annotated blind on 2026-12-03 and studied since. (In the thirteenth session
  # "program" as a policy cost dev5 one pair, "to finance a land reform program" being the
  # Philippines', right in form but not in the gold; "ban" as an event then raised it to 0.576.)
  corpus_set dev5 '{"entities": 0.92, "entities (typed)": 0.92, "relations: entity pair": 0.57,
                    "affiliations (AFF)": 0.85}' 0.97 0.98
  corpus_set dev6 '{"entities": 0.92, "entities (typed)": 0.92, "relations: entity pair": 0.60,
                    "affiliations (AFF)": 0.88}' 0.98 0.92
  # dev7, annotated blind on 2026-12-04 and studied since. (Quotes found 0.899 since 28814b1,
  # which drops a one-word fragment the rules gave to the wrong speaker. Pair 0.552 -> 0.526 and
  # entities 0.940 -> 0.935 in the eighteenth session: "Mr Michael also denied the hunting ban had
  # led to a breakdown of trust" no longer rejects the ban, a wrong relation whose pair the gold
  # has from the headline "Minister defends hunting ban law", and the ban, used by nothing else,
  # is no longer an event.)
  corpus_set dev7 '{"entities": 0.94, "entities (typed)": 0.94, "relations: entity pair": 0.55,
                    "affiliations (AFF)": 0.89}' 0.89 0.92
  # dev8, annotated blind on 2026-12-04 and studied since. (Pair 0.451 -> 0.444 in the thirteenth
  # session: "he set out a broad programme" is Blair's, right in form but not in the gold.)
  corpus_set dev8 '{"entities": 0.93, "entities (typed)": 0.93, "relations: entity pair": 0.44,
                    "affiliations (AFF)": 0.94}' 0.93 0.91
  # dev9, annotated blind on 2026-12-04 and studied since.
  corpus_set dev9 '{"entities": 0.92, "entities (typed)": 0.91, "relations: entity pair": 0.53,
                    "affiliations (AFF)": 0.85}' 0.98 0.93
  # dev10, annotated blind on 2026-12-04 and studied since.
  corpus_set dev10 '{"entities": 0.93, "entities (typed)": 0.90, "relations: entity pair": 0.58,
                     "affiliations (AFF)": 0.96}' 0.90 0.97
  # dev11, annotated blind on 2026-12-04 and studied since.
  corpus_set dev11 '{"entities": 0.87, "entities (typed)": 0.85, "relations: entity pair": 0.13,
                     "affiliations (AFF)": 0.80}' 0.92 0.95
  # dev12, annotated blind on 2026-12-04 and studied since.
  corpus_set dev12 '{"entities": 0.90, "entities (typed)": 0.87, "relations: entity pair": 0.49,
                     "affiliations (AFF)": 0.86}' 0.95 0.90
  # dev13, annotated blind on 2026-12-05 and studied since.
  corpus_set dev13 '{"entities": 0.94, "entities (typed)": 0.93, "relations: entity pair": 0.40,
                     "affiliations (AFF)": 0.85}' 0.97 0.99
  # dev14, annotated blind on 2026-12-05 and studied since. (Entities 0.910 -> 0.906 in the
  # thirteenth session: "the Anti-Terrorism, Crime and Security Act introduced by the government"
  # now gives an event, whose name the comma cuts to "Security Act".)
  corpus_set dev14 '{"entities": 0.91, "entities (typed)": 0.91, "relations: entity pair": 0.61,
                     "affiliations (AFF)": 0.91}' 0.96 0.92
  # dev15, annotated blind on 2026-12-05 and studied since.
  corpus_set dev15 '{"entities": 0.91, "entities (typed)": 0.89, "relations: entity pair": 0.54,
                     "affiliations (AFF)": 0.60}' 0.94 0.87
  # dev16, annotated blind on 2026-12-05 and studied since. (Pair 0.355 -> 0.349 with speeches at
  # meetings: "Mrs Howard made her debut speech at the Conservative Party Conference" is right in
  # form, but "Mrs Howard" joins Michael Howard, so the pair is his. Pair 0.375 -> 0.349 in the
  # eighteenth session, when a comma after "and" came to end a list: "Along with Alan Johnson and
  # Jane Kennedy, he then went on to tear into the Tory plans" had read "Jane Kennedy, he" as one
  # list, which gave Kennedy the act by chance.)
  corpus_set dev16 '{"entities": 0.86, "entities (typed)": 0.85, "relations: entity pair": 0.41,
                     "affiliations (AFF)": 0.72}' 0.88 0.96
  # dev17, annotated blind on 2026-12-05 (sixth session) and studied since.
  corpus_set dev17 '{"entities": 0.92, "entities (typed)": 0.90, "relations: entity pair": 0.35,
                     "affiliations (AFF)": 0.81}' 0.90 0.91
  # blind6, annotated blind on 2026-12-04: only measured, never studied.
  corpus_set blind6 '{"entities": 0.86, "entities (typed)": 0.86, "relations: entity pair": 0.41,
                      "affiliations (AFF)": 0.77}' 0.99 0.86
  # blind7, annotated blind on 2026-12-05: only measured, never studied. (AFF 0.739 -> 0.723 at
  # e0c0ff2, whose new roles cost one false affiliation here and gained one relation pair.)
  corpus_set blind7 '{"entities": 0.85, "entities (typed)": 0.83, "relations: entity pair": 0.42,
                      "affiliations (AFF)": 0.76}' 0.90 0.86
  # blind8, annotated blind on 2026-12-05 (sixth session): only measured, never studied. (Quotes
  # found 70 -> 69 of 73 with "a state modifying a noun is no speaker": the figures say the lost one
  # had a wrong speaker before, 50 right of 70 -> 50 of 69; a short quoted fragment with no speaker
  # is not reported. Pair 0.279 -> 0.259 with cbeb6eb, which stopped "insisted Mr Brown will have a
  # key role" demanding anything of Brown, and back to 0.279 with 3de89ff's phrasal rejections;
  # 0.299 with the sixteenth session's evaluative words; 0.364 with the twenty-first's event
  # mentions, which name an event as the article does.)
  corpus_set blind8 '{"entities": 0.87, "entities (typed)": 0.86, "relations: entity pair": 0.35,
                      "affiliations (AFF)": 0.75}' 0.94 0.71
  # blind9, annotated blind on 2026-12-05 (seventh session): only measured, never studied. (Quotes
  # found 51 -> 50 of 53 on 2026-12-06, when "told reporters" stopped naming the speaker: the figures
  # say the lost one had a wrong speaker before, 38 right of 51 -> 38 of 50, and a short fragment
  # with no speaker is not reported.)
  corpus_set blind9 '{"entities": 0.84, "entities (typed)": 0.84, "relations: entity pair": 0.19,
                      "affiliations (AFF)": 0.76}' 0.94 0.74
else
  echo "SKIP: $corpus not found; the dev5 to dev17 and blind6 to blind9 evals need it"
fi
