namespace Backtest.Engine.Indicators;

/// <summary>The candle columns an indicator reads; tools use it to say what a file must contain.</summary>
[Flags]
public enum IndicatorInputs
{
    /// <summary>Reads nothing (never used by a real indicator).</summary>
    None = 0,

    /// <summary>Open prices.</summary>
    Open = 1,

    /// <summary>High prices.</summary>
    High = 2,

    /// <summary>Low prices.</summary>
    Low = 4,

    /// <summary>Close prices.</summary>
    Close = 8,

    /// <summary>Base-asset volumes.</summary>
    Volume = 16,

    /// <summary>Open times (anchored indicators).</summary>
    Time = 32,
}
