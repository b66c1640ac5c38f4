#requires -Version 7.6
<#
.SYNOPSIS
    Backtest one symbol: the result, the last trades, and the report files.
.DESCRIPTION
    Invoke-Backtest emits one flat BacktestResult; its trades, equity curve and manifest are behind methods,
    and -OutputPath writes performance_metrics.csv, trades.csv, equity.csv, monthly_returns.csv, result.json
    and manifest.json (each atomically; -WhatIf shows where without writing).

    CLI twin (no PowerShell needed):
      backtest run --input ../shared/data/binance/spot/BTCUSDT-4h.csv.gz --strategy sma-cross --param fast=20 --param slow=100 --direction long-short --param stop_loss=0.03 --param take_profit=0.06 --out report
#>
param(
    [string] $Path = (Join-Path $PSScriptRoot '../../shared/data/binance/spot/BTCUSDT-4h.csv.gz'),
    [hashtable] $Parameter = @{ fast = 20; slow = 100; direction = 'long-short'; stop_loss = 0.03; take_profit = 0.06 },
    [string] $OutputPath = 'report'
)
Import-Module (Join-Path $PSScriptRoot '../out/Backtest') -ErrorAction Stop

$result = Invoke-Backtest -Path $Path -Strategy sma-cross -Parameter $Parameter -OutputPath $OutputPath
$result | Format-List Symbol, Interval, StartTime, EndTime, Parameters, TotalReturnPct, CagrPct, SharpeRatio,
    MaxDrawdownPct, Trades, WinRatePct, ProfitFactor, FeesPaid, AmbiguousBars, PessimisticFinalEquity, OptimisticFinalEquity

# The round trips (an open position, if any, last) and the months.
$result.GetTrades() | Select-Object -Last 5 | Format-Table
$result.GetMonthlyReturns() | Select-Object -Last 12 | Format-Table Year, Month, ReturnPct

# The manifest re-runs the same backtest bit for bit (the candles are checked against its SHA-256).
$manifest = $result.GetManifest()
"data sha256 {0}, engine {1}; reports in {2}" -f $manifest.Data.Sha256, $manifest.EngineVersion, (Resolve-Path $OutputPath)
