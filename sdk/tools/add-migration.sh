#!/usr/bin/env bash
# Generates one EF Core migration per database provider (SQLite, PostgreSQL, SQL Server) for a module.
#
#   sdk/tools/add-migration.sh <project-folder> <MigrationName>
#
# The module declares one design-time factory per provider-specific context, e.g.
#   internal sealed class ProjectsSqliteDesignFactory() : ModuleDesignTimeFactory<ProjectsSqliteDbContext>(DatabaseProvider.Sqlite);
# and each provider's migrations land in Persistence/Migrations/<Provider>/.
# Needs the pinned dotnet-ef from .config/dotnet-tools.json (`dotnet tool restore`).
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 <project-folder> <MigrationName>" >&2
  exit 2
fi
project="$(cd "$1" && pwd)"
name="$2"
if ! [[ "$name" =~ ^[A-Z][A-Za-z0-9]*$ ]]; then
  echo "migration name must be PascalCase letters and digits: $name" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null

# Pull "<Factory> <Context> <Provider>" triples out of the project's design-time factories.
mapfile -t pairs < <(grep -rhoP --include='*.cs' \
  '(ModuleDesignTimeFactory|PlatformDesignFactory|IdentityDesignFactory)<\w+>\(DatabaseProvider\.\w+' "$project" \
  | sed -E 's/<(\w+)>\(DatabaseProvider\./ \1 /' | sort -u)
if [ ${#pairs[@]} -eq 0 ]; then
  echo "no ModuleDesignTimeFactory<...>(DatabaseProvider.X) declarations found under $project" >&2
  exit 1
fi

# Design-time builds reference Microsoft.EntityFrameworkCore.Design (see the module's project file).
export PlatformDesignTime=true
dotnet restore "$project" >/dev/null  # EF tooling reads package assets before it builds
for pair in "${pairs[@]}"; do
  read -r factory context provider <<<"$pair"
  # The host's identity store keeps its migrations in its feature folder; every other context in Persistence/.
  case "$factory" in
    IdentityDesignFactory) folder="Identity/Migrations/$provider" ;;
    *) folder="Persistence/Migrations/$provider" ;;
  esac
  echo "== $context ($provider) -> $folder"
  dotnet ef migrations add "$name" \
    --project "$project" \
    --context "$context" \
    --output-dir "$folder"
done
unset PlatformDesignTime
dotnet build "$project" -m:1 >/dev/null
echo "generated $name for ${#pairs[@]} contexts"
