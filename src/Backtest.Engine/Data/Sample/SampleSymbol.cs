namespace Backtest.Engine.Data.Sample;

/// <summary>One synthetic symbol of the <see cref="SampleMarket"/>.</summary>
/// <param name="Name">Symbol name, e.g. <c>BTCUSDT</c>.</param>
/// <param name="StartPrice">Close price just before <see cref="SampleMarket.Origin"/>.</param>
/// <param name="AnnualVolatility">Long-run annualised volatility (fraction, 0.55 = 55 %).</param>
/// <param name="DailyVolume">Typical base-asset volume per day.</param>
/// <param name="TradesPerMillionQuote">Typical number of trades per million of quote volume.</param>
public sealed record SampleSymbol(string Name, double StartPrice, double AnnualVolatility, double DailyVolume, double TradesPerMillionQuote);
