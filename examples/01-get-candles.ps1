#requires -Version 7.6
<#
.SYNOPSIS
    Download candles (cached), check their quality, and export them.
.DESCRIPTION
    CLI twin (no PowerShell needed):
      backtest candles --symbol BTCUSDT,ETHUSDT --interval 1h --source binance --start 2022-01-01 --end 2022-02-01 --format csv --out candles-1h.csv
      backtest quality --symbol BTCUSDT --interval 1h --source binance --start 2022-01-01 --end 2022-02-01
    Offline twin on the synthetic sample market (which starts on 2024-01-01):
      backtest candles --symbol BTCUSDT,ETHUSDT --interval 1h --start 2024-01-01 --end 2024-02-01 --format csv --out candles-1h.csv
#>
param(
    [string[]] $Symbol = @('BTCUSDT', 'ETHUSDT'),
    [string] $Interval = '1h',
    [datetime] $StartTime = '2022-01-01',
    [datetime] $EndTime = '2022-02-01',
    [Backtest.Engine.Data.CandleSourceKind] $Source = 'Binance',
    [string] $OutFile = 'candles-1h.csv'
)
Import-Module (Join-Path $PSScriptRoot '../out/Backtest') -ErrorAction Stop

# One series per symbol: the first call downloads, later calls read the local cache and fetch only what is new.
$series = Get-Candles -Symbol $Symbol -Interval $Interval -StartTime $StartTime -EndTime $EndTime -Source $Source -AsSeries
$series | Format-Table Symbol, Interval, Count, StartTime, EndTime, IsSynthetic

# Fail loudly on bad data instead of backtesting it (a DataQuality error names the symbol).
Get-Candles -Symbol $Symbol -Interval $Interval -StartTime $StartTime -EndTime $EndTime -Source $Source -QualityPolicy Fail |
    Export-Csv -Path $OutFile -NoTypeInformation
Write-Output "wrote $OutFile"
