namespace Backtest.Engine.Indicators;

/// <summary>
/// The one trailing-band flip rule shared by SuperTrend and the ATR trailing stop (Stock.Indicators uses the
/// same rule in both). Each bar brings candidate bands. The upper band only moves down to its candidate, or
/// resets to it when the previous close ended above it; the lower band only moves up, or resets when the
/// previous close ended below it. The trend turns bearish when the close is at or below the active band (the
/// lower one in an up-trend, the upper one in a down-trend) and is bullish otherwise; the active band after
/// that decision is the stop. The first bar starts both bands at their candidates with the caller's guess of
/// the trend; a bar with a non-finite candidate or close reports NaN and makes the next defined bar start over.
/// </summary>
internal struct TrailingBands
{
    private double _upper;
    private double _lower;
    private bool _bullish;
    private bool _started;

    /// <summary>Creates the state (nothing seen yet).</summary>
    public TrailingBands() => PreviousClose = double.NaN;

    /// <summary>The close of the last bar passed to <see cref="Update"/> (NaN before the first).</summary>
    public double PreviousClose { get; private set; }

    /// <summary>+1 when the last update left the trend bullish (stop below), −1 bearish (stop above), NaN when undefined.</summary>
    public double Direction { get; private set; }

    /// <summary>Takes one bar's candidate bands and close; returns the stop (the active band), or NaN.</summary>
    /// <param name="upperCandidate">This bar's candidate upper band.</param>
    /// <param name="lowerCandidate">This bar's candidate lower band.</param>
    /// <param name="close">This bar's close.</param>
    /// <param name="startBullish">The trend to assume when starting over.</param>
    public double Update(double upperCandidate, double lowerCandidate, double close, bool startBullish)
    {
        double previousClose = PreviousClose;
        PreviousClose = close;
        if (!double.IsFinite(upperCandidate) || !double.IsFinite(lowerCandidate) || !double.IsFinite(close))
        {
            _started = false;
            Direction = double.NaN;
            return double.NaN;
        }
        if (!_started)
        {
            (_upper, _lower, _bullish, _started) = (upperCandidate, lowerCandidate, startBullish, true);
        }
        if (upperCandidate < _upper || previousClose > _upper) _upper = upperCandidate;
        if (lowerCandidate > _lower || previousClose < _lower) _lower = lowerCandidate;
        _bullish = !(close <= (_bullish ? _lower : _upper));
        Direction = _bullish ? 1 : -1;
        return _bullish ? _lower : _upper;
    }
}
