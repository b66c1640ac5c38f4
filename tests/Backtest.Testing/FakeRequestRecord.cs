namespace Backtest.Testing;

/// <summary>One request the fake server received, as it answered it.</summary>
/// <param name="At">Server time of arrival.</param>
/// <param name="Path">Request path, e.g. <c>/api/v3/klines</c>.</param>
/// <param name="Query">Raw query string including the leading '?', or empty.</param>
/// <param name="Status">HTTP status answered.</param>
/// <param name="Weight">Weight the request cost (0 when refused before charging).</param>
/// <param name="UsedWeight">The window's used weight reported back (0 when none was reported).</param>
/// <param name="ApiKey">The <c>X-MBX-APIKEY</c> header, when sent.</param>
public sealed record FakeRequestRecord(DateTimeOffset At, string Path, string Query, int Status, int Weight, int UsedWeight, string? ApiKey)
{
    /// <summary>The value of one query parameter, or null.</summary>
    public string? Param(string name)
    {
        foreach (string pair in Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair.AsSpan(0, eq).SequenceEqual(name)) return Uri.UnescapeDataString(pair[(eq + 1)..]);
        }
        return null;
    }
}
