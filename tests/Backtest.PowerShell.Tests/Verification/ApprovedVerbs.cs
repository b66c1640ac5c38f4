namespace Backtest.PowerShell.Tests.Verification;

/// <summary>
/// The approved verbs of PowerShell 7 (<c>Get-Verb</c>), embedded because no host can list them here. Import-Module
/// warns about any other verb, and users find commands by verb.
/// </summary>
internal static class ApprovedVerbs
{
    /// <summary>Every approved verb, by group.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // Common
        "Add", "Clear", "Close", "Copy", "Enter", "Exit", "Find", "Format", "Get", "Hide", "Join", "Lock", "Move", "New",
        "Open", "Optimize", "Pop", "Push", "Redo", "Remove", "Rename", "Reset", "Resize", "Search", "Select", "Set", "Show",
        "Skip", "Split", "Step", "Switch", "Undo", "Unlock", "Watch",
        // Data
        "Backup", "Checkpoint", "Compare", "Compress", "Convert", "ConvertFrom", "ConvertTo", "Dismount", "Edit", "Expand",
        "Export", "Group", "Import", "Initialize", "Limit", "Merge", "Mount", "Out", "Publish", "Restore", "Save", "Sync",
        "Unpublish", "Update",
        // Lifecycle
        "Approve", "Assert", "Build", "Complete", "Confirm", "Deny", "Deploy", "Disable", "Enable", "Install", "Invoke",
        "Register", "Request", "Restart", "Resume", "Start", "Stop", "Submit", "Suspend", "Uninstall", "Unregister", "Wait",
        // Diagnostic
        "Debug", "Measure", "Ping", "Repair", "Resolve", "Test", "Trace",
        // Communications
        "Connect", "Disconnect", "Read", "Receive", "Send", "Write",
        // Security
        "Block", "Grant", "Protect", "Revoke", "Unblock", "Unprotect",
        // Other
        "Use",
    };

    /// <summary>
    /// Verbs that change state: a cmdlet using one writes something, so it must support -WhatIf and -Confirm.
    /// </summary>
    public static IReadOnlySet<string> StateChanging { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Add", "Clear", "Copy", "Move", "New", "Remove", "Rename", "Reset", "Set", "Export", "Initialize", "Publish",
        "Restore", "Save", "Sync", "Unpublish", "Update", "Install", "Uninstall", "Register", "Unregister",
    };
}
