using System.Text.RegularExpressions;

namespace Backtest.PowerShell.Tests.Verification;

/// <summary>The module manifest against the built assembly, and the version stamping the Release build does.</summary>
public sealed partial class ManifestTests
{
    private static string SourceManifest => File.ReadAllText(BuiltModule.ModuleFile("Backtest/Backtest.psd1"));

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Manifest => ModuleManifest.Parse(SourceManifest);

    [Fact]
    public void CmdletsToExport_EqualsTheCmdletClassesWithoutWildcards()
    {
        var exported = Manifest["CmdletsToExport"];
        Assert.DoesNotContain(exported, e => e.Contains('*', StringComparison.Ordinal));
        Assert.Equal(BuiltModule.Cmdlets.Select(c => c.Name).Order(StringComparer.Ordinal), exported.Order(StringComparer.Ordinal));
        foreach (string key in (string[])["FunctionsToExport", "AliasesToExport", "VariablesToExport"])
        {
            Assert.Empty(Manifest[key]);
        }
    }

    [Fact]
    public void Manifest_LoadsTheCmdletAssemblyOnPowerShell76Core()
    {
        Assert.Equal(Path.GetFileName(BuiltModule.AssemblyPath), Assert.Single(Manifest["RootModule"]));
        Assert.Equal(["Core"], Manifest["CompatiblePSEditions"]);
        Assert.Equal("7.6", Assert.Single(Manifest["PowerShellVersion"]));
        Assert.True(Guid.TryParse(Assert.Single(Manifest["GUID"]), out _));
    }

    [Fact]
    public void Manifest_ProcessesEveryFormatAndTypeFileTheModuleShips()
    {
        var listed = Manifest["FormatsToProcess"].Concat(Manifest["TypesToProcess"]).ToList();
        var shipped = Directory.EnumerateFiles(BuiltModule.ModuleFile("Backtest"), "*.ps1xml").Select(Path.GetFileName).ToList();
        Assert.Equal(shipped.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.All(Manifest["FormatsToProcess"], f => Assert.EndsWith(".format.ps1xml", f, StringComparison.Ordinal));
        Assert.All(Manifest["TypesToProcess"], f => Assert.EndsWith(".types.ps1xml", f, StringComparison.Ordinal));
    }

    [Fact]
    public void StampedManifest_CarriesTheProductVersion()
    {
        // The Release build replaces one exact line of the source manifest; if that line were reformatted, the
        // replacement would silently do nothing and every release would ship as 0.0.0.
        string csproj = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "src", "Backtest.PowerShell", "Backtest.PowerShell.csproj"));
        var stamp = Stamp().Match(csproj);
        Assert.True(stamp.Success, "LayoutModule no longer stamps the manifest with .Replace(\"...\", \"...$(Version)...\").");
        string placeholder = stamp.Groups["from"].Value;
        Assert.Equal(1, Regex.Count(SourceManifest, Regex.Escape(placeholder)));

        string stamped = SourceManifest.Replace(placeholder, stamp.Groups["to"].Value.Replace("$(Version)", ModuleManifest.ProductVersion, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(ModuleManifest.ProductVersion, Assert.Single(ModuleManifest.Parse(stamped)["ModuleVersion"]));
        Assert.Equal("0.0.0", Assert.Single(Manifest["ModuleVersion"]));
    }

    [Fact]
    public void BuiltAssembly_CarriesTheProductVersion()
    {
        var version = BuiltModule.Assembly.GetName().Version!;
        Assert.Equal(ModuleManifest.ProductVersion, $"{version.Major}.{version.Minor}.{version.Build}");
    }

    [GeneratedRegex(@"\.Replace\(""(?<from>[^""]+)"",\s*""(?<to>[^""]*\$\(Version\)[^""]*)""\)")]
    private static partial Regex Stamp();
}
