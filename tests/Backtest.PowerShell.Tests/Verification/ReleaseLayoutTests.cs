#if RELEASE
using Backtest.HelpGen.Maml;
using Backtest.PowerShell.Tests.Help;

namespace Backtest.PowerShell.Tests.Verification;

/// <summary>
/// A Release build lays out out/Backtest (the LayoutModule target), and a Release test run has just built it, so
/// there it must be exactly the current build: stamped version, these binaries, the source format files, fresh help.
/// Debug runs check the same content through <see cref="ManifestTests"/> and the help tests without the layout.
/// </summary>
public sealed class ReleaseLayoutTests
{
    private static string Out(string relative) => Path.Combine(SharedData.RepositoryRoot, "out", "Backtest", relative);

    [Fact]
    public void Manifest_IsStampedWithTheProductVersion()
    {
        var manifest = ModuleManifest.Parse(File.ReadAllText(Out("Backtest.psd1")));
        Assert.Equal(ModuleManifest.ProductVersion, Assert.Single(manifest["ModuleVersion"]));
        Assert.Equal(ModuleManifest.Parse(File.ReadAllText(BuiltModule.ModuleFile("Backtest/Backtest.psd1")))["CmdletsToExport"], manifest["CmdletsToExport"]);
    }

    [Theory]
    [InlineData("Backtest.PowerShell.dll")]
    [InlineData("Backtest.Engine.dll")]
    public void Binaries_AreTheOnesJustBuilt(string file)
    {
        Assert.Equal(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, file)), File.ReadAllBytes(Out(file)));
    }

    [Fact]
    public void FormatAndTypeFiles_AreTheSources()
    {
        foreach (string source in Directory.EnumerateFiles(BuiltModule.ModuleFile("Backtest"), "*.ps1xml"))
        {
            Assert.Equal(File.ReadAllText(source), File.ReadAllText(Out(Path.GetFileName(source))));
        }
    }

    [Fact]
    public void Help_IsGeneratedFromTheCurrentSources()
    {
        Assert.True(MamlWriter.Serialize(GeneratedHelp.Module.Maml) == File.ReadAllText(Out("en-US/Backtest.PowerShell.dll-Help.xml")),
            "out/Backtest/en-US help is stale: rebuild in Release.");
        foreach (var (file, text) in GeneratedHelp.Module.AboutTopics)
        {
            Assert.Equal(text, File.ReadAllText(Out(Path.Combine("en-US", file))));
        }
    }
}
#endif
