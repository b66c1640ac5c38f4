using Backtest.Engine.Indicators;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators;

/// <summary>The SMA batch loop gives the kernel's numbers bit for bit, NaN and infinity included.</summary>
public class SmaBatchTests
{
    public static TheoryData<int> Periods() => [1, 2, 3, 10, 20, 49, 50, 200];

    [Theory]
    [MemberData(nameof(Periods))]
    public void Batch_EqualsKernelBitForBit(int period)
    {
        var close = CatalogCases.Bitcoin.Close.ToArray();
        close[300] = double.NaN;
        close[700] = double.PositiveInfinity;
        close[701] = double.NegativeInfinity;
        var batch = Engine.Indicators.Sma.Series(close, period);
        var kernel = new SmaKernel(new SmaParameters(period));
        for (int i = 0; i < close.Length; i++)
        {
            double expected = kernel.Update(close[i]);
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(batch[i]) || (double.IsNaN(expected) && double.IsNaN(batch[i])),
                $"SMA({period})[{i}]: kernel {expected:R}, batch {batch[i]:R}");
        }
    }

    [Fact]
    public void Batch_ShorterThanThePeriod_IsAllNaN()
    {
        Assert.All(Engine.Indicators.Sma.Series([1.0, 2.0, 3.0], 5), v => Assert.True(double.IsNaN(v)));
        Assert.Empty(Engine.Indicators.Sma.Series([], 5));
    }
}
