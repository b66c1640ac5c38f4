using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Backtest.PowerShell.Tests.Verification;

/// <summary>The format and type files against the types they describe: a view per output type, real property names, console width.</summary>
public sealed partial class FormatViewTests
{
    private const int ConsoleWidth = 120;

    private static XDocument Formats => XDocument.Load(BuiltModule.ModuleFile("Backtest/Backtest.format.ps1xml"));

    private static XDocument Types => XDocument.Load(BuiltModule.ModuleFile("Backtest/Backtest.types.ps1xml"));

    public static TheoryData<string> Views()
    {
        var data = new TheoryData<string>();
        foreach (var view in Formats.Descendants("View")) data.Add(view.Element("Name")!.Value);
        return data;
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void EveryOutputType_HasATableView(string cmdlet)
    {
        var selected = Formats.Descendants("View").Where(v => v.Element("TableControl") is not null)
            .SelectMany(v => v.Descendants("TypeName")).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var output in BuiltModule.Cmdlet(cmdlet).Outputs)
        {
            Assert.True(selected.Contains(output.TypeName), $"{cmdlet}: no table view in Backtest.format.ps1xml for {output.TypeName}.");
        }
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void View_NamesRealPropertiesAndFitsTheConsole(string name)
    {
        var view = Formats.Descendants("View").Single(v => v.Element("Name")!.Value == name);
        string typeName = view.Descendants("TypeName").Single().Value;
        var type = BuiltModule.FindType(typeName);
        Assert.True(type is not null, $"view {name} selects {typeName}, which is not a type of the module.");
        var properties = BuiltModule.PropertyNames(type!);

        var headers = view.Descendants("TableColumnHeader").ToList();
        var items = view.Descendants("TableColumnItem").ToList();
        Assert.Equal(headers.Count, items.Count);
        foreach (var item in items)
        {
            var referenced = item.Element("PropertyName") is { } p ? [p.Value]
                : ScriptProperty().Matches(item.Element("ScriptBlock")!.Value).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(referenced);
            Assert.All(referenced, r => Assert.True(properties.Contains(r), $"view {name} uses {typeName}.{r}, which does not exist."));
        }

        var widths = headers.Select(h => h.Element("Width")?.Value).ToList();
        Assert.All(widths, w => Assert.True(w is not null, $"view {name}: every column needs a Width so the table keeps its shape."));
        int total = widths.Sum(w => int.Parse(w!, System.Globalization.CultureInfo.InvariantCulture)) + headers.Count - 1;
        Assert.True(total <= ConsoleWidth, $"view {name} is {total} columns wide; it must fit {ConsoleWidth}.");
    }

    [Fact]
    public void TypeExtensions_ReferenceRealProperties()
    {
        foreach (var type in Types.Root!.Elements("Type"))
        {
            string typeName = type.Element("Name")!.Value;
            var resolved = BuiltModule.FindType(typeName);
            Assert.True(resolved is not null, $"Backtest.types.ps1xml extends {typeName}, which is not a type of the module.");
            var properties = BuiltModule.PropertyNames(resolved!);
            foreach (var referenced in type.Descendants("ReferencedProperties").Elements("Name"))
            {
                Assert.True(properties.Contains(referenced.Value), $"{typeName}.{referenced.Value} does not exist.");
            }
        }
    }

    [GeneratedRegex(@"\$_\.(\w+)")]
    private static partial Regex ScriptProperty();
}
