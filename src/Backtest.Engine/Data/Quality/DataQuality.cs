using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Quality;

/// <summary>Applies a <see cref="QualityPolicy"/> to a series: report, reject, or repair.</summary>
public static class DataQuality
{
    /// <summary>
    /// Checks <paramref name="series"/> and acts on the result. The returned report always describes the returned series.
    /// <list type="bullet">
    /// <item><see cref="QualityPolicy.Warn"/>: the series unchanged, with its report.</item>
    /// <item><see cref="QualityPolicy.Fail"/>: the series unchanged when <see cref="DataQualityReport.IsClean"/>; otherwise
    /// <see cref="ErrorKind.DataQuality"/> naming the symbol and summarising the problems. Gaps alone do not fail: they are
    /// real exchange outages and are only reported.</item>
    /// <item><see cref="QualityPolicy.Repair"/>: the steps documented on <see cref="QualityPolicy.Repair"/>; the report lists what changed in
    /// <see cref="DataQualityReport.Repairs"/> and the inserted candles in <see cref="DataQualityReport.FilledOpenTimes"/>.</item>
    /// </list>
    /// </summary>
    /// <param name="series">The candles to check.</param>
    /// <param name="policy">What to do about problems.</param>
    /// <param name="fillGaps">With <see cref="QualityPolicy.Repair"/>: fill gaps with flat candles at the previous close and zero volume.</param>
    /// <param name="asOf">The time at which the last candle must have closed (default: now).</param>
    /// <exception cref="BacktestException">The policy is Fail and the series is not clean.</exception>
    public static (CandleSeries Series, DataQualityReport Report) Apply(CandleSeries series, QualityPolicy policy, bool fillGaps = false, DateTime? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        switch (policy)
        {
            case QualityPolicy.Warn:
                return (series, DataQualityChecker.Check(series, asOf));
            case QualityPolicy.Fail:
                var report = DataQualityChecker.Check(series, asOf);
                if (!report.IsClean)
                {
                    throw new BacktestException(ErrorKind.DataQuality,
                        $"{series.Symbol} {series.Interval} ({series.Source}) failed the data-quality check: {report.Summary}. " +
                        "Use the Repair policy to sort, de-duplicate and drop the unusable rows, or Warn to accept the data as it is.",
                        series.Symbol);
                }
                return (series, report);
            case QualityPolicy.Repair:
                var repair = SeriesRepair.Run(series, fillGaps, asOf);
                var repaired = DataQualityChecker.Check(repair.Series, asOf) with
                {
                    FilledBars = repair.FilledOpenTimes.Count,
                    FilledOpenTimes = repair.FilledOpenTimes,
                    Repairs = repair.Steps,
                };
                return (repair.Series, repaired);
            default:
                throw new BacktestException(ErrorKind.InvalidArgument, $"'{policy}' is not a data-quality policy; expected Warn, Fail or Repair.", nameof(policy));
        }
    }
}
