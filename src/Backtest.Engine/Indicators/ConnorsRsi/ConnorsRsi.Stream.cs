namespace Backtest.Engine.Indicators;

/// <summary>Streaming ConnorsRSI: same numbers as <see cref="ConnorsRsi.Series(ReadOnlySpan{double}, int, int, int)"/>.</summary>
public sealed class ConnorsRsiStream(
    int rsiPeriods = ConnorsRsiParameters.DefaultRsiPeriods, int streakPeriods = ConnorsRsiParameters.DefaultStreakPeriods,
    int rankPeriods = ConnorsRsiParameters.DefaultRankPeriods) : IIndicatorStream
{
    private ConnorsRsiKernel _kernel = new(new ConnorsRsiParameters(rsiPeriods, streakPeriods, rankPeriods));

    /// <inheritdoc />
    public int OutputCount => 5;

    /// <summary>Takes the next value.</summary>
    public ConnorsRsiPoint Update(double value) => _kernel.Update(value);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.Streak;
        outputs[1] = point.Rsi;
        outputs[2] = point.RsiStreak;
        outputs[3] = point.PercentRank;
        outputs[4] = point.ConnorsRsi;
    }
}
