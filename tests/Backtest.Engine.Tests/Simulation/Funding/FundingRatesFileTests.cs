using Backtest.Engine.Data.Binance;
using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;
using Backtest.Engine.Tests.Data.Csv;

namespace Backtest.Engine.Tests.Simulation.Funding;

public class FundingRatesFileTests
{
    private const string Header = "funding_time,funding_interval_hours,funding_rate\n";
    private static readonly string RealFile = SharedData.Path("binance/futures_um/BTCUSDT-funding.csv");

    private static BacktestException LoadFails(string text)
    {
        using var file = TempFile.WithText("BTCUSDT-funding.csv", text);
        var ex = Assert.Throws<BacktestException>(() => FundingRates.Load(file.Path));
        Assert.Equal(ErrorKind.InvalidData, ex.Kind);
        Assert.Equal(file.Path, ex.Target);
        Assert.Contains(file.Path, ex.Message, StringComparison.Ordinal);
        return ex;
    }

    [Fact]
    public void RealFile_LoadsEveryRow_WithFirstAndLastValues()
    {
        var rates = FundingRates.Load(RealFile);
        // shared/data/README.md: 6114 events, 2021-01-01 .. 2026-07-31; first and last rows of the file.
        Assert.Equal(6_114, rates.Count);
        Assert.Equal(1_609_459_200_002, rates.TimeMs[0]);
        Assert.Equal(0.00022753, rates.Rate[0]);
        Assert.Equal(1_785_513_600_000, rates.TimeMs[^1]);
        Assert.Equal(0.00005664, rates.Rate[^1]);
        Assert.Equal(RealFile, rates.Source);
    }

    [Fact]
    public void BrokenCopyOfRealFile_BadRate_NamesLineAndColumn()
    {
        var lines = File.ReadAllLines(RealFile);
        lines[100] = lines[100].Split(',')[0] + ",8,0.0001x";
        var ex = LoadFails(string.Join('\n', lines));
        Assert.Contains("line 101, column funding_rate", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'0.0001x' is not a number", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenCopyOfRealFile_SwappedRows_NamesLineAsUnsorted()
    {
        var lines = File.ReadAllLines(RealFile);
        (lines[10], lines[11]) = (lines[11], lines[10]);
        var ex = LoadFails(string.Join('\n', lines));
        Assert.Contains("line 12:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ascending", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenCopyOfRealFile_RepeatedRow_NamesLineAsDuplicate()
    {
        var lines = File.ReadAllLines(RealFile).ToList();
        lines.Insert(6, lines[5]);
        var ex = LoadFails(string.Join('\n', lines));
        Assert.Contains("line 7:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("repeats", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadTime_NamesLineAndColumn() =>
        Assert.Contains("line 3, column funding_time: '2021-01-01' is not a time in epoch milliseconds",
            LoadFails(Header + "1609459200002,8,0.0001\n2021-01-01,8,0.0001\n").Message, StringComparison.Ordinal);

    [Fact]
    public void MissingHeader_IsNamed() =>
        Assert.Contains("line 1: expected a header naming funding_time and funding_rate", LoadFails("1609459200002,8,0.0001\n").Message, StringComparison.Ordinal);

    [Fact]
    public void EmptyFile_IsNamed() => Assert.Contains("the file is empty", LoadFails("").Message, StringComparison.Ordinal);

    [Fact]
    public void HeaderOnly_IsNamed() => Assert.Contains("no funding rows", LoadFails(Header).Message, StringComparison.Ordinal);

    [Fact]
    public void ShortRow_NamesLineAndFieldCount() =>
        Assert.Contains("line 2: expected 3 fields like the header; got 1", LoadFails(Header + "1609459200002\n").Message, StringComparison.Ordinal);

    [Fact]
    public void NonFiniteRate_IsRejected() =>
        Assert.Contains("line 2: funding rate NaN is not a finite number", LoadFails(Header + "1609459200002,8,NaN\n").Message, StringComparison.Ordinal);

    [Fact]
    public void BinanceVisionColumnNames_AndCrLf_AreAccepted()
    {
        using var file = TempFile.WithText("f.csv", "calc_time,funding_interval_hours,last_funding_rate\r\n1609459200002,8,-0.0002\r\n1609488000006,8,1E-4\r\n");
        var rates = FundingRates.Load(file.Path);
        Assert.Equal(2, rates.Count);
        Assert.Equal(-0.0002, rates.Rate[0]);
        Assert.Equal(0.0001, rates.Rate[1]);
    }

    [Fact]
    public void MissingFile_IsNotFound()
    {
        var ex = Assert.Throws<BacktestException>(() => FundingRates.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "none.csv")));
        Assert.Equal(ErrorKind.NotFound, ex.Kind);
    }

    [Fact]
    public void FromBinanceRecords_KeepsTimesAndRates_AndRejectsDisorderAndMixedSymbols()
    {
        var t0 = new DateTime(2021, 1, 1, 0, 0, 0, 2, DateTimeKind.Utc);
        var rates = FundingRates.From([new FundingRate(t0, "BTCUSDT", 0.0002, null), new FundingRate(t0.AddHours(8), "BTCUSDT", -0.0001, 29_000)]);
        Assert.Equal(2, rates.Count);
        Assert.Equal(1_609_459_200_002, rates.TimeMs[0]);
        Assert.Equal(-0.0001, rates.Rate[1]);

        var unsorted = Assert.Throws<BacktestException>(() => FundingRates.From([new FundingRate(t0.AddHours(8), "BTCUSDT", 0, null), new FundingRate(t0, "BTCUSDT", 0, null)]));
        Assert.Contains("funding event [1]", unsorted.Message, StringComparison.Ordinal);
        var mixed = Assert.Throws<BacktestException>(() => FundingRates.From([new FundingRate(t0, "BTCUSDT", 0, null), new FundingRate(t0.AddHours(8), "ETHUSDT", 0, null)]));
        Assert.Contains("record [1] is for ETHUSDT", mixed.Message, StringComparison.Ordinal);
    }
}
