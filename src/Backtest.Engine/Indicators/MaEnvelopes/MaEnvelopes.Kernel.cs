namespace Backtest.Engine.Indicators;

/// <summary>
/// Moving-average envelopes (Stock.Indicators <c>ToMaEnvelopes</c>): the chosen average's own kernel
/// (<see cref="SmaKernel"/>, <see cref="EmaKernel"/>, <see cref="DemaKernel"/>, <see cref="TemaKernel"/>,
/// <see cref="SmmaKernel"/>, <see cref="WmaKernel"/> or <see cref="HmaKernel"/>) and envelopes
/// <c>ma ± ma·percentOffset/100</c>. Only the chosen kernel is built; warm-up and NaN handling are that average's.
/// </summary>
public struct MaEnvelopesKernel
{
    private readonly MovingAverageType _type;
    private readonly double _ratio;
    private SmaKernel _sma;
    private EmaKernel _ema;
    private DemaKernel _dema;
    private TemaKernel _tema;
    private SmmaKernel _smma;
    private WmaKernel _wma;
    private HmaKernel _hma;

    /// <summary>Creates the kernel.</summary>
    public MaEnvelopesKernel(MaEnvelopesParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _type = parameters.MovingAverageType;
        _ratio = parameters.PercentOffset / 100d;
        int n = parameters.LookbackPeriods;
        switch (_type)
        {
            case MovingAverageType.Dema: _dema = new DemaKernel(new DemaParameters(n)); break;
            case MovingAverageType.Ema: _ema = new EmaKernel(new EmaParameters(n)); break;
            case MovingAverageType.Hma: _hma = new HmaKernel(new HmaParameters(n)); break;
            case MovingAverageType.Smma: _smma = new SmmaKernel(new SmmaParameters(n)); break;
            case MovingAverageType.Tema: _tema = new TemaKernel(new TemaParameters(n)); break;
            case MovingAverageType.Wma: _wma = new WmaKernel(new WmaParameters(n)); break;
            default: _sma = new SmaKernel(new SmaParameters(n)); break;
        }
    }

    /// <summary>Takes the next value; returns the centre line and envelopes (NaN during warm-up).</summary>
    public MaEnvelopesPoint Update(double value)
    {
        double ma = _type switch
        {
            MovingAverageType.Dema => _dema.Update(value),
            MovingAverageType.Ema => _ema.Update(value),
            MovingAverageType.Hma => _hma.Update(value),
            MovingAverageType.Smma => _smma.Update(value),
            MovingAverageType.Tema => _tema.Update(value),
            MovingAverageType.Wma => _wma.Update(value),
            _ => _sma.Update(value),
        };
        double offset = ma * _ratio;
        return new MaEnvelopesPoint(ma, ma + offset, ma - offset);
    }
}
