namespace Backtest.PowerShell;

/// <summary>
/// How cmdlets read a time parameter. The module's times are UTC, so a time without a zone
/// (<c>-StartTime 2024-01-01</c>, a CSV cell) is taken as UTC, exactly as the CLI reads <c>--start</c>; a local time
/// (<c>Get-Date</c>, or text with an offset, which PowerShell converts to local) is converted to the same instant in UTC.
/// </summary>
internal static class UtcTime
{
    /// <summary>The UTC time <paramref name="value"/> means, or null.</summary>
    public static DateTime? From(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        { } other => DateTime.SpecifyKind(other, DateTimeKind.Utc),
    };
}
