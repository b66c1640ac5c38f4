namespace Backtest.Engine.Indicators;

/// <summary>
/// The one CMF formula (Marc Chaikin; Stock.Indicators <c>ToCmf</c>): money flow volume from
/// <see cref="AdlKernel.MoneyFlowMultiplier"/>·volume; over the last n bars, <c>CMF = (ΣMFV/n)/(Σvolume/n)</c>
/// (both sums oldest first), NaN when the window traded no volume. A NaN in the window makes CMF NaN until it leaves.
/// </summary>
public struct CmfKernel
{
    private RollingWindow _flowVolumes;
    private RollingWindow _volumes;

    /// <summary>Creates the kernel.</summary>
    public CmfKernel(CmfParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _flowVolumes = new RollingWindow(parameters.LookbackPeriods);
        _volumes = new RollingWindow(parameters.LookbackPeriods);
    }

    /// <summary>Takes the next bar; returns its money flow and the CMF (NaN during warm-up).</summary>
    public CmfPoint Update(double high, double low, double close, double volume)
    {
        double multiplier = AdlKernel.MoneyFlowMultiplier(high, low, close);
        double flowVolume = multiplier * volume;
        _flowVolumes.Add(flowVolume);
        _volumes.Add(volume);
        if (!_volumes.IsFull) return new CmfPoint(multiplier, flowVolume, double.NaN);
        int n = _volumes.Count;
        double averageVolume = _volumes.Sum() / n;
        double cmf = averageVolume != 0 ? _flowVolumes.Sum() / n / averageVolume : double.NaN;
        return new CmfPoint(multiplier, flowVolume, cmf);
    }
}
