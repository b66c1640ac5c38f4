using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Adx;

public class AdxSeriesTests
{
    // Definition (J. Welles Wilder, "New Concepts in Technical Trading Systems", 1978; Stock.Indicators docs
    // "ADX"): from bar 1, TR = max(H, C') − min(L, C'); up = H − H', down = L' − L; +DM = up if up > down and
    // up > 0, −DM = down if down > up and down > 0. Wilder sums S: the plain sum of bars 1..n at bar n, then
    // S·(1 − 1/n) + x. +DI = 100·S(+DM)/S(TR); −DI likewise; DX = 100·|+DI − −DI|/(+DI + −DI);
    // ADX = mean(DX over bars n..2n−1) at bar 2n−1, then (ADX'·(n−1) + DX)/n; ADXR = (ADX + ADX[i−n+1])/2.
    [Theory]
    [InlineData(14)]
    [InlineData(5)]
    public void RealData_MatchesDefinition(int n)
    {
        var btc = CatalogCases.Bitcoin;
        int count = btc.Count;
        double[] tr = new double[count], plusDm = new double[count], minusDm = new double[count];
        for (int i = 1; i < count; i++)
        {
            tr[i] = Math.Max(btc.High[i], btc.Close[i - 1]) - Math.Min(btc.Low[i], btc.Close[i - 1]);
            double up = btc.High[i] - btc.High[i - 1], down = btc.Low[i - 1] - btc.Low[i];
            plusDm[i] = up > down && up > 0 ? up : 0;
            minusDm[i] = down > up && down > 0 ? down : 0;
        }
        double[] Wilder(double[] x)
        {
            var s = ColumnAssert.NaNs(count);
            s[n] = x.Skip(1).Take(n).Sum();
            for (int i = n + 1; i < count; i++) s[i] = (s[i - 1] * (1 - (1d / n))) + x[i];
            return s;
        }
        double[] str = Wilder(tr), spdm = Wilder(plusDm), smdm = Wilder(minusDm);
        double[] pdi = ColumnAssert.NaNs(count), mdi = ColumnAssert.NaNs(count), dx = ColumnAssert.NaNs(count);
        double[] adx = ColumnAssert.NaNs(count), adxr = ColumnAssert.NaNs(count);
        for (int i = n; i < count; i++)
        {
            pdi[i] = 100 * spdm[i] / str[i];
            mdi[i] = 100 * smdm[i] / str[i];
            dx[i] = 100 * Math.Abs(pdi[i] - mdi[i]) / (pdi[i] + mdi[i]);
        }
        adx[(2 * n) - 1] = dx.Skip(n).Take(n).Average();
        for (int i = 2 * n; i < count; i++) adx[i] = ((adx[i - 1] * (n - 1)) + dx[i]) / n;
        for (int i = (3 * n) - 2; i < count; i++) adxr[i] = (adx[i] + adx[i - n + 1]) / 2;

        var actual = Engine.Indicators.Adx.Series(btc, n);
        ColumnAssert.Close(pdi, actual.Pdi, 1e-9, what: "Pdi");
        ColumnAssert.Close(mdi, actual.Mdi, 1e-9, what: "Mdi");
        ColumnAssert.Close(dx, actual.Dx, 1e-8, 1e-9, "Dx");
        ColumnAssert.Close(adx, actual.Adx, 1e-9, what: "Adx");
        ColumnAssert.Close(adxr, actual.Adxr, 1e-9, what: "Adxr");
    }
}
