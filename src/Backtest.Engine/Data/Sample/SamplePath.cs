namespace Backtest.Engine.Data.Sample;

/// <summary>
/// The sequential state of one synthetic price path (see the model on <see cref="SampleMarket"/>).
/// Allocation-free per step; normals come from a counter-based SplitMix64 hash so bar k is reproducible.
/// </summary>
internal sealed class SamplePath
{
    private readonly ulong _key;
    private readonly double _sqrtDt, _logSigma, _volumePerBar, _tradesPerQuote;
    private double _logVol, _drift, _close;
    private ulong _k;

    public SamplePath(SampleSymbol symbol, Interval interval, ulong seed)
    {
        double dtYears = interval.Milliseconds / (365.0 * 86_400_000);
        _sqrtDt = Math.Sqrt(dtYears);
        _logSigma = Math.Log(symbol.AnnualVolatility);
        _logVol = _logSigma;
        _close = symbol.StartPrice;
        _volumePerBar = symbol.DailyVolume * interval.Milliseconds / 86_400_000.0;
        _tradesPerQuote = symbol.TradesPerMillionQuote / 1e6;
        _key = Mix(seed ^ Mix(Fnv(symbol.Name)) ^ Mix(Fnv(interval.Name) + 0x9E37));
    }

    public void Step(out double open, out double high, out double low, out double close, out double volume, out double quoteVolume, out long trades)
    {
        ulong k = _k++;
        _logVol = _logSigma + 0.98 * (_logVol - _logSigma) + 0.10 * Normal(k, 1);
        double barSigma = Math.Exp(_logVol) * _sqrtDt;
        _drift = 0.995 * _drift + 0.002 * barSigma * Normal(k, 2);
        double r = _drift + barSigma * Normal(k, 3);
        open = _close;
        close = open * Math.Exp(r);
        high = Math.Max(open, close) * Math.Exp(0.5 * barSigma * Math.Abs(Normal(k, 4)));
        low = Math.Min(open, close) * Math.Exp(-0.5 * barSigma * Math.Abs(Normal(k, 5)));
        volume = _volumePerBar * Math.Exp(0.3 * Normal(k, 6)) * (1 + Math.Abs(r) / barSigma);
        quoteVolume = volume * (open + high + low + close) / 4;
        trades = (long)Math.Round(quoteVolume * _tradesPerQuote) + 1;
        _close = close;
    }

    /// <summary>A standard normal for (bar, stream) by Box–Muller over two hashed uniforms.</summary>
    private double Normal(ulong k, ulong stream)
    {
        ulong a = Mix(_key ^ (k * 0x9E3779B97F4A7C15UL) ^ (stream << 56));
        ulong b = Mix(a ^ 0xD1B54A32D192ED03UL);
        double u1 = ((a >> 11) + 1) * (1.0 / 9007199254740993.0);
        double u2 = (b >> 11) * (1.0 / 9007199254740992.0);
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Fnv(string text)
    {
        ulong h = 14695981039346656037UL;
        foreach (char ch in text) h = (h ^ ch) * 1099511628211UL;
        return h;
    }
}
