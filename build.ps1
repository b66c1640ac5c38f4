#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Build, test and package the Backtest module.
.DESCRIPTION
    Build   : dotnet build (Release).
    Test    : xUnit (dotnet test), then the Pester suite in tests/Pester against out/Backtest.
    Package : lays out out/Backtest/ (manifest version stamped from Directory.Build.props, format/type XML,
              help, DLLs). The Release build does the layout, so Package is a Release build.
    Pester  : only the Pester suite, against an already packaged out/Backtest.
.EXAMPLE
    ./build.ps1                 # Build, Test, Package
.EXAMPLE
    ./build.ps1 -Task Package; Import-Module ./out/Backtest
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Pester')]
    [string[]] $Task = @('Build', 'Test', 'Package')
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Native([string] $Command, [string[]] $Arguments) {
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Command $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

function Invoke-Pester-Suite {
    if (-not (Get-Module -ListAvailable Pester | Where-Object Version -ge '5.0')) {
        throw 'Pester 5 is required: Install-Module Pester -MinimumVersion 5.0 -Scope CurrentUser'
    }
    Import-Module Pester -MinimumVersion 5.0
    $config = New-PesterConfiguration
    $config.Run.Path = Join-Path $PSScriptRoot 'tests/Pester'
    $config.Run.Exit = $true
    $config.Output.Verbosity = 'Detailed'
    Invoke-Pester -Configuration $config
}

foreach ($step in $Task) {
    switch ($step) {
        'Build'   { Invoke-Native dotnet @('build', 'Backtest.sln', '-c', 'Release') }
        'Package' { Invoke-Native dotnet @('build', 'src/Backtest.PowerShell', '-c', 'Release') }
        'Test'    {
            Invoke-Native dotnet @('test', 'Backtest.sln', '-c', 'Release')
            Invoke-Native dotnet @('build', 'src/Backtest.PowerShell', '-c', 'Release')
            Invoke-Pester-Suite
        }
        'Pester'  { Invoke-Pester-Suite }
    }
}
