using System.Management.Automation;
using System.Reflection;

namespace Backtest.PowerShell.Tests;

/// <summary>-Interval is validated case-sensitively: 1m is a minute, 1M a month, and 1H is no interval.</summary>
public sealed class ValidateIntervalAttributeTests
{
    private static void Validate(object value)
    {
        var validate = typeof(ValidateIntervalAttribute).GetMethod("Validate", BindingFlags.Instance | BindingFlags.NonPublic)!;
        try
        {
            validate.Invoke(new ValidateIntervalAttribute(), [value, null]);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }

    [Theory]
    [InlineData("1m")]
    [InlineData("1M")]
    [InlineData("4h")]
    [InlineData("1w")]
    public void BinanceNames_AreAccepted(string interval)
    {
        Validate(interval);
    }

    [Theory]
    [InlineData("1H")]
    [InlineData("7m")]
    [InlineData("")]
    [InlineData("hourly")]
    public void OtherText_IsRejected(string interval)
    {
        Assert.Throws<ValidationMetadataException>(() => Validate(interval));
    }
}
