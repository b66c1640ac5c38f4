namespace Backtest.Engine.Simulation;

/// <summary>The built-in fill models, by name (for options records, the CLI's <c>--fill</c> and manifests).</summary>
public enum FillTiming
{
    /// <summary><see cref="NextOpenFillModel"/> (default).</summary>
    NextOpen = 0,

    /// <summary><see cref="ThisCloseFillModel"/>.</summary>
    ThisClose = 1,
}
