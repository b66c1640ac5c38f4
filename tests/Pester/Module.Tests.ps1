#requires -Version 7.6
#requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
<#
    The module as users get it: out/Backtest after a Release build (./build.ps1 Package). Checks what only a real
    host can: that it imports cleanly, exports what its manifest says, and that Get-Help and the formatter find
    help and views for every cmdlet. tests/Backtest.PowerShell.Tests checks the same metadata without a host.
#>

BeforeDiscovery {
    $manifestPath = Join-Path $PSScriptRoot '../../out/Backtest/Backtest.psd1'
    $cmdlets = @((Import-PowerShellDataFile $manifestPath).CmdletsToExport | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    $out = (Resolve-Path (Join-Path $PSScriptRoot '../../out')).Path
    $ManifestPath = Join-Path $out 'Backtest/Backtest.psd1'
    # As installed: the module's folder on PSModulePath, so Get-Help finds its about topic like any user's would.
    $savedModulePath = $env:PSModulePath
    $env:PSModulePath = $out + [System.IO.Path]::PathSeparator + $env:PSModulePath
    Import-Module $ManifestPath -Force -ErrorAction Stop -WarningVariable importWarnings -WarningAction SilentlyContinue
    $Module = Get-Module Backtest
    $Data = Import-PowerShellDataFile $ManifestPath
    $Common = @([System.Management.Automation.PSCmdlet]::CommonParameters) + @([System.Management.Automation.PSCmdlet]::OptionalCommonParameters)
}

AfterAll {
    Remove-Module Backtest -Force -ErrorAction SilentlyContinue
    $env:PSModulePath = $savedModulePath
}

Describe 'The Backtest module' {
    It 'has a valid manifest' {
        { Test-ModuleManifest -Path $ManifestPath -ErrorAction Stop } | Should -Not -Throw
    }

    It 'imports without warnings (no unapproved verbs)' {
        $importWarnings | Should -BeNullOrEmpty
    }

    It 'carries the version held in Directory.Build.props' {
        $props = [xml](Get-Content -Raw (Join-Path $PSScriptRoot '../../Directory.Build.props'))
        $version = @($props.Project.PropertyGroup.Version | Where-Object { $_ })[0]
        $Module.Version | Should -Be ([version]$version)
    }

    It 'targets PowerShell 7.6 on Core' {
        $Data.PowerShellVersion | Should -Be '7.6'
        $Data.CompatiblePSEditions | Should -Be @('Core')
    }

    It 'exports exactly the cmdlets its manifest lists, and nothing else' {
        @($Module.ExportedCmdlets.Keys | Sort-Object) | Should -Be @($Data.CmdletsToExport | Sort-Object)
        $Module.ExportedFunctions.Count | Should -Be 0
        $Module.ExportedAliases.Count | Should -Be 0
    }

    It 'has the about_Backtest topic' {
        $about = Get-Help about_Backtest | Out-String
        $about | Should -Match 'SHORT DESCRIPTION'
        $about | Should -Match 'Backtest\.UnknownSymbol'
    }
}

Describe '<Name>' -ForEach $cmdlets {
    BeforeAll {
        $Command = Get-Command $Name -Module Backtest
        $Help = Get-Help $Name -Full
        $Parameters = @($Command.Parameters.Keys | Where-Object { $_ -notin $Common })
    }

    It 'has written help: synopsis, description and at least two examples' {
        $Help.Synopsis | Should -Not -BeNullOrEmpty
        $Help.Synopsis | Should -Not -Match "^\s*$Name \[" # not the syntax PowerShell makes up when help is missing
        ($Help.description.Text -join ' ') | Should -Not -BeNullOrEmpty
        @($Help.examples.example).Count | Should -BeGreaterOrEqual 2
    }

    It 'documents every parameter' {
        $documented = @($Help.parameters.parameter)
        foreach ($parameter in $Parameters) {
            $entry = $documented | Where-Object name -EQ $parameter
            $entry | Should -Not -BeNullOrEmpty -Because "-$parameter needs help"
            ($entry.description.Text -join ' ') | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
        }
    }

    It 'declares its output types, each with a table view' {
        $Command.OutputType | Should -Not -BeNullOrEmpty
        foreach ($type in $Command.OutputType) {
            $view = Get-FormatData -TypeName $type.Name
            $view | Should -Not -BeNullOrEmpty -Because "$($type.Name) needs a view in Backtest.format.ps1xml"
            $view.FormatViewDefinition.Control | Where-Object { $_ -is [System.Management.Automation.TableControl] } |
                Should -Not -BeNullOrEmpty
        }
    }

    It 'offers -WhatIf and -Confirm exactly when its verb changes state' {
        $writes = $Command.Verb -in 'Add', 'Clear', 'Copy', 'Move', 'New', 'Remove', 'Rename', 'Reset', 'Set', 'Export',
            'Initialize', 'Publish', 'Restore', 'Save', 'Sync', 'Unpublish', 'Update', 'Install', 'Uninstall', 'Register', 'Unregister'
        if ($writes) {
            $Command.Parameters.Keys | Should -Contain 'WhatIf'
            $Command.Parameters.Keys | Should -Contain 'Confirm'
        }
    }
}
