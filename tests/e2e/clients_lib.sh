# Shared by the tests that load actorgraph's outputs into the npm clients of
# tests/clients (Kuzu, jsonld.js, Oxigraph, graphology-graphml). Each such test
# takes the corpus to build as its argument: `samples` (samples/, then a
# hostile corpus) or `seeds` (the seed articles of ../shared, skipped with
# exit status 77 when ../shared is absent).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
CLIENTS="$ACTORGRAPH_SOURCE_DIR/tests/clients"
# The Python checks import actorgraph_csv.py from here, leaving no bytecode.
E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export E2E_DIR PYTHONDONTWRITEBYTECODE=1

# need_clients PACKAGE...: node and the packages that scripts/setup-npm-clients.sh
# installs into tests/clients/node_modules. Without them the test is skipped
# (exit 77) with a message, except on CI (CI set), where it fails.
need_clients() {
  local missing=() p
  command -v node >/dev/null || missing+=(node)
  for p in "$@"; do
    [ -f "$CLIENTS/node_modules/$p/package.json" ] || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ -n "${CI:-}" ]; then
    fail "missing ${missing[*]}: scripts/setup-npm-clients.sh installs them"
  fi
  echo "SKIP: missing ${missing[*]}; install them with scripts/setup-npm-clients.sh"
  exit 77
}

# set_corpus "$@": sets CORPUS to the test's argument, `samples` or `seeds`;
# for seeds, skips the test (exit 77) when the seed articles are absent.
set_corpus() {
  CORPUS="${1:-}"
  case "$CORPUS" in
    samples) ;;
    seeds)
      if [ ! -f "$SHARED/corpus/seeds/seeds.jsonl" ]; then
        echo "SKIP: $SHARED/corpus/seeds/seeds.jsonl not found (../shared is absent); the seed part needs it"
        exit 77
      fi
      ;;
    *) fail "usage: $0 samples|seeds" ;;
  esac
}

# build_graph CORPUS OUTDIR: `actorgraph build` of samples, seeds or hostile
# into OUTDIR (no SVG), its summary kept in OUTDIR/summary.txt.
build_graph() {
  local corpus=$1 out=$2
  case "$corpus" in
    samples) expect_status 0 "$ACTORGRAPH" build "$ACTORGRAPH_SOURCE_DIR/samples" -o "$out" --no-render ;;
    seeds) expect_status 0 "$ACTORGRAPH" build "$SHARED/corpus/seeds/seeds.jsonl" -o "$out" --no-render ;;
    hostile)
      write_hostile_corpus "$tmp/hostile-in"
      expect_status 0 "$ACTORGRAPH" build "$tmp/hostile-in/hostile.jsonl" -o "$out" --no-render \
        --aliases "$tmp/hostile-in/aliases.txt"
      ;;
  esac
  cp "$tmp/out" "$out/summary.txt"
}

# write_hostile_corpus DIR: DIR/hostile.jsonl, two articles whose ids carry
# CSV and spreadsheet hazards (quotes, commas, CR LF, a leading '=', NUL,
# spaces, ';'), and DIR/aliases.txt, which gives three actors canonical names
# that start like spreadsheet formulas and hold quotes, commas and ';'.
write_hostile_corpus() {
  mkdir -p "$1"
  $PY - "$1/hostile.jsonl" <<'PYEOF'
import json, sys
text = (
    'GENEVA, July 1 (Wirewatch) - Russian Foreign Minister Sergey Danilin met French Foreign '
    'Minister Marie-Hélène Le Guennec in Geneva on Monday. "}; node [image=\\"/etc/passwd\\"]; {" '
    'was written on a banner outside.\n\n'
    'Danilin urged Le Guennec to drop the plan. "A back\\slash, a \\"quote\\", a\nline break '
    'are not a threat," Danilin said.\n\n'
    'Danilin criticized Image"Passwd Shapefile"Etc over the talks. The Ministry of Image\\Passwd '
    'rejected the Danilin plan, and Danilin met @SUM(A1) Group in Rome.\n')
articles = [
    {"id": '=1+2, "quoted"\nline two\r\n@x\u0000nul', "date": "2024-07-01", "text": text},
    {"id": " spaced;semi\ttab ", "date": "2024-07-02",
     "text": "BERN, July 2 - Sergey Danilin met Marie-Hélène Le Guennec in Bern on Tuesday.\n"},
]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for article in articles:
        f.write(json.dumps(article, ensure_ascii=False) + "\n")
PYEOF
  cat >"$1/aliases.txt" <<'EOF2'
same: +HYPERLINK("http://x.example";"Danilin, Sergey") = Sergey Danilin
same: @SUM(1+1) "Le Guennec"; the 'French' minister = Marie-Hélène Le Guennec
same: -2+3 Passwd\Shapefile = Passwd Shapefile
EOF2
}
