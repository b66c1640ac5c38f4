using System.Collections.Frozen;
using Backtest.Engine.Data;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Every indicator the engine offers, for the CLI, the optimizer, completers and help. Names match
/// case-insensitively and ignore <c>-</c> and <c>_</c> (<c>stoch-rsi</c> finds <c>StochRsi</c>).
/// Adding an indicator = its folder plus one line in <see cref="All"/> (see Indicators/README.md).
/// </summary>
public static class IndicatorCatalog
{
    /// <summary>All entries, in listing order.</summary>
    public static IReadOnlyList<IndicatorEntry> All { get; } =
    [
        Sma.Entry,
        Ema.Entry,
        Wma.Entry,
        Vwma.Entry,
        Smma.Entry,
        Dema.Entry,
        Tema.Entry,
        Hma.Entry,
        Rsi.Entry,
        StochRsi.Entry,
        Stoch.Entry,
        WilliamsR.Entry,
        Cci.Entry,
        Roc.Entry,
        Macd.Entry,
        Adx.Entry,
        Aroon.Entry,
        Tr.Entry,
        Atr.Entry,
        StdDev.Entry,
        BollingerBands.Entry,
        Keltner.Entry,
        Donchian.Entry,
        Obv.Entry,
        Vwap.Entry,
        Vortex.Entry,
        ParabolicSar.Entry,
        SuperTrend.Entry,
        Ichimoku.Entry,
        Chandelier.Entry,
        ForceIndex.Entry,
        HeikinAshi.Entry,
        Awesome.Entry,
        Bop.Entry,
        ElderRay.Entry,
        Chop.Entry,
        MaEnvelopes.Entry,
        Dpo.Entry,
        UlcerIndex.Entry,
        VolatilityStop.Entry,
        AtrStop.Entry,
        StarcBands.Entry,
        Alligator.Entry,
        Signals.Bands.PolynomialBands.Entry,
        Kama.Entry,
        Alma.Entry,
        T3.Entry,
        Cmo.Entry,
        Tsi.Entry,
        Ultimate.Entry,
        Trix.Entry,
        Mfi.Entry,
        Slope.Entry,
        StdDevChannels.Entry,
        Adl.Entry,
        Cmf.Entry,
        ChaikinOsc.Entry,
        ConnorsRsi.Entry,
        Pmo.Entry,
    ];

    private static readonly FrozenDictionary<string, IndicatorEntry> ByKey = BuildIndex();

    /// <summary>The lookup key of a name: lower-case, without <c>-</c>, <c>_</c> or spaces.</summary>
    public static string NormalizeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Concat(name.Where(c => c is not ('-' or '_' or ' ')).Select(char.ToLowerInvariant));
    }

    /// <summary>Finds an entry by name or alias.</summary>
    public static bool TryFind(string name, out IndicatorEntry entry)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByKey.TryGetValue(NormalizeName(name), out entry!);
    }

    /// <summary>Finds an entry by name or alias.</summary>
    /// <exception cref="BacktestException">Unknown name (<see cref="ErrorKind.InvalidArgument"/>); the message lists the known names.</exception>
    public static IndicatorEntry Find(string name)
    {
        if (TryFind(name, out var entry)) return entry;
        throw new BacktestException(ErrorKind.InvalidArgument,
            $"Unknown indicator '{name}'; expected one of: {string.Join(", ", All.Select(e => e.Name))}.", name);
    }

    /// <summary>Computes the named indicator over <paramref name="series"/>.</summary>
    /// <param name="name">Indicator name or alias.</param>
    /// <param name="series">The candles.</param>
    /// <param name="parameters">Positional parameters in catalog order; omitted trailing ones take their defaults.</param>
    /// <exception cref="BacktestException">Unknown name or bad parameters (<see cref="ErrorKind.InvalidArgument"/>).</exception>
    public static IndicatorResult Compute(string name, CandleSeries series, IReadOnlyList<double>? parameters = null) =>
        Find(name).Compute(series, parameters);

    private static FrozenDictionary<string, IndicatorEntry> BuildIndex()
    {
        var index = new Dictionary<string, IndicatorEntry>(StringComparer.Ordinal);
        foreach (var entry in All)
        {
            foreach (var key in entry.Aliases.Prepend(entry.Name).Select(NormalizeName))
            {
                // Two indicators answering to one name is a programming error; fail at first use, loudly.
                if (!index.TryAdd(key, entry))
                {
                    throw new InvalidOperationException($"Indicator names collide on '{key}': {index[key].Name} and {entry.Name}.");
                }
            }
        }
        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
