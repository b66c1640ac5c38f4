using System.Text.RegularExpressions;
using Backtest.Engine.Data;

namespace Backtest.Testing;

/// <summary>A symbol the fake server lists, with the 24-hour statistics its ticker reports.</summary>
public sealed record FakeSymbol(string Symbol, string BaseAsset, string QuoteAsset, string Status, double QuoteVolume, double Volume, double LastPrice, double PriceChangePct);

/// <summary>
/// What the fake server knows: the candle files under <c>shared/data/binance</c> by (market, symbol, interval), the
/// funding file, and the listed symbols. Real symbols take their ticker statistics from the last row of their coarsest
/// file; a few made-up symbols (a high-volume one, a halted one, a non-USDT one, a tiny one) exercise the filters.
/// </summary>
public sealed partial class FakeBinanceCatalog
{
    private static readonly Lazy<FakeBinanceCatalog> Shared = new(() => new FakeBinanceCatalog());

    private readonly Dictionary<(Market, string, string), string> _files = [];

    private FakeBinanceCatalog()
    {
        AddFolder(Market.Spot, "spot");
        AddFolder(Market.Spot, "spot/basket");
        AddFolder(Market.UsdMFutures, "futures_um");
        Spot = [.. RealSymbols(Market.Spot),
            new FakeSymbol("NOVAUSDT", "NOVA", "USDT", "TRADING", 3.5e9, 1.0e9, 3.5, 12.5),
            new FakeSymbol("TINYUSDT", "TINY", "USDT", "TRADING", 1.2e4, 1.0e6, 0.012, -3.0),
            new FakeSymbol("HALTUSDT", "HALT", "USDT", "BREAK", 9.0e12, 1.0e12, 9.0, 0.0),
            new FakeSymbol("ETHBTC", "ETH", "BTC", "TRADING", 5.0e12, 1.0e5, 0.05, 1.0)];
        Futures = [.. RealSymbols(Market.UsdMFutures),
            new FakeSymbol("NOVAUSDT", "NOVA", "USDT", "TRADING", 5.0e11, 5.0e8, 4.0, 7.5),
            new FakeSymbol("HALTUSDT", "HALT", "USDT", "SETTLING", 9.0e12, 1.0e12, 9.0, 0.0)];
    }

    /// <summary>The catalog every fake server shares (files are read once per test run).</summary>
    public static FakeBinanceCatalog Default => Shared.Value;

    /// <summary>Symbols listed on spot.</summary>
    public IReadOnlyList<FakeSymbol> Spot { get; }

    /// <summary>Symbols listed on USD-M futures.</summary>
    public IReadOnlyList<FakeSymbol> Futures { get; }

    /// <summary>The symbols of <paramref name="market"/>.</summary>
    public IReadOnlyList<FakeSymbol> Symbols(Market market) => market == Market.UsdMFutures ? Futures : Spot;

    /// <summary>The candles served for a symbol and interval, or null when there is no file (the answer is then an empty page).</summary>
    public ReferenceCandles? Candles(Market market, string symbol, string interval) =>
        _files.TryGetValue((market, symbol, interval), out var path) ? ReferenceCandles.Load(path) : null;

    /// <summary>The funding history of a futures symbol, or null.</summary>
    public static ReferenceFunding? Funding(string symbol) =>
        symbol == "BTCUSDT" ? ReferenceFunding.Load("futures_um/BTCUSDT-funding.csv") : null;

    private void AddFolder(Market market, string folder)
    {
        var exact = new Dictionary<(string, string), string>();
        var suffixed = new Dictionary<(string, string), List<string>>();
        foreach (string file in Directory.EnumerateFiles(SharedData.Path("binance/" + folder)).Select(Path.GetFileName).OfType<string>())
        {
            var m = CandleFileName().Match(file);
            if (!m.Success) continue;
            var key = (m.Groups["symbol"].Value, m.Groups["interval"].Value);
            if (m.Groups["suffix"].Success) (suffixed.TryGetValue(key, out var list) ? list : suffixed[key] = []).Add(file);
            else exact[key] = file;
        }
        // "SYM-1h.csv.gz" wins; a suffixed file ("SYM-1h-2020-10_2022-09") serves only when it is the one file of its kind.
        foreach (var (key, files) in suffixed) if (!exact.ContainsKey(key) && files.Count == 1) exact[key] = files[0];
        foreach (var ((symbol, interval), file) in exact) _files.TryAdd((market, symbol, interval), $"{folder}/{file}");
    }

    private IEnumerable<FakeSymbol> RealSymbols(Market market)
    {
        string[] coarsestFirst = ["1d", "4h", "1h"];
        foreach (string symbol in _files.Keys.Where(k => k.Item1 == market).Select(k => k.Item2).Distinct().Order(StringComparer.Ordinal))
        {
            var candles = coarsestFirst.Select(i => Candles(market, symbol, i)).FirstOrDefault(c => c is not null);
            if (candles is null) continue;
            int last = candles.Count - 1;
            double open = candles.Number(last, 1), close = candles.Number(last, 4), volume = candles.Number(last, 5), quote = candles.Number(last, 6);
            yield return new FakeSymbol(symbol, symbol[..^4], symbol[^4..], "TRADING",
                double.IsNaN(quote) ? close * volume : quote, volume, close, (close - open) / open * 100);
        }
    }

    [GeneratedRegex(@"^(?<symbol>[A-Z0-9]+USDT)-(?<interval>\d+[smhdwM])(?<suffix>-[^.]+)?\.csv(\.gz)?$")]
    private static partial Regex CandleFileName();
}
