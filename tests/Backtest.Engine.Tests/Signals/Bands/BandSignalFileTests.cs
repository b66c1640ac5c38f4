using System.Text.Json;
using Backtest.Engine.Data;
using Backtest.Engine.Signals.Bands;

namespace Backtest.Engine.Tests.Signals.Bands;

public sealed class BandSignalFileTests : IDisposable
{
    private static readonly DateTime Created = new(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    private readonly string _dir = Directory.CreateTempSubdirectory("backtest-bandfile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<BandScanReport> ScanAsync()
    {
        var options = new BandScanOptions
        {
            Source = CandleSourceKind.Csv,
            Paths = [.. BandTestData.BasketDaily().Take(3), Path.Combine(Path.GetTempPath(), "missing-1d.csv")],
            Degree = 5,
            KStd = 1.75,
            Days = 400,
        };
        return new BandScanReport(Created, options, await BandScan.RunAllAsync(options));
    }

    [Fact]
    public async Task Save_IntoAFolder_WritesTheDatedFileWithEveryFieldAndTheParameters()
    {
        var report = await ScanAsync();

        string path = BandSignalFile.Save(_dir, report);

        Assert.Equal(Path.Combine(_dir, "band_signals_20240102_030405.json"), path);
        Assert.Equal([path], Directory.GetFiles(_dir));
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        Assert.Equal("2024-01-02T03:04:05Z", root.GetProperty("createdAt").GetString());
        var parameters = root.GetProperty("parameters");
        Assert.Equal(5, parameters.GetProperty("degree").GetInt32());
        Assert.Equal(1.75, parameters.GetProperty("kStd").GetDouble());
        Assert.Equal(400, parameters.GetProperty("days").GetInt32());
        Assert.Equal("Csv", parameters.GetProperty("source").GetString());
        Assert.Equal(4, parameters.GetProperty("paths").GetArrayLength());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("failed").GetInt32());
        var signals = root.GetProperty("signals");
        Assert.Equal(4, signals.GetArrayLength());
        string[] fields = ["symbol", "interval", "signal", "close", "lower", "fit", "upper", "potentialReturnPct", "sigma",
            "rSquared", "distanceSigma", "bars", "asOf", "startTime", "endTime", "error", "failed", "errorKind", "synthetic"];
        foreach (var s in signals.EnumerateArray())
        {
            Assert.Equal(fields, s.EnumerateObject().Select(p => p.Name));
            Assert.Contains(s.GetProperty("signal").GetString(), new[] { "BUY", "SELL", "HOLD" });
        }
        var first = signals[0];
        var firstSignal = report.Results[0].Signal;
        Assert.Equal(firstSignal.Fit, first.GetProperty("fit").GetDouble());
        Assert.Equal(firstSignal.Upper, first.GetProperty("upper").GetDouble());
        Assert.Equal(400, first.GetProperty("bars").GetInt32());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("error").ValueKind);
        var failed = signals[3];
        Assert.True(failed.GetProperty("failed").GetBoolean());
        Assert.Equal("NotFound", failed.GetProperty("errorKind").GetString());
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("fit").ValueKind);
    }

    [Fact]
    public async Task Save_ToAJsonPath_UsesThatPath_AndReplacesAWholeFile()
    {
        var report = await ScanAsync();
        string target = Path.Combine(_dir, "sub", "latest.json");

        BandSignalFile.Save(target, report);
        BandSignalFile.Save(target, report);

        Assert.Equal([target], Directory.GetFiles(Path.Combine(_dir, "sub")));
        using var doc = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Equal(4, doc.RootElement.GetProperty("signals").GetArrayLength());
    }

    [Fact]
    public async Task Csv_HasTheRecordColumns_UpperCaseSignals_AndEmptyUnknowns()
    {
        var report = await ScanAsync();
        using var writer = new StringWriter();

        BandSignalCsv.Write(writer, report.Signals);

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', BandSignalCsv.Columns), lines[0]);
        Assert.Equal(typeof(BandSignal).GetProperties().Select(p => p.Name), BandSignalCsv.Columns);
        Assert.Equal(5, lines.Length);
        Assert.Matches("^ADAUSDT,1d,(BUY|SELL|HOLD),", lines[1]);
        Assert.StartsWith("missing-1d.csv,,HOLD,,,,,0,,,,0,,,,", lines[4], StringComparison.Ordinal);
    }
}
