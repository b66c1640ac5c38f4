using System.Reflection;
using System.Runtime.InteropServices;
using Backtest.HelpGen.Metadata;

namespace Backtest.PowerShell.Tests;

/// <summary>
/// The cmdlet assembly as built (the copy the build placed beside these tests), read through a MetadataLoadContext:
/// attributes come from metadata, exactly as PowerShell will see them, whatever the reference stubs do at run time.
/// Every check that walks <see cref="Cmdlets"/> covers each cmdlet added later without being touched.
/// </summary>
internal static class BuiltModule
{
    private static readonly Lazy<MetadataLoadContext> Context = new(() =>
    {
        var paths = Directory.EnumerateFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"));
        return new MetadataLoadContext(new PathAssemblyResolver(paths));
    });

    private static readonly Lazy<IReadOnlyList<CmdletShape>> Shapes = new(() =>
        [.. Assembly.GetExportedTypes().Where(CmdletShape.IsCmdlet).Select(CmdletShape.Read).OrderBy(s => s.Name, StringComparer.Ordinal)]);

    /// <summary>The cmdlet assembly's path.</summary>
    public static string AssemblyPath => Path.Combine(AppContext.BaseDirectory, "Backtest.PowerShell.dll");

    /// <summary>The cmdlet assembly, metadata only.</summary>
    public static Assembly Assembly => Context.Value.LoadFromAssemblyPath(AssemblyPath);

    /// <summary>The engine assembly, metadata only (it defines the records the cmdlets emit).</summary>
    public static Assembly Engine => Context.Value.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "Backtest.Engine.dll"));

    /// <summary>Every cmdlet class in the assembly, by name.</summary>
    public static IReadOnlyList<CmdletShape> Cmdlets => Shapes.Value;

    /// <summary>The cmdlet called <paramref name="name"/>.</summary>
    public static CmdletShape Cmdlet(string name) => Cmdlets.Single(c => c.Name == name);

    /// <summary>Cmdlet names as theory data, so each cmdlet is its own test case.</summary>
    public static TheoryData<string> CmdletNames()
    {
        var data = new TheoryData<string>();
        foreach (var cmdlet in Cmdlets) data.Add(cmdlet.Name);
        return data;
    }

    /// <summary>The module's own type with this full name (engine or cmdlet assembly), or null.</summary>
    public static Type? FindType(string fullName) => Assembly.GetType(fullName) ?? Engine.GetType(fullName);

    /// <summary>The public instance property names of <paramref name="type"/>.</summary>
    public static IReadOnlySet<string> PropertyNames(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A path under the repository's <c>module/</c> folder.</summary>
    public static string ModuleFile(string relative) => Path.Combine(SharedData.RepositoryRoot, "module", relative);
}
