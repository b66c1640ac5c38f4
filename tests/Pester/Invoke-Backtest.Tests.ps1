#requires -Version 7.6
#requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
<#
    Invoke-Backtest on a real host, offline: the real candle files in ../shared/data, the synthetic sample market,
    and the W1 benchmark bars. (The engine's numbers are proven in tests/Backtest.Engine.Tests; the parameter
    mapping without a host in tests/Backtest.PowerShell.Tests.)
#>

BeforeAll {
    $repo = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $repo 'out/Backtest/Backtest.psd1') -Force -ErrorAction Stop
    $daily = Join-Path $repo '../shared/data/binance/spot/BTCUSDT-1d.csv'
    $basket = Join-Path $repo '../shared/data/binance/spot/basket'
    $w1 = Join-Path $repo '../shared/bench/bars_1m.csv.gz'
}

AfterAll {
    Remove-Module Backtest -Force -ErrorAction SilentlyContinue
}

Describe 'Invoke-Backtest' {
    Context 'results' {
        It 'reproduces the W1 benchmark with the defaults' {
            $r = Invoke-Backtest -Path $w1 -Parameter @{ fast = 10; slow = 50 }
            $r | Should -BeOfType ([Backtest.Engine.Simulation.BacktestResult])
            $r.Trades | Should -Be 13872
            [math]::Abs($r.FinalEquity / 5.915975315684818e-09 - 1) | Should -BeLessThan 1e-9
            ($r.GetTrades() | Select-Object -First 5).EntryBar -join ',' | Should -Be '112,165,252,274,307'
        }

        It 'takes a CandleSeries from Get-Candles -AsSeries' {
            $r = Get-Candles -Path $daily -AsSeries | Invoke-Backtest -Parameter @{ fast = 5; slow = 20 }
            $r.Symbol | Should -Be 'BTCUSDT'
            $r.Parameters | Should -Be 'fast=5;slow=20;direction=long-only'
            $r.Trades | Should -BeGreaterThan 10
        }

        It 'groups Candle objects by symbol' {
            $btc = Get-Candles -Symbol BTCUSDT -Interval 4h -StartTime 2024-01-01 -EndTime 2024-03-01 -WarningAction SilentlyContinue
            $eth = Get-Candles -Symbol ETHUSDT -Interval 4h -StartTime 2024-01-01 -EndTime 2024-03-01 -WarningAction SilentlyContinue
            $results = @($btc) + @($eth) | Invoke-Backtest -Parameter @{ fast = 5; slow = 20 } -WarningAction SilentlyContinue
            $results.Symbol -join ',' | Should -Be 'BTCUSDT,ETHUSDT'
            $results | ForEach-Object { $_.Bars | Should -Be 360 }
        }

        It 'binds Symbol, Interval, StartTime and EndTime by property name' {
            $rows = @(
                [pscustomobject]@{ Symbol = 'BTCUSDT'; Interval = '1d'; StartTime = '2023-01-01'; EndTime = '2024-01-01' }
                [pscustomobject]@{ Symbol = 'SOLUSDT'; Interval = '4h'; StartTime = '2023-06-01'; EndTime = '2023-07-01' }
            )
            $results = $rows | Invoke-Backtest -WarningAction SilentlyContinue
            $results.Symbol -join ',' | Should -Be 'BTCUSDT,SOLUSDT'
            $results[0].Bars | Should -Be 365
            $results[1].Interval.Name | Should -Be '4h'
            $results[1].EndTime | Should -Be ([datetime]::new(2023, 7, 1, 0, 0, 0, [System.DateTimeKind]::Utc))
        }

        It 'exports one flat row per file with Export-Csv' {
            $csv = Join-Path $TestDrive 'results.csv'
            Get-ChildItem (Join-Path $basket '*-1d.csv') | Select-Object -First 3 | Invoke-Backtest |
                Sort-Object SharpeRatio -Descending | Export-Csv $csv -NoTypeInformation
            $rows = Import-Csv $csv
            $rows | Should -HaveCount 3
            $rows[0].PSObject.Properties.Name | Should -Contain 'MaxDrawdownPct'
            $rows[0].PSObject.Properties.Name[0..3] -join ',' | Should -Be 'Symbol,Interval,StartTime,EndTime'
        }

        It 'shows results and trades in their table views' {
            $r = Invoke-Backtest -Path $daily
            ($r | Format-Table | Out-String) | Should -Match 'Sharpe'
            ($r.GetTrades() | Select-Object -First 3 | Format-Table | Out-String) | Should -Match 'ExitReason'
        }
    }

    Context 'report files' {
        It 'writes the six files with -OutputPath' {
            $out = Join-Path $TestDrive 'report'
            $null = Invoke-Backtest -Path $daily -Parameter @{ direction = 'long-short'; stop_loss = 0.05 } -OutputPath $out
            (Get-ChildItem $out).Name | Sort-Object | Should -Be @('equity.csv', 'manifest.json', 'monthly_returns.csv', 'performance_metrics.csv', 'result.json', 'trades.csv')
            (Get-Content (Join-Path $out 'trades.csv') -TotalCount 1) | Should -Be 'entry_time,exit_time,side,quantity,entry_price,exit_price,pnl,return_pct,fees,symbol,exit_reason,entry_tag'
            (Get-Content (Join-Path $out 'result.json') -Raw | ConvertFrom-Json).trades | Should -BeGreaterThan 0
        }

        It 'writes nothing with -WhatIf' {
            $out = Join-Path $TestDrive 'whatif'
            $r = Invoke-Backtest -Path $daily -OutputPath $out -WhatIf
            $r | Should -Not -BeNullOrEmpty
            Test-Path $out | Should -BeFalse
        }

        It 're-runs a manifest given as -ConfigPath to the same result' {
            $out = Join-Path $TestDrive 'manifest'
            $first = Invoke-Backtest -Path $daily -Parameter @{ fast = 7; slow = 21 } -Fee 0.0005 -OutputPath $out
            $again = Invoke-Backtest -Path $daily -ConfigPath (Join-Path $out 'manifest.json')
            $again.FinalEquity | Should -Be $first.FinalEquity
            $again.Parameters | Should -Be $first.Parameters
        }
    }

    Context 'errors' {
        It 'stops on an unknown parameter, suggesting the closest' {
            { Invoke-Backtest -Path $daily -Parameter @{ fsat = 5 } -ErrorAction Stop } |
                Should -Throw -ErrorId 'Backtest.InvalidArgument*' -ExpectedMessage "*Did you mean 'fast'?*"
        }

        It 'stops when fast is not below slow, naming fast' {
            $err = { Invoke-Backtest -Path $daily -Parameter @{ fast = 50; slow = 20 } -ErrorAction Stop } | Should -Throw -PassThru
            $err.TargetObject | Should -Be 'fast'
        }

        It 'completes -Strategy from the catalog' {
            (TabExpansion2 -inputScript 'Invoke-Backtest -Strategy sma' -cursorColumn 29).CompletionMatches.CompletionText |
                Should -Contain 'sma-cross'
        }

        It 'writes a non-terminating error for a missing file and goes on' {
            $missing = Join-Path $TestDrive 'GONEUSDT-1d.csv'
            $results = Invoke-Backtest -Path @($daily, $missing) -ErrorVariable failed -ErrorAction SilentlyContinue
            $results | Should -HaveCount 1
            $failed | Should -HaveCount 1
            $failed[0].FullyQualifiedErrorId | Should -BeLike 'Backtest.NotFound*'
        }

        It 'names the row of a NaN price' {
            $bad = Join-Path $TestDrive 'NANUSDT-1d.csv'
            $lines = Get-Content $daily -TotalCount 60
            $cells = $lines[30] -split ','
            $cells[4] = 'NaN'
            $lines[30] = $cells -join ','
            $lines | Set-Content $bad
            $null = Invoke-Backtest -Path $bad -ErrorVariable failed -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
            $failed[0].Exception.Message | Should -BeLike '*candle 29 (row 30*'
        }
    }

    It 'has help with examples' {
        $help = Get-Help Invoke-Backtest -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 3
    }
}
