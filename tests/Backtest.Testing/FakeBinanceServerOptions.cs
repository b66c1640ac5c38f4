namespace Backtest.Testing;

/// <summary>A REQUEST_WEIGHT limit the fake server advertises in exchangeInfo and enforces.</summary>
/// <param name="Interval">SECOND, MINUTE, HOUR or DAY.</param>
/// <param name="IntervalNum">How many of <paramref name="Interval"/> one window spans.</param>
/// <param name="Limit">Weight allowed per window.</param>
public sealed record FakeWeightRule(string Interval, int IntervalNum, int Limit)
{
    /// <summary>Window length in milliseconds.</summary>
    public long WindowMs => IntervalNum * Interval switch
    {
        "SECOND" => 1000L,
        "MINUTE" => 60_000L,
        "HOUR" => 3_600_000L,
        "DAY" => 86_400_000L,
        _ => throw new ArgumentOutOfRangeException(nameof(Interval), Interval, "SECOND, MINUTE, HOUR or DAY"),
    };

    /// <summary>Suffix of the <c>X-MBX-USED-WEIGHT-</c> header, e.g. <c>1M</c>.</summary>
    public string HeaderSuffix => $"{IntervalNum}{Interval[0]}";
}

/// <summary>How the fake Binance server behaves.</summary>
public sealed record FakeBinanceServerOptions
{
    /// <summary>The server's clock: "now" for serverTime, which candles exist yet, and the weight windows.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Spot weight limit (Binance: 6000 per minute).</summary>
    public FakeWeightRule SpotWeight { get; init; } = new("MINUTE", 1, 6000);

    /// <summary>USD-M futures weight limit (Binance: 2400 per minute).</summary>
    public FakeWeightRule FuturesWeight { get; init; } = new("MINUTE", 1, 2400);

    /// <summary>Length of the 418 ban given to a client that sends during a 429 back-off.</summary>
    public int BanSeconds { get; init; } = 120;
}
