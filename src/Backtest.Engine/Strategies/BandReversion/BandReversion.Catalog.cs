namespace Backtest.Engine.Strategies;

public sealed partial class BandReversion
{
    /// <summary>Catalog entry: <c>band-reversion(lookback=100, degree=2, std_devs=2, exit_at=fit, allow_short=no, stop_loss=none)</c>.</summary>
    public static StrategyEntry Entry { get; } = new(
        "band-reversion", "Polynomial band reversion",
        "Buys closes below the lower rolling (non-repainting) polynomial-regression band and sells back at the fit "
        + "(or the upper band); with allow_short=yes also shorts closes above the upper band, covering at the fit (or the lower band).",
        BandReversionParameters.All,
        values => new BandReversion(ParametersFrom(values)),
        values => ParametersFrom(values));

    private static BandReversionParameters ParametersFrom(StrategyParameterValues values) => new(
        (int)values.Number("lookback"), (int)values.Number("degree"), values.Number("std_devs"),
        values.Text("exit_at") == "upper" ? BandReversionExit.FarBand : BandReversionExit.Fit,
        values.Text("allow_short") == "yes", values.OptionalNumber("stop_loss"));
}
