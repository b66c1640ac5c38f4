using Backtest.Engine.Data;
using Backtest.Engine.Signals.Bands;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies;

/// <summary>
/// Mean reversion to rolling polynomial-regression bands. <c>lower</c>, <c>fit</c> and <c>upper</c> are
/// <see cref="PolynomialBands"/><c>(lookback, degree, std_devs)</c> of the close: each bar's band comes from the
/// window ending at that bar, so it never repaints. Nothing happens during the band's warm-up (its first
/// <c>lookback − 1</c> bars). At bar <c>i</c>'s close, with <c>h = upper[i] − fit[i]</c> the band half-width:
/// <list type="bullet">
/// <item><c>close &lt; lower</c>: be long (enter, or reverse a short); strength <c>(lower − close) / h</c>.</item>
/// <item><c>close &gt; upper</c> with <c>allow_short=yes</c>: be short (enter, or reverse a long); strength <c>(close − upper) / h</c>.</item>
/// <item>Otherwise a long exits at <c>close ≥ fit</c> (<c>exit_at=upper</c>: <c>close ≥ upper</c>) and a short at
/// <c>close ≤ fit</c> (<c>exit_at=upper</c>: <c>close ≤ lower</c>).</item>
/// </list>
/// Strength is how far outside the band the close is, in band half-widths (0 for a zero-width band); the portfolio
/// ranks competing entries by it. Entries carry the percent <c>stop_loss</c> when given. Decides at bar <c>i</c>'s
/// close; with the default fill model orders fill at bar <c>i+1</c>'s open.
/// </summary>
/// <remarks>
/// Not an <see cref="ISignalStrategy"/>: the signal fast path submits entries without a strength, and with
/// <c>exit_at=fit</c> and shorts a close exactly on the fit exits whichever side is held, which one fixed signal per
/// bar cannot say.
/// </remarks>
public sealed partial class BandReversion : IStrategy
{
    private CandleSeries? _candles;
    private double[] _lower = [], _fit = [], _upper = [];

    /// <summary>Creates the strategy.</summary>
    public BandReversion(BandReversionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
    }

    /// <summary>The parameters.</summary>
    public BandReversionParameters Parameters { get; }

    /// <inheritdoc />
    public string Name => Entry.Name;

    /// <inheritdoc />
    public void Initialize(StrategyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _candles = context.Candles;
        var bands = PolynomialBands.Series(context.Candles.Close, Parameters.Lookback, Parameters.Degree, Parameters.StdDevs);
        (_lower, _fit, _upper) = (bands.Lower, bands.Fit, bands.Upper);
    }

    /// <inheritdoc />
    public void OnBar(in BarState state, OrderIntents orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        int i = state.Index;
        double close = (_candles ?? throw new InvalidOperationException("Initialize first.")).Close[i];
        double lower = _lower[i], fit = _fit[i], upper = _upper[i];
        // In the warm-up every band is NaN and every comparison below is false.
        if (close < lower)
        {
            if (state.Position <= 0) orders.EnterLong(Parameters.Stops, Strength(lower - close, upper - fit));
        }
        else if (Parameters.AllowShort && close > upper)
        {
            if (state.Position >= 0) orders.EnterShort(Parameters.Stops, Strength(close - upper, upper - fit));
        }
        else if (state.Position > 0 && close >= (Parameters.ExitAt == BandReversionExit.FarBand ? upper : fit))
        {
            orders.Exit();
        }
        else if (state.Position < 0 && close <= (Parameters.ExitAt == BandReversionExit.FarBand ? lower : fit))
        {
            orders.Exit();
        }
    }

    private static double Strength(double outside, double halfWidth) => halfWidth > 0 ? outside / halfWidth : 0;
}
