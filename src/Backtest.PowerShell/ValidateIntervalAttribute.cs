using System.Management.Automation;

namespace Backtest.PowerShell;

/// <summary>
/// Validates a Binance interval name case-sensitively (ValidateSet would accept <c>1M</c> for <c>1m</c>) and says
/// which names are allowed.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateIntervalAttribute : ValidateArgumentsAttribute
{
    /// <inheritdoc />
    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        if (!Engine.Data.Interval.TryParse(arguments?.ToString(), out _))
        {
            throw new ValidationMetadataException(
                $"'{arguments}' is not an interval; expected one of {string.Join(", ", Engine.Data.Interval.Names)} (1m is a minute, 1M a month).");
        }
    }
}
