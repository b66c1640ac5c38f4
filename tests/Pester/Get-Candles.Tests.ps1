#requires -Version 7.6
#requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
<#
    Get-Candles on a real host, offline: the synthetic sample market and small candle files written to TestDrive.
    (Binance downloads are tested against a loopback server in tests/Backtest.Engine.Tests and, through the CLI
    twins, in tests/Backtest.Cli.Tests.)
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../out/Backtest/Backtest.psd1') -Force -ErrorAction Stop
    $Utc = [System.DateTimeKind]::Utc

    # Binance layout, epoch-ms open times: 2024-01-01 00:00, 01:00, (02:00 missing), 03:00 UTC.
    function script:New-CandleFile([string] $Name, [string] $SecondHigh = '106') {
        $path = Join-Path $TestDrive $Name
        @(
            'open_time,open,high,low,close,volume,quote_volume,trades'
            '1704067200000,100,110,90,105,10,1000,5'
            "1704070800000,105,$SecondHigh,95,101,10,1000,5"
            '1704078000000,101,108,99,107,10,1000,5'
        ) | Set-Content -Path $path -Encoding utf8NoBOM
        $path
    }
}

AfterAll {
    Remove-Module Backtest -Force -ErrorAction SilentlyContinue
}

Describe 'Get-Candles' {
    Context 'the sample market' {
        It 'writes Candle records keyed by their UTC open time' {
            $candles = Get-Candles -Symbol BTCUSDT -Interval 1d -StartTime 2024-01-01 -EndTime 2024-01-11 -WarningAction SilentlyContinue
            $candles | Should -HaveCount 10
            $candles[0] | Should -BeOfType ([Backtest.Engine.Data.Candle])
            $candles[0].OpenTime | Should -Be ([datetime]::new(2024, 1, 1, 0, 0, 0, $Utc))
            $candles[0].OpenTime.Kind | Should -Be 'Utc'
            $candles[-1].OpenTime | Should -Be ([datetime]::new(2024, 1, 10, 0, 0, 0, $Utc))
            @($candles.Symbol | Select-Object -Unique) | Should -Be @('BTCUSDT')
            @($candles.Interval.Name | Select-Object -Unique) | Should -Be @('1d')
        }

        It 'reads a time without a zone as UTC, whatever the local time zone' {
            $first = Get-Candles -Symbol ETHUSDT -Interval 1h -StartTime '2024-01-02 05:00' -EndTime '2024-01-02 06:00' -WarningAction SilentlyContinue
            $first | Should -HaveCount 1
            $first.OpenTime | Should -Be ([datetime]::new(2024, 1, 2, 5, 0, 0, $Utc))
        }

        It 'says the sample data is synthetic' {
            $null = Get-Candles -Symbol BTCUSDT -Interval 1d -StartTime 2024-01-01 -EndTime 2024-01-03 -WarningVariable warnings -WarningAction SilentlyContinue
            ($warnings -join "`n") | Should -Match 'SYNTHETIC'
        }

        It 'writes one CandleSeries per symbol with -AsSeries' {
            $series = Get-Candles -Symbol BTCUSDT, ETHUSDT -Interval 4h -StartTime 2024-01-01 -EndTime 2024-01-02 -AsSeries -WarningAction SilentlyContinue
            $series | Should -HaveCount 2
            $series[0] | Should -BeOfType ([Backtest.Engine.Data.CandleSeries])
            $series.Symbol | Should -Be @('BTCUSDT', 'ETHUSDT')
            @($series | Select-Object -ExpandProperty Count) | Should -Be @(6, 6)
            $series[0].IsSynthetic | Should -BeTrue
        }

        It 'stops the engine when a later command stops the pipeline' {
            $few = Get-Candles -Symbol BTCUSDT -Interval 1m -StartTime 2024-01-01 -EndTime 2024-03-01 -WarningAction SilentlyContinue |
                Select-Object -First 3
            $few | Should -HaveCount 3
        }

        It 'formats candles as the module''s table view' {
            $table = Get-Candles -Symbol BTCUSDT -Interval 1d -StartTime 2024-01-01 -EndTime 2024-01-03 -WarningAction SilentlyContinue |
                Format-Table | Out-String
            $table | Should -Match 'OpenTime \(UTC\)'
            $table | Should -Match '2024-01-01 00:00'
        }
    }

    Context 'CSV round trip and pipeline binding' {
        It 'exports to CSV and imports back to the same candles' {
            $culture = [cultureinfo]::CurrentCulture
            try {
                [cultureinfo]::CurrentCulture = [cultureinfo]::InvariantCulture
                $path = Join-Path $TestDrive 'btc-4h.csv'
                $candles = Get-Candles -Symbol BTCUSDT -Interval 4h -StartTime 2024-01-01 -EndTime 2024-01-03 -WarningAction SilentlyContinue
                $candles | Export-Csv -Path $path -NoTypeInformation
                $rows = Import-Csv -Path $path
                $rows | Should -HaveCount $candles.Count
                for ($i = 0; $i -lt $rows.Count; $i++) {
                    $rows[$i].Symbol | Should -Be 'BTCUSDT'
                    $rows[$i].Interval | Should -Be '4h'
                    ([datetime]$rows[$i].OpenTime).Ticks | Should -Be $candles[$i].OpenTime.Ticks
                    [double]$rows[$i].Open | Should -Be $candles[$i].Open
                    [double]$rows[$i].High | Should -Be $candles[$i].High
                    [double]$rows[$i].Low | Should -Be $candles[$i].Low
                    [double]$rows[$i].Close | Should -Be $candles[$i].Close
                    [double]$rows[$i].Volume | Should -Be $candles[$i].Volume
                }
            }
            finally {
                [cultureinfo]::CurrentCulture = $culture
            }
        }

        It 'binds Symbol, Interval, StartTime and EndTime from Import-Csv rows' {
            $path = Join-Path $TestDrive 'symbols.csv'
            @(
                [pscustomobject]@{ Symbol = 'ETHUSDT'; Interval = '1d'; StartTime = '2024-01-01'; EndTime = '2024-01-05' }
                [pscustomobject]@{ Symbol = 'SOLUSDT'; Interval = '1d'; StartTime = '2024-01-03'; EndTime = '2024-01-05' }
            ) | Export-Csv -Path $path -NoTypeInformation
            $candles = Import-Csv -Path $path | Get-Candles -WarningAction SilentlyContinue
            @($candles | Where-Object Symbol -EQ 'ETHUSDT') | Should -HaveCount 4
            @($candles | Where-Object Symbol -EQ 'SOLUSDT') | Should -HaveCount 2
            ($candles | Where-Object Symbol -EQ 'SOLUSDT')[0].OpenTime | Should -Be ([datetime]::new(2024, 1, 3, 0, 0, 0, $Utc))
        }

        It 'binds -Path from Get-ChildItem output and reads the file''s own interval' {
            $null = New-CandleFile 'ETHUSDT-1h.csv'
            $candles = Get-ChildItem -Path (Join-Path $TestDrive 'ETHUSDT-1h.csv') | Get-Candles -WarningAction SilentlyContinue
            $candles | Should -HaveCount 3
            $candles[0].Symbol | Should -Be 'ETHUSDT'
            $candles[0].Interval.Name | Should -Be '1h'
        }

        It 'resolves a relative -Path from the current PowerShell location' {
            $null = New-CandleFile 'BNBUSDT-1h.csv'
            Push-Location $TestDrive
            try {
                Get-Candles -Path ./BNBUSDT-1h.csv -WarningAction SilentlyContinue | Should -HaveCount 3
            }
            finally {
                Pop-Location
            }
        }

        It 'repairs gaps with -QualityPolicy Repair -FillGaps' {
            $path = New-CandleFile 'XRPUSDT-1h.csv'
            $candles = Get-Candles -Path $path -QualityPolicy Repair -FillGaps -WarningAction SilentlyContinue
            $candles | Should -HaveCount 4
            $candles[2].OpenTime | Should -Be ([datetime]::new(2024, 1, 1, 2, 0, 0, $Utc))
            $candles[2].Volume | Should -Be 0
        }
    }

    Context 'errors carry stable ids, real categories and the thing at fault' {
        It 'reports an unknown symbol and goes on with the next pipeline input' {
            $candles = 'NOPEUSDT', 'BTCUSDT' | ForEach-Object { [pscustomobject]@{ Symbol = $_ } } |
                Get-Candles -Interval 1d -StartTime 2024-01-01 -EndTime 2024-01-03 -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
            $failures | Should -HaveCount 1
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'Backtest.UnknownSymbol*'
            $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $failures[0].TargetObject | Should -Be 'NOPEUSDT'
            @($candles.Symbol | Select-Object -Unique) | Should -Be @('BTCUSDT')
        }

        It 'names the missing parameter as Backtest.InvalidArgument' {
            $record = $null
            try { Get-Candles -Symbol BTCUSDT -Source Csv -ErrorAction Stop } catch { $record = $_ }
            $record.FullyQualifiedErrorId | Should -BeLike 'Backtest.InvalidArgument*'
            $record.CategoryInfo.Category | Should -Be 'InvalidArgument'
            $record.TargetObject | Should -Be 'Path'
        }

        It 'names a missing file as Backtest.NotFound' {
            $missing = Join-Path $TestDrive 'missing.csv'
            $record = $null
            try { Get-Candles -Path $missing -ErrorAction Stop } catch { $record = $_ }
            $record.FullyQualifiedErrorId | Should -BeLike 'Backtest.NotFound*'
            $record.TargetObject | Should -Be $missing
        }

        It 'fails bad data as Backtest.DataQuality under -QualityPolicy Fail' {
            $path = New-CandleFile 'ADAUSDT-1h.csv' -SecondHigh '100' # high below open: an OHLC violation
            $record = $null
            try { Get-Candles -Path $path -QualityPolicy Fail -ErrorAction Stop } catch { $record = $_ }
            $record.FullyQualifiedErrorId | Should -BeLike 'Backtest.DataQuality*'
            $record.CategoryInfo.Category | Should -Be 'InvalidData'
            $record.TargetObject | Should -Be 'ADAUSDT'
        }

        It 'rejects an interval Binance does not have, case-sensitively' {
            { Get-Candles -Symbol BTCUSDT -Interval 1H } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
            { Get-Candles -Symbol BTCUSDT -Interval 7m } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        }

        It 'keeps -Top within 1..500' {
            { Get-Candles -Top 0 } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        }
    }

    Context 'discoverability' {
        It 'has the three parameter sets, BySymbol by default' {
            $command = Get-Command Get-Candles
            $command.DefaultParameterSet | Should -Be 'BySymbol'
            @($command.ParameterSets.Name | Sort-Object) | Should -Be @('ByPath', 'BySymbol', 'ByTop')
        }

        It 'does not offer -WhatIf: it writes only its own cache' {
            (Get-Command Get-Candles).Parameters.Keys | Should -Not -Contain 'WhatIf'
        }

        It 'completes -Symbol and -Interval' {
            $symbols = (TabExpansion2 -inputScript 'Get-Candles -Symbol ET' -cursorColumn 'Get-Candles -Symbol ET'.Length).CompletionMatches.CompletionText
            $symbols | Should -Contain 'ETHUSDT'
            $intervals = (TabExpansion2 -inputScript 'Get-Candles -Interval 1' -cursorColumn 'Get-Candles -Interval 1'.Length).CompletionMatches.CompletionText
            $intervals | Should -Contain '1m'
            $intervals | Should -Contain '1M'
            $intervals | Should -Not -Contain '4h'
        }

        It 'shows help with examples and the defaults the code uses' {
            $help = Get-Help Get-Candles -Full
            $help.Synopsis | Should -Match 'candles'
            @($help.examples.example).Count | Should -BeGreaterOrEqual 2
            (Get-Help Get-Candles -Parameter Source).defaultValue | Should -Be 'Sample'
            (Get-Help Get-Candles -Parameter Symbol).pipelineInput | Should -Match 'ByPropertyName'
        }
    }
}
