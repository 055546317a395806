#!/bin/sh
# Runs `actorgraph extract` as a task of a distributed engine (Spark's
# RDD.pipe, Hadoop Streaming): articles (JSON Lines) on standard input,
# extraction lines on standard output, problems on standard error.
#
# Expects the layout of the archive that docs/scale-out.md builds:
#   bin/actorgraph, bin/extract-shard.sh (this script), data/ (the lexicons).
# Exit status 3 (some articles skipped, each reported on standard error) is a
# success for the task: a shard with one empty article must not fail the job.
dir=$(dirname "$0")
"$dir/actorgraph" extract - --data "$dir/../data" "$@"
status=$?
if [ "$status" -eq 3 ]; then exit 0; fi
exit "$status"
