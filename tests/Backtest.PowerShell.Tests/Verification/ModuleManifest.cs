using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Backtest.PowerShell.Tests.Verification;

/// <summary>
/// Reads the top-level <c>Key = 'value'</c> and <c>Key = @('a', 'b')</c> entries of a module manifest (.psd1) as
/// text, since no PowerShell is here to run Import-PowerShellDataFile; and the one version the build stamps.
/// </summary>
internal static partial class ModuleManifest
{
    /// <summary>The manifest's scalar and array entries; a scalar is a one-item list.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Parse(string text)
    {
        var entries = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Entry().Matches(text))
        {
            entries[m.Groups["key"].Value] = m.Groups["scalar"].Success
                ? [m.Groups["scalar"].Value]
                : [.. Quoted().Matches(m.Groups["array"].Value).Select(q => q.Groups[1].Value)];
        }
        return entries;
    }

    /// <summary>The <c>&lt;Version&gt;</c> in Directory.Build.props: the one version of everything.</summary>
    public static string ProductVersion =>
        XDocument.Load(Path.Combine(SharedData.RepositoryRoot, "Directory.Build.props")).Descendants("Version").Single().Value;

    [GeneratedRegex(@"^[ \t]*(?<key>\w+)[ \t]*=[ \t]*(?:'(?<scalar>[^']*)'|@\((?<array>[^)]*)\))", RegexOptions.Multiline)]
    private static partial Regex Entry();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();
}
