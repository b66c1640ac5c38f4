#requires -Version 7.6
<#
.SYNOPSIS
    Registers 04-nightly-scan.ps1 as a daily Windows scheduled task.
.DESCRIPTION
    The task runs `pwsh -NoProfile -NonInteractive -File 04-nightly-scan.ps1` every day shortly after the
    daily candle closes (00:00 UTC), as the current user, and retries twice on failure. The task's
    "Last Run Result" is the script's exit code: 0 ok, 1 failed, 2 partial, 3 stale.
    On Linux use linux/backtest-bands.cron or the systemd units in linux/ (they call the CLI twin).
.EXAMPLE
    ./Register-NightlyScan.ps1 -OutDir D:\scans -WhatIf
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string] $TaskName = 'Backtest nightly band scan',
    [string] $OutDir = (Join-Path $PSScriptRoot 'scans'),
    [ValidateRange(0, 1439)] [int] $MinutesAfterUtcMidnight = 30
)
$ErrorActionPreference = 'Stop'
if (-not $IsWindows) {
    throw 'Register-ScheduledTask exists only on Windows; on Linux use examples/linux/backtest-bands.cron or the systemd units beside it.'
}
$script = Join-Path $PSScriptRoot '04-nightly-scan.ps1'
$pwsh = (Get-Command pwsh -CommandType Application | Select-Object -First 1).Source
$arguments = "-NoProfile -NonInteractive -File `"$script`" -OutDir `"$OutDir`""
# The trigger runs in local time; convert "N minutes after the UTC day starts" once, at registration.
$at = [DateTime]::SpecifyKind([DateTime]::UtcNow.Date.AddMinutes($MinutesAfterUtcMidnight), 'Utc').ToLocalTime()

$action = New-ScheduledTaskAction -Execute $pwsh -Argument $arguments -WorkingDirectory $PSScriptRoot
$trigger = New-ScheduledTaskTrigger -Daily -At $at
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 2) `
    -RestartCount 2 -RestartInterval (New-TimeSpan -Minutes 15) -MultipleInstances IgnoreNew
if ($PSCmdlet.ShouldProcess($TaskName, "Register daily at $($at.ToString('HH:mm')) local: $pwsh $arguments")) {
    Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger -Settings $settings `
        -Description 'Polynomial-regression band scan of the top 100 USDT pairs (examples/04-nightly-scan.ps1).' -Force
}
