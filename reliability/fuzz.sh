#!/usr/bin/env bash
# Fuzzes one Jazzer target for longer than the bounded run that `JAZZER_FUZZ=1 mvn test` allows
# (@FuzzTest(maxDuration = "2m")), through Jazzer's own command line with the test classpath.
#
#   reliability/fuzz.sh <TestClass> <method> [seconds, default 3600]
#   reliability/fuzz.sh OdeonPayFuzzTest notification 1800
#
# The committed seeds (src/test/resources/.../<TestClass>Inputs/<method>/) are read automatically; new
# coverage lands in reliability/target/fuzz-corpus/<TestClass>/<method>/, crashing inputs in
# reliability/target/fuzz-findings/. Fix the SDK, then copy the crashing input into the seed directory
# so that `mvn verify` replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
class=${1:?test class, e.g. OdeoFuzzTest}
method=${2:?fuzz test method, e.g. callback}
seconds=${3:-3600}
mvn -B -q -pl reliability -am test-compile dependency:build-classpath -Dmaven.javadoc.skip \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz-classpath.txt
corpus=reliability/target/fuzz-corpus/$class/$method
findings=reliability/target/fuzz-findings
mkdir -p "$corpus" "$findings"
exec java -cp "reliability/target/test-classes:$(cat reliability/target/fuzz-classpath.txt)" \
  com.code_intelligence.jazzer.Jazzer \
  --target_class="io.github.paysdk.reliability.fuzz.$class" --target_method="$method" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$findings/" "$corpus"
