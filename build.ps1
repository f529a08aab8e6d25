<#
.SYNOPSIS
  Repertoire's build tasks for PowerShell users: a thin wrapper over the dotnet commands of the README.
.EXAMPLE
  ./build.ps1            # Test (the default)
  ./build.ps1 Run        # serve the bundled content
  ./build.ps1 CI         # Clean, Test, Publish
  ./build.ps1 Clean -Data   # also delete .data/ (staff accounts, alignment decisions, the needs watch)
#>
param([string]$Task = "Test", [switch]$Data)
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot

function Invoke-Step([string]$Command) {
    Write-Host "> $Command"
    Invoke-Expression $Command
    if ($LASTEXITCODE -ne 0) { throw "'$Command' failed with exit code $LASTEXITCODE" }
}

# Compile, then run the unit, integration and browser tests.
function Test { Invoke-Step "dotnet test Repertoire.sln" }
# Run only the browser tests (Playwright driving /usr/bin/chromium).
function BrowserTest { Invoke-Step "dotnet test tests/Repertoire.Browser.Tests" }
# Serve the bundled content on http://localhost:5000.
function Run { Invoke-Step "dotnet run --project src/Repertoire.Web" }
# Check the content folder.
function Validate { Invoke-Step "dotnet run --project src/Repertoire.Cli -- validate" }
# Build the full-text index from content/.
function Index { Invoke-Step "dotnet run --project src/Repertoire.Cli -- index" }
# Run the benchmarks (see docs/benchmarks.md).
function Benchmark { Invoke-Step "dotnet run -c Release --project tests/Repertoire.Benchmarks -- --filter *" }
# Publish the site to artifacts/publish.
function Publish { Invoke-Step "dotnet publish src/Repertoire.Web -c Release -o artifacts/publish" }
# Remove build output; .data/ (accounts, decisions) only with -Data.
function Clean {
    Invoke-Step "dotnet clean Repertoire.sln"
    if (Test-Path "artifacts") { Remove-Item -Recurse -Force "artifacts" }
    # .data/ holds what people made (staff accounts, alignment decisions), not build output: never deleted unasked.
    if ($Data) { if (Test-Path ".data") { Remove-Item -Recurse -Force ".data" } }
    elseif (Test-Path ".data") { Write-Host "Kept .data/ (staff accounts, decisions); ./build.ps1 Clean -Data deletes it." }
}
# Clean, Test, Publish.
function CI { Clean; Test; Publish }
# List the tasks.
function Help {
    Get-Content $PSCommandPath | Select-String -Pattern '^# (.+)$' -Context 0,1 | ForEach-Object {
        $name = ($_.Context.PostContext[0] -replace '^function (\w+).*', '$1')
        "{0,-12} {1}" -f $name, $_.Matches[0].Groups[1].Value
    }
}

switch ($Task) {
    { $_ -in "Test","BrowserTest","Run","Validate","Index","Benchmark","Publish","Clean","CI","Help" } { & $Task }
    default { throw "Unknown task '$Task'. Run ./build.ps1 Help." }
}
