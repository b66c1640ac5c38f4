using System.Management.Automation;
using System.Reflection;
using Backtest.Engine.Errors;

namespace Backtest.PowerShell.Tests;

/// <summary>Error ids are API: unique, stable, one per engine failure kind, each with a real category.</summary>
public sealed class ErrorIdsTests
{
    [Fact]
    public void Ids_AreUniqueAndNamespaced()
    {
        Assert.Equal(ErrorIds.All.Count, ErrorIds.All.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ErrorIds.All, id => Assert.Matches(@"^Backtest\.[A-Z][A-Za-z]+$", id));
    }

    [Fact]
    public void All_ListsEveryIdConstantOfTheBuiltAssembly()
    {
        var constants = BuiltModule.Assembly.GetType(typeof(ErrorIds).FullName!)!.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(constants.Order(StringComparer.Ordinal), ErrorIds.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryEngineKind_HasItsOwnIdAndACategory()
    {
        var mapped = Enum.GetValues<ErrorKind>().Select(ErrorIds.For).ToList();
        Assert.Equal(mapped.Count, mapped.Select(m => m.Id).Distinct().Count());
        Assert.DoesNotContain(mapped, m => m.Id == ErrorIds.Unexpected || m.Category == ErrorCategory.NotSpecified);
        Assert.All(mapped, m => Assert.Contains(m.Id, ErrorIds.All));
    }

    [Theory]
    [InlineData(ErrorKind.InvalidArgument, "Backtest.InvalidArgument", ErrorCategory.InvalidArgument)]
    [InlineData(ErrorKind.NotFound, "Backtest.NotFound", ErrorCategory.ObjectNotFound)]
    [InlineData(ErrorKind.UnknownSymbol, "Backtest.UnknownSymbol", ErrorCategory.ObjectNotFound)]
    [InlineData(ErrorKind.Network, "Backtest.Network", ErrorCategory.ConnectionError)]
    [InlineData(ErrorKind.DataQuality, "Backtest.DataQuality", ErrorCategory.InvalidData)]
    [InlineData((ErrorKind)999, "Backtest.Unexpected", ErrorCategory.NotSpecified)]
    public void For_MapsKindToIdAndCategory(ErrorKind kind, string id, ErrorCategory category)
    {
        Assert.Equal((id, category), ErrorIds.For(kind));
    }
}
