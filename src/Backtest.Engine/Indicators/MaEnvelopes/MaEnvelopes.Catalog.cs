namespace Backtest.Engine.Indicators;

public static partial class MaEnvelopes
{
    /// <summary>Catalog entry: <c>MaEnvelopes(lookbackPeriods=20, percentOffset=2.5, movingAverageType=7)</c> of close.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "MaEnvelopes", "Moving Average Envelopes", IndicatorInputs.Close,
        [MaEnvelopesParameters.LookbackPeriodsParameter, MaEnvelopesParameters.PercentOffsetParameter, MaEnvelopesParameters.MovingAverageTypeParameter],
        ["Centerline", "UpperEnvelope", "LowerEnvelope"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0), p[1], (MovingAverageType)p.Whole(2));
            return [r.Centerline, r.UpperEnvelope, r.LowerEnvelope];
        },
        p => new MaEnvelopesStream(p.Whole(0), p[1], (MovingAverageType)p.Whole(2)),
        aliases: ["MovingAverageEnvelopes", "Envelopes"],
        validate: p => _ = new MaEnvelopesParameters(p.Whole(0), p[1], (MovingAverageType)p.Whole(2)));
}
