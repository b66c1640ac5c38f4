using Backtest.HelpGen;
using Backtest.PowerShell.Commands;

namespace Backtest.PowerShell.Tests.Help;

/// <summary>The module's help generated from <c>module/help</c> by the same generator the Release build runs.</summary>
internal static class GeneratedHelp
{
    private static readonly Lazy<ModuleHelp> Help = new(() => HelpGenerator.Generate(typeof(GetCandlesCommand).Assembly, Folder));

    /// <summary>The markdown sources.</summary>
    public static string Folder => BuiltModule.ModuleFile("help");

    /// <summary>The generated MAML and about topics.</summary>
    public static ModuleHelp Module => Help.Value;
}
