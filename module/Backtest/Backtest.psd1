@{
    RootModule           = 'Backtest.PowerShell.dll'
    # Stamped at build from <Version> in Directory.Build.props; do not edit here.
    ModuleVersion        = '0.0.0'
    GUID                 = '5d0f3c55-6a0e-4b8e-9f52-8a3b0d7c2e41'
    Author               = 'Backtest contributors'
    CompanyName          = 'Backtest'
    Copyright            = '(c) Backtest contributors.'
    Description          = 'Crypto backtesting for people who script: Binance candles, indicators, a portfolio simulator, optimization, walk-forward validation and polynomial-regression band signals, as typed objects.'
    CompatiblePSEditions = @('Core')
    PowerShellVersion    = '7.6'
    FormatsToProcess     = @('Backtest.format.ps1xml')
    TypesToProcess       = @('Backtest.types.ps1xml')
    CmdletsToExport      = @('Get-Candles', 'Get-BandSignal', 'Invoke-Backtest')
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('Backtesting', 'Crypto', 'Binance', 'Trading', 'Indicators')
            ProjectUri = 'https://example.invalid/backtest'
        }
    }
}
