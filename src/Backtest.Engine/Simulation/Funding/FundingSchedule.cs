using Backtest.Engine.Data;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Funding events placed on a run's bars, columnar, in time order: for event <c>e</c>, the bar that contains its
/// funding time (<c>openTime ≤ t &lt; next openTime</c>), the rate, and the price the notional is taken at. The
/// simulator walks the events with a cursor alongside its bar loop; nothing is allocated per bar.
/// </summary>
/// <remarks>
/// <para>Price: the containing bar's open. Funding times are 00:00/08:00/16:00 UTC plus a few ms, so on bars of 8 hours
/// or less the open is the traded price nearest the funding timestamp; on longer bars (1d holds three events) it is the
/// bar's first price, an approximation. Binance uses the mark price, which stays within a fraction of a percent of it.</para>
/// <para>Which position pays is the simulator's choice. Taken literally, the funding time comes a few ms after the
/// bar's open, so a position opened at that open pays and one closed at it does not; paying with the position held
/// before the open's fills is the other consistent reading.</para>
/// <para>Events before the first bar, after the last bar's end, or inside a gap between bars (no bar contains them)
/// are skipped and counted.</para>
/// </remarks>
public sealed class FundingSchedule
{
    private readonly int[] _bar;
    private readonly long[] _timeMs;
    private readonly double[] _rate;
    private readonly double[] _price;

    private FundingSchedule(int[] bar, long[] timeMs, double[] rate, double[] price, int before, int inGaps, int after)
    {
        _bar = bar;
        _timeMs = timeMs;
        _rate = rate;
        _price = price;
        SkippedBefore = before;
        SkippedInGaps = inGaps;
        SkippedAfter = after;
    }

    /// <summary>Number of events placed on a bar.</summary>
    public int Count => _bar.Length;

    /// <summary>Bar index of each event, ascending (several events share a bar on bars longer than 8 h).</summary>
    public ReadOnlySpan<int> BarIndex => _bar;

    /// <summary>Funding time of each event, epoch ms UTC.</summary>
    public ReadOnlySpan<long> TimeMs => _timeMs;

    /// <summary>Rate of each event (positive = longs pay shorts).</summary>
    public ReadOnlySpan<double> Rate => _rate;

    /// <summary>Price of each event's notional: its bar's open.</summary>
    public ReadOnlySpan<double> Price => _price;

    /// <summary>Events before the first bar's open.</summary>
    public int SkippedBefore { get; }

    /// <summary>Events between bars (in a gap of the candles).</summary>
    public int SkippedInGaps { get; }

    /// <summary>Events at or after the last bar's end.</summary>
    public int SkippedAfter { get; }

    /// <summary>All events not placed on a bar.</summary>
    public int Skipped => SkippedBefore + SkippedInGaps + SkippedAfter;

    /// <summary>
    /// Funding paid to the account by a position of <paramref name="quantity"/> (signed base units) at
    /// <paramref name="price"/> and <paramref name="rate"/>: <c>−quantity × price × rate</c>, so a long pays (negative)
    /// when the rate is positive and a short receives.
    /// </summary>
    public static double Payment(double quantity, double price, double rate) => -quantity * price * rate;

    /// <summary>Funding paid to the account at event <paramref name="e"/> by a position of <paramref name="quantity"/> (signed).</summary>
    public double Payment(int e, double quantity) => Payment(quantity, _price[e], _rate[e]);

    /// <summary>Index of the first event on bar <paramref name="bar"/> or later (<see cref="Count"/> when none): where a cursor starts.</summary>
    public int FirstAtOrAfter(int bar)
    {
        int lo = 0, hi = _bar.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_bar[mid] < bar) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    internal static FundingSchedule Map(FundingRates rates, CandleSeries candles)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(candles);
        var open = candles.OpenTimeMs;
        var openPrice = candles.Open;
        var times = rates.TimeMs;
        var rate = rates.Rate;
        var bar = new List<int>(times.Length);
        var timeMs = new List<long>(times.Length);
        var eventRate = new List<double>(times.Length);
        var price = new List<double>(times.Length);
        int before = 0, inGaps = 0, after = 0;
        int j = 0;
        for (int i = 0; i < times.Length; i++)
        {
            long t = times[i];
            if (open.Length == 0 || t < open[0])
            {
                before++;
                continue;
            }
            while (j + 1 < open.Length && open[j + 1] <= t) j++;
            if (t >= candles.Interval.Next(open[j]))
            {
                if (j == open.Length - 1) after++;
                else inGaps++;
                continue;
            }
            bar.Add(j);
            timeMs.Add(t);
            eventRate.Add(rate[i]);
            price.Add(openPrice[j]);
        }
        return new FundingSchedule([.. bar], [.. timeMs], [.. eventRate], [.. price], before, inGaps, after);
    }
}
