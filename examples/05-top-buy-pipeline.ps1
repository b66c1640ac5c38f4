#requires -Version 7.6
<#
.SYNOPSIS
    The ten largest BUY opportunities among the top 100 pairs, as a CSV.
.DESCRIPTION
    Get-BandSignal emits flat BandSignal objects, so the usual pipeline filters, sorts and exports them.
    Signal is an enum compared case-insensitively: -eq BUY matches Buy.

    CLI twin (no PowerShell needed):
      backtest bands --top 100 --signal buy --sort return --first 10 --format csv --out top-buys.csv
#>
param(
    [int] $Top = 100,
    [int] $First = 10,
    [string] $OutFile = 'top-buys.csv'
)
Import-Module (Join-Path $PSScriptRoot '../out/Backtest') -ErrorAction Stop

Get-BandSignal -Top $Top |
    Where-Object Signal -eq BUY |
    Sort-Object PotentialReturnPct -Descending |
    Select-Object -First $First |
    Export-Csv -Path $OutFile -NoTypeInformation
Import-Csv $OutFile | Format-Table Symbol, Signal, Close, Lower, Upper, PotentialReturnPct, DistanceSigma
