#!/usr/bin/env bash
# Prints a progress bar for an import job until it ends.
#
#   src/main/scripts/import-progress.sh <job url, e.g. the Location of POST /imports>
#
# Needs curl and jq. The token comes from BYLINE_TOKEN (an admin's).
set -euo pipefail
url=${1:?usage: import-progress.sh <job url>}
: "${BYLINE_TOKEN:?set BYLINE_TOKEN to an admin token}"
while :; do
  job=$(curl -sf -H "Authorization: Bearer $BYLINE_TOKEN" "$url")
  read -r status processed total eta < <(jq -r '[.status, .processed, (.total // 0), (.eta // "-")] | @tsv' <<<"$job")
  width=40
  done_cols=$(( total > 0 ? processed * width / total : 0 ))
  bar=$(printf '%*s' "$done_cols" '' | tr ' ' '#')$(printf '%*s' $(( width - done_cols )) '' | tr ' ' '.')
  printf '\r[%s] %d/%d %-9s eta %s ' "$bar" "$processed" "$total" "$status" "$eta"
  case $status in succeeded|failed) echo; jq '{created, updated, skipped, errors}' <<<"$job"; break ;; esac
  sleep 1
done
