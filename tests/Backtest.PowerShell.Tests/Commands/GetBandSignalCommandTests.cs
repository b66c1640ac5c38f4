using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;
using Backtest.PowerShell.Commands;

namespace Backtest.PowerShell.Tests.Commands;

/// <summary>How Get-BandSignal's parameters bind into the engine's scan options (no PowerShell host needed).</summary>
public sealed class GetBandSignalCommandTests
{
    [Fact]
    public void Defaults_AreTheSeedsScan()
    {
        using var command = new GetBandSignalCommand();
        command.Gather();

        var options = command.ToOptions();

        Assert.Empty(options.Symbols);
        Assert.Null(options.Top);
        Assert.Null(options.Interval);
        Assert.Equal(4, options.Degree);
        Assert.Equal(2.0, options.KStd);
        Assert.Equal(720, options.Days);
        Assert.Equal(50, options.MinBars);
        Assert.Equal(8, options.ThrottleLimit);
        Assert.Equal(CandleSourceKind.Binance, options.Source);
        Assert.Equal(QualityPolicy.Warn, options.QualityPolicy);
    }

    [Fact]
    public void PipelineInput_IsGatheredIntoOneScan()
    {
        using var command = new GetBandSignalCommand();
        foreach (var symbol in new[] { "BTCUSDT", "ETHUSDT" })
        {
            command.Symbol = [symbol];
            command.Gather();
        }
        command.Interval = "4h";
        command.Degree = 6;
        command.KStd = 1.5;
        command.Days = 90;
        command.EndTime = new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        command.BaseUrl = new Uri("http://127.0.0.1:5000/");

        var options = command.ToOptions();

        Assert.Equal(["BTCUSDT", "ETHUSDT"], options.Symbols);
        Assert.Equal(Interval.FourHours, options.Interval);
        Assert.Equal(6, options.Degree);
        Assert.Equal(1.5, options.KStd);
        Assert.Equal(90, options.Days);
        Assert.Equal(new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc), options.EndTime);
        Assert.Equal(new Uri("http://127.0.0.1:5000/"), options.Binance?.SpotBaseUrl);
    }

    [Fact]
    public void Paths_SwitchTheSourceToCsv_AndTopBindsOnlyWhenGiven()
    {
        using var command = new GetBandSignalCommand { Path = ["a-1d.csv", "b-1d.csv"] };
        command.Gather();

        var options = command.ToOptions();

        Assert.Equal(CandleSourceKind.Csv, options.Source);
        Assert.Equal(["a-1d.csv", "b-1d.csv"], options.Paths);
        Assert.Null(options.Top);
        using var top = new GetBandSignalCommand { Top = 100 };
        Assert.Equal(100, top.ToOptions().Top);
    }
}
