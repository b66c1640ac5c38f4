namespace Backtest.Engine.Indicators;

/// <summary>
/// The one Alligator formula (Bill Williams; Stock.Indicators <c>ToAlligator</c>): three <see cref="SmmaKernel"/>s
/// of the median price <c>(high + low)/2</c>, each shown its offset bars later — the line on bar i is the SMMA as
/// of bar <c>i − offset</c>, which uses only past bars. NaN handling follows <see cref="SmmaKernel"/>.
/// </summary>
public struct AlligatorKernel
{
    private ShiftedSmma _jaw;
    private ShiftedSmma _teeth;
    private ShiftedSmma _lips;

    /// <summary>Creates the kernel.</summary>
    public AlligatorKernel(AlligatorParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _jaw = new ShiftedSmma(parameters.JawPeriods, parameters.JawOffset);
        _teeth = new ShiftedSmma(parameters.TeethPeriods, parameters.TeethOffset);
        _lips = new ShiftedSmma(parameters.LipsPeriods, parameters.LipsOffset);
    }

    /// <summary>Takes the next bar; returns jaw, teeth and lips (NaN during warm-up).</summary>
    public AlligatorPoint Update(double high, double low)
    {
        double median = (high + low) / 2;
        return new AlligatorPoint(_jaw.Update(median), _teeth.Update(median), _lips.Update(median));
    }

    /// <summary>An SMMA whose value is reported <c>offset</c> bars after it is computed.</summary>
    private struct ShiftedSmma
    {
        private SmmaKernel _smma;
        private RollingWindow _delay;

        public ShiftedSmma(int periods, int offset)
        {
            _smma = new SmmaKernel(new SmmaParameters(periods));
            _delay = new RollingWindow(offset + 1);
        }

        public double Update(double value)
        {
            _delay.Add(_smma.Update(value));
            return _delay.IsFull ? _delay.Oldest : double.NaN;
        }
    }
}
