#requires -Version 7.6
# Get-BandSignal against the packaged module (out/Backtest) and the real basket files in ../shared.
BeforeAll {
    $repo = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $repo 'out/Backtest') -Force -ErrorAction Stop
    $basket = Join-Path $repo '../shared/data/binance/spot/basket'
    $files = Get-ChildItem (Join-Path $basket '*-1d.csv') | Sort-Object Name
    $work = Join-Path ([IO.Path]::GetTempPath()) "bands-pester-$PID"
    New-Item -ItemType Directory -Path $work -Force | Out-Null
}

AfterAll {
    Remove-Item $work -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'Get-BandSignal' {
    It 'gives one signal per basket file, in file order' {
        $signals = $files | Get-BandSignal
        $signals.Count | Should -Be 18
        ($signals.Symbol -join ',') | Should -Be (($files.Name | ForEach-Object { ($_ -split '-')[0] }) -join ',')
        $signals | ForEach-Object { $_.Bars | Should -Be 720; $_.Error | Should -BeNullOrEmpty }
    }

    It 'filters with Where-Object Signal -eq BUY and sorts by PotentialReturnPct' {
        $buys = Get-BandSignal -Path (Join-Path $basket '*-1d.csv') -EndTime '2021-05-20' |
            Where-Object Signal -eq BUY | Sort-Object PotentialReturnPct -Descending
        $buys.Count | Should -BeGreaterThan 0
        $buys | ForEach-Object { $_.Close | Should -BeLessThan $_.Lower; "$($_.Signal)" | Should -Be 'Buy' }
        $returns = @($buys.PotentialReturnPct)
        ($returns -join ',') | Should -Be (($returns | Sort-Object -Descending) -join ',')
    }

    It 'exports flat rows with Export-Csv' {
        $csv = Join-Path $work 'signals.csv'
        $files | Get-BandSignal | Export-Csv $csv -NoTypeInformation
        $rows = Import-Csv $csv
        $rows.Count | Should -Be 18
        $rows[0].PSObject.Properties.Name | Should -Contain 'PotentialReturnPct'
        $rows[0].PSObject.Properties.Name | Should -Contain 'DistanceSigma'
    }

    It 'writes the dated results file with -OutputPath' {
        $out = Join-Path $work 'results'
        $null = $files | Get-BandSignal -OutputPath $out
        $file = Get-ChildItem $out -Filter 'band_signals_*.json'
        $file.Name | Should -Match '^band_signals_\d{8}_\d{6}\.json$'
        $doc = Get-Content $file.FullName -Raw | ConvertFrom-Json
        $doc.signals.Count | Should -Be 18
        $doc.parameters.degree | Should -Be 4
    }

    It 'writes a non-terminating error for a missing file and goes on' {
        $missing = Join-Path $work 'GONEUSDT-1d.csv'
        $signals = Get-BandSignal -Path @($files[0].FullName, $missing, $files[1].FullName) -ErrorVariable failed -ErrorAction SilentlyContinue
        $signals.Count | Should -Be 2
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'Backtest.NotFound*'
    }

    It 'gives HOLD with an Error for too little data' {
        $short = Join-Path $work 'SHORTUSDT-1d.csv'
        Get-Content $files[0].FullName -TotalCount 21 | Set-Content $short
        $signal = Get-BandSignal -Path $short -WarningVariable warned -WarningAction SilentlyContinue
        "$($signal.Signal)" | Should -Be 'Hold'
        $signal.Error | Should -BeLike 'Too little data*'
        $signal.PotentialReturnPct | Should -Be 0
        $warned.Count | Should -BeGreaterThan 0
    }

    It 'shows signals upper-case in the table view' {
        $text = Get-BandSignal -Path $files[0].FullName | Format-Table | Out-String
        $text | Should -Match '\b(BUY|SELL|HOLD)\b'
    }

    It 'rejects a degree outside 2-10' {
        { Get-BandSignal -Path $files[0].FullName -Degree 11 } | Should -Throw
    }

    It 'has help with examples' {
        $help = Get-Help Get-BandSignal -Full
        $help.Synopsis | Should -Match 'band'
        @($help.Examples.Example).Count | Should -BeGreaterThan 1
    }
}
