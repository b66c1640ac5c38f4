using Backtest.Engine.Data;
using Backtest.Engine.Errors;
using Backtest.Engine.Signals.Bands;

namespace Backtest.Engine.Tests.Signals.Bands;

public sealed class BandScanVerdictTests
{
    private static readonly DateTime Now = new(2026, 1, 10, 6, 0, 0, DateTimeKind.Utc);

    private static BandScanResult Ok(DateTime end) =>
        new(new BandSignal { Symbol = "A", Interval = "1d", EndTime = end }, null, null, false);

    private static BandScanResult Failed() =>
        new(BandSignal.Failed("B", Interval.OneDay, "down"), new BacktestException(ErrorKind.Network, "down"), null, false);

    private static readonly TimeSpan TwoDays = BandScanVerdict.DefaultMaxAge(Interval.OneDay);

    [Fact]
    public void FreshAndComplete_IsOk() =>
        Assert.Equal(BandScanStatus.Ok, BandScanVerdict.Of([Ok(Now.Date)], Now, TwoDays));

    [Fact]
    public void AllFailedOrNothing_IsFailed()
    {
        Assert.Equal(BandScanStatus.Failed, BandScanVerdict.Of([Failed(), Failed()], Now, TwoDays));
        Assert.Equal(BandScanStatus.Failed, BandScanVerdict.Of([], Now, TwoDays));
    }

    [Fact]
    public void SomeFailed_IsPartial() =>
        Assert.Equal(BandScanStatus.Partial, BandScanVerdict.Of([Ok(Now.Date), Failed()], Now, TwoDays));

    [Fact]
    public void OldData_IsStale_EvenWhenSomeFailed()
    {
        Assert.Equal(BandScanStatus.Stale, BandScanVerdict.Of([Ok(Now.AddDays(-3))], Now, TwoDays));
        Assert.Equal(BandScanStatus.Stale, BandScanVerdict.Of([Ok(Now.AddDays(-3)), Failed()], Now, TwoDays));
    }

    [Fact]
    public void AgeExactlyTheLimit_IsNotStale() =>
        Assert.Equal(BandScanStatus.Ok, BandScanVerdict.Of([Ok(Now - TwoDays)], Now, TwoDays));

    [Fact]
    public void NoAgeLimit_SkipsTheStaleCheck() =>
        Assert.Equal(BandScanStatus.Ok, BandScanVerdict.Of([Ok(Now.AddYears(-3))], Now, null));
}
