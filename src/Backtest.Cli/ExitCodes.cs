namespace Backtest.Cli;

/// <summary>Process exit codes a scheduler can act on.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The command failed (bad data, network, storage, cancelled); stderr says why.</summary>
    public const int Error = 1;

    /// <summary>The command line itself is wrong; stderr shows the problem and points to --help.</summary>
    public const int Usage = 2;

    /// <summary>The data-quality check failed under the Fail policy (or `quality` found problems), or `bands` found stale data.</summary>
    public const int DataQuality = 3;

    /// <summary>`bands`: some symbols failed; the others have signals (and are in the output).</summary>
    public const int Partial = 4;
}
