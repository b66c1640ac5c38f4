#requires -Version 7.6
<#
.SYNOPSIS
    Backtest every symbol of a CSV file: one result row each, exported to CSV.
.DESCRIPTION
    Import-Csv rows bind to -Symbol (and Interval, StartTime, EndTime when those columns exist) by property name;
    results are flat, so Sort-Object and Export-Csv work on them directly. A symbol that fails is reported as a
    non-terminating error (collected in $failed) and the others still run.

    CLI twin (no PowerShell needed; one report folder per symbol):
      backtest run --symbol BTCUSDT,ETHUSDT,SOLUSDT --interval 1d --source binance --strategy sma-cross --param fast=10 --param slow=30 --out batch
#>
param(
    [string] $SymbolsFile = 'symbols.csv',
    [string] $Interval = '1d',
    [Backtest.Engine.Data.CandleSourceKind] $Source = 'Binance',
    [hashtable] $Parameter = @{ fast = 10; slow = 30 },
    [string] $OutFile = 'backtests.csv'
)
Import-Module (Join-Path $PSScriptRoot '../out/Backtest') -ErrorAction Stop

if (-not (Test-Path $SymbolsFile)) {
    # A starter list: a Symbol column is all Invoke-Backtest needs.
    @('BTCUSDT', 'ETHUSDT', 'SOLUSDT') | ForEach-Object { [pscustomobject]@{ Symbol = $_ } } |
        Export-Csv -Path $SymbolsFile -NoTypeInformation
}

Import-Csv $SymbolsFile |
    Invoke-Backtest -Interval $Interval -Source $Source -Strategy sma-cross -Parameter $Parameter -ErrorVariable failed |
    Sort-Object SharpeRatio -Descending |
    Export-Csv -Path $OutFile -NoTypeInformation

Import-Csv $OutFile | Format-Table Symbol, Interval, Trades, TotalReturnPct, SharpeRatio, MaxDrawdownPct, BuyAndHoldReturnPct
if ($failed) { Write-Warning "$($failed.Count) symbol(s) failed: $($failed.TargetObject -join ', ')" }
