using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Errors;
using Backtest.Engine.Metrics;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;

namespace Backtest.Engine.Tests.Strategies;

/// <summary>ema-rsi-atr on real BTCUSDT candles (golden numbers, no look-ahead) and its catalog entry and parameter errors.</summary>
public class EmaRsiAtrTests
{
    private static readonly Lazy<CandleSeries> Btc1h = new(() => CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1h.csv.gz")));

    private static IStrategy FromCatalog(params (string Name, string Value)[] values) =>
        EmaRsiAtr.Entry.Create(EmaRsiAtr.Entry.Resolve(values.ToDictionary(v => v.Name, v => v.Value)));

    /// <summary>
    /// Pinned on BTCUSDT 1h with the default options (10,000 cash, all-in, 0.1 % fees, next-open fills): any change to
    /// the setup, the tiers, the VWAP fill or the stops moves these. Tiers counted as tier1..tier5 (tier 4 fills only
    /// when tier 3 is off or was rejected).
    /// </summary>
    [Theory]
    [InlineData("defaults", 1452, 797, 649, 2, 0, 4, 1171.4595235011361, "6b8ef22acb6c34a01aa1b6c7c57aac9c7a62842286642d987738f21a9f48255b")]
    [InlineData("no-vwap-trailing", 1825, 1070, 748, 0, 3, 4, 419.28205240374325, "90fe7585106bc381d59002dc2c3b2296a1e94def4c1ea1c4c49e1e9291f9add0")]
    public void Golden_Btc1h(string variant, int trades, int tier1, int tier2, int tier3, int tier4, int tier5, double finalEquity, string hash)
    {
        var strategy = variant == "defaults" ? FromCatalog()
            : FromCatalog(("tier3_enabled", "no"), ("trailing_atr_multiplier", "2"));
        var result = Simulator.Run(Btc1h.Value, strategy);
        var all = result.GetTrades();
        int Count(string tag) => all.Count(t => t.EntryTag == tag);
        string actual = string.Create(CultureInfo.InvariantCulture,
            $"{all.Count} {Count("tier1-ema-touch")} {Count("tier2-limit")} {Count("tier3-vwap")} {Count("tier4-market")} {Count("tier5-breakout")} {result.FinalEquity:R} {TradeListHash.Of(all)}");
        Assert.True(trades == all.Count, $"trades, tier1..tier5, final equity, hash: {actual}");
        Assert.Equal((tier1, tier2, tier3, tier4, tier5), (Count("tier1-ema-touch"), Count("tier2-limit"), Count("tier3-vwap"), Count("tier4-market"), Count("tier5-breakout")));
        Assert.Equal(all.Count, tier1 + tier2 + tier3 + tier4 + tier5);
        Assert.True(Math.Abs(result.FinalEquity - finalEquity) <= 1e-9 * Math.Abs(finalEquity), actual);
        Assert.Equal(hash, TradeListHash.Of(all));
    }

    [Fact]
    public void RealData_TradesBothSides_AndExitsEveryWay()
    {
        var trades = Simulator.Run(Btc1h.Value, FromCatalog(("trailing_atr_multiplier", "2"))).GetTrades();
        Assert.Contains(trades, t => t.Side == TradeSide.Short);
        foreach (var reason in new[] { ExitReason.StopLoss, ExitReason.TakeProfit, ExitReason.TrailingStop, ExitReason.Signal })
        {
            Assert.Contains(trades, t => t.ExitReason == reason);
        }
        var longOnly = Simulator.Run(Btc1h.Value, FromCatalog(("direction", "long-only"))).GetTrades();
        Assert.DoesNotContain(longOnly, t => t.Side == TradeSide.Short);
    }

    [Theory]
    [InlineData(6_000)]
    [InlineData(20_001)]
    public void NoLookAhead_APrefixOfTheDataGivesAPrefixOfTheResult(int cut)
    {
        var full = Btc1h.Value;
        var strategy = FromCatalog(("trailing_atr_multiplier", "1.5"));
        var all = Simulator.Run(full, strategy);
        var part = Simulator.Run(full.SliceByIndex(0, cut), strategy);
        Assert.True(all.Equity[..cut].SequenceEqual(part.Equity), "equity before the cut depends on later bars");
        var closed = part.GetTrades().Where(t => !t.IsOpen).ToList();
        Assert.True(closed.Count > 10);
        Assert.Equal(all.GetTrades().Take(closed.Count), closed);
    }

    [Fact]
    public void Catalog_ListsEveryParameterWithItsDefault()
    {
        Assert.Same(EmaRsiAtr.Entry, StrategyCatalog.Find("EmaRsiAtr"));
        Assert.Equal(
            "ema-rsi-atr(ema_fast=8, ema_slow=21, ema_trend=55, rsi_period=14, rsi_long=55, rsi_short=45, atr_period=14, "
            + "sl_atr_multiplier=1.5, tp_atr_multiplier=3, trailing_atr_multiplier=none, direction=long-short, "
            + "tier1_enabled=yes, tier1_timeout=3, tier2_enabled=yes, tier2_timeout=2, tier3_enabled=yes, tier3_timeout=3, "
            + "tier4_enabled=yes, tier5_enabled=yes, tier5_timeout=2)",
            EmaRsiAtr.Entry.Signature);
        var strategy = Assert.IsType<EmaRsiAtr>(FromCatalog(("tier2_enabled", "no"), ("tier5_timeout", "4"), ("direction", "long-only")));
        Assert.Equal(EntryTiers.FallThroughOrder, strategy.Parameters.Tiers.Select(t => t.Tier));
        Assert.Equal(
            [(EntryTier.EmaTouch, true, 3), (EntryTier.Limit, false, 2), (EntryTier.Breakout, true, 4), (EntryTier.Vwap, true, 3), (EntryTier.Market, true, 1)],
            strategy.Parameters.Tiers.Select(t => (t.Tier, t.Enabled, t.TimeoutBars)));
        Assert.Equal(TradeDirection.LongOnly, strategy.Parameters.Direction);
        Assert.Equal(EntryTiers.Defaults, new EmaRsiAtrParameters().Tiers);
    }

    [Theory]
    [InlineData("ema_fast", "21", "ema_fast")]          // not below ema_slow (21)
    [InlineData("ema_trend", "20", "ema_fast")]         // the stack must rise
    [InlineData("rsi_long", "101", "rsi_long")]
    [InlineData("sl_atr_multiplier", "0", "sl_atr_multiplier")]
    [InlineData("trailing_atr_multiplier", "-1", "trailing_atr_multiplier")]
    [InlineData("tier1_timeout", "0", "tier1_timeout")]
    [InlineData("tier3_enabled", "maybe", "tier3_enabled")]
    public void BadParameter_IsAnErrorNamingIt(string name, string value, string target)
    {
        var error = Assert.Throws<BacktestException>(() => FromCatalog((name, value)));
        Assert.Equal((ErrorKind.InvalidArgument, target), (error.Kind, error.Target));
        Assert.Contains(target, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllTiersOff_IsAnErrorNamingTheFirstSwitch()
    {
        var error = Assert.Throws<BacktestException>(() => FromCatalog(
            ("tier1_enabled", "no"), ("tier2_enabled", "no"), ("tier3_enabled", "no"), ("tier4_enabled", "no"), ("tier5_enabled", "no")));
        Assert.Equal("tier1_enabled", error.Target);
        Assert.Contains("at least one entry tier", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TierTimeoutOutOfRange_InTheConstructor_NamesTheTiersTimeout()
    {
        var error = Assert.Throws<BacktestException>(() => new EmaRsiAtrParameters(tiers: [new EntryTierSetting(EntryTier.Breakout, true, EntryTiers.MaxTimeoutBars + 1)]));
        Assert.Equal("tier5_timeout", error.Target);
    }
}
