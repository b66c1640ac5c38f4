#requires -Version 7.6
<#
.SYNOPSIS
    Nightly band scan of the top pairs: keep the BUY signals, write a dated CSV and the JSON results file.
.DESCRIPTION
    Scans the top -Top USDT pairs by 24h quote volume with Get-BandSignal, writes every result and the
    parameters to <OutDir>/band_signals_YYYYMMDD_HHMMSS.json, and the BUY signals (largest potential return
    first) to <OutDir>/buy_signals_YYYYMMDD.csv. Dates are UTC.

    Exit codes, for the scheduler:
      0  ok
      1  failed: the scan could not run, or no symbol could be scanned
      2  partial: some symbols failed (non-terminating errors); the files hold the rest
      3  stale: some symbol's newest candle ended more than two intervals ago (exchange or cache behind)

    CLI twin (no PowerShell needed; see README "Nightly scan"):
      backtest bands --top 100 --signal buy --sort return --format csv --out scans/buy_signals.csv --output-path scans
    The CLI exits 0 ok, 1 failed, 3 stale, 4 partial (2 is its usage error).
    Register it: Register-NightlyScan.ps1 (Windows Task Scheduler); linux/ has a cron line and systemd units.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 500)] [int] $Top = 100,
    [string] $Interval = '1d',
    [ValidateRange(1, 36500)] [int] $Days = 720,
    [string] $OutDir = (Join-Path $PSScriptRoot 'scans'),
    [ValidateSet('Binance', 'BinanceFutures', 'Sample')] [string] $Source = 'Binance',
    [uri] $BaseUrl
)
$ErrorActionPreference = 'Stop'
try {
    Import-Module (Join-Path $PSScriptRoot '../out/Backtest') -ErrorAction Stop
}
catch {
    Write-Error "cannot load the Backtest module: $_"
    exit 1
}

$scan = @{ Top = $Top; Interval = $Interval; Days = $Days; Source = $Source; OutputPath = $OutDir }
if ($BaseUrl) { $scan.BaseUrl = $BaseUrl }
try {
    # Per-symbol failures are non-terminating: collect them and go on; a failure of the whole scan lands in catch.
    $signals = @(Get-BandSignal @scan -ErrorVariable failed -ErrorAction SilentlyContinue)
}
catch {
    Write-Error "scan failed: $_"
    exit 1
}
if ($signals.Count -eq 0) {
    Write-Error "scan failed: no symbol could be scanned ($($failed.Count) errors)"
    exit 1
}

$date = [DateTime]::UtcNow.ToString('yyyyMMdd')
$csv = Join-Path $OutDir "buy_signals_$date.csv"
$buys = @($signals | Where-Object Signal -eq BUY | Sort-Object PotentialReturnPct -Descending)
$buys | Export-Csv -Path $csv -NoTypeInformation
$json = Get-ChildItem $OutDir -Filter 'band_signals_*.json' | Sort-Object Name | Select-Object -Last 1
Write-Host ("{0} symbols: {1} BUY, {2} SELL, {3} failed; wrote {4} and {5}" -f
    ($signals.Count + $failed.Count), $buys.Count, @($signals | Where-Object Signal -eq SELL).Count, $failed.Count, $csv, $json.FullName)

$maxAge = 2 * [Backtest.Engine.Data.Interval]::Parse($Interval).Duration
$stale = @($signals | Where-Object { -not $_.EndTime -or ([DateTime]::UtcNow - $_.EndTime) -gt $maxAge })
if ($stale.Count -gt 0) {
    Write-Warning "stale data: $($stale.Symbol -join ', ') (newest candle older than $maxAge)"
    exit 3
}
if ($failed.Count -gt 0) {
    $failed | ForEach-Object { Write-Warning $_.Exception.Message }
    exit 2
}
exit 0
