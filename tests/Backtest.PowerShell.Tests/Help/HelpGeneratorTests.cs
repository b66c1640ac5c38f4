using System.Text.RegularExpressions;
using Backtest.HelpGen;
using Backtest.PowerShell.Commands;

namespace Backtest.PowerShell.Tests.Help;

/// <summary>The generator refuses incomplete help, so a Release build fails instead of shipping it.</summary>
public sealed class HelpGeneratorTests
{
    private static string Source => File.ReadAllText(Path.Combine(GeneratedHelp.Folder, "Get-Candles.md"));

    public static TheoryData<string, string> BrokenSources() => new()
    {
        { "undocumented parameter", "parameter -BaseUrl is not documented" },
        { "unknown parameter", "-Bogus is documented but Get-Candles has no such parameter" },
        { "one example", "1 example(s); at least 2 are required" },
        { "outputs differ", "OUTPUTS lists [Backtest.Engine.Data.Candle]" },
        { "no help file", "cmdlet Get-Candles (Backtest.PowerShell.Commands.GetCandlesCommand) has no help file" },
        { "stray file", "Get-Nothing.md(1): no cmdlet named 'Get-Nothing'" },
        { "about without synopsis", "section '## SHORT DESCRIPTION' is missing or empty" },
        { "unclosed code", "code fence is never closed" },
    };

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public void BrokenHelp_IsRefusedWithTheProblemNamed(string breakage, string expected)
    {
        using var folder = new TempFolder();
        foreach (string file in Directory.EnumerateFiles(GeneratedHelp.Folder, "*.md"))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }
        string candles = Path.Combine(folder.Path, "Get-Candles.md");
        switch (breakage)
        {
            case "undocumented parameter": File.WriteAllText(candles, Regex.Replace(Source, @"### -BaseUrl\n[^#]*", "")); break;
            case "unknown parameter": File.WriteAllText(candles, Source.Replace("## INPUTS", "### -Bogus\nNot a parameter.\n\n## INPUTS", StringComparison.Ordinal)); break;
            case "one example": File.WriteAllText(candles, Regex.Replace(Source, @"### Example [2-9][\s\S]*?(?=## PARAMETERS)", "")); break;
            case "outputs differ": File.WriteAllText(candles, Regex.Replace(Source, @"### Backtest\.Engine\.Data\.CandleSeries\n[^#]*", "")); break;
            case "no help file": File.Delete(candles); break;
            case "stray file": File.WriteAllText(Path.Combine(folder.Path, "Get-Nothing.md"), "# Get-Nothing\n\n## SYNOPSIS\nNothing.\n"); break;
            case "about without synopsis": File.WriteAllText(Path.Combine(folder.Path, "about_Backtest.md"), "# about_Backtest\n\n## LONG DESCRIPTION\nText.\n"); break;
            case "unclosed code": File.WriteAllText(candles, Source + "\n```powershell\nGet-Candles\n"); break;
        }

        var error = Assert.Throws<HelpSourceException>(() => HelpGenerator.Generate(typeof(GetCandlesCommand).Assembly, folder.Path));
        Assert.Contains(error.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void CompleteHelp_GeneratesEveryCmdletAndTopic()
    {
        var help = GeneratedHelp.Module;
        Assert.Equal(["about_Backtest.help.txt"], help.AboutTopics.Keys);
        Assert.Equal(BuiltModule.Cmdlets.Count, help.Maml.Root!.Elements().Count());
    }
}
