#!/usr/bin/env bash
# Adds every public SDK symbol the analyzer reports as undeclared (RS0016) to PublicAPI.Unshipped.txt.
# Run after an intentional change to the SDK's public surface, then review the diff.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
project="$root/sdk/Platform.Sdk"
unshipped="$project/PublicAPI.Unshipped.txt"
symbols="$(dotnet build "$project/Platform.Sdk.csproj" --no-incremental -m:1 2>&1 \
  | grep -oP "error RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u || true)"
if [ -z "$symbols" ]; then
  echo "public API files are up to date"
  exit 0
fi
{ grep -v '^#nullable' "$unshipped" || true; printf '%s\n' "$symbols"; } | sort -u > "$unshipped.new"
{ echo '#nullable enable'; cat "$unshipped.new"; } > "$unshipped"
rm "$unshipped.new"
echo "added $(printf '%s\n' "$symbols" | wc -l) symbols to $(basename "$unshipped")"
