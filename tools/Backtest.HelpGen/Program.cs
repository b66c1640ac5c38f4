using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Backtest.HelpGen;
using Backtest.HelpGen.Maml;

// Usage: Backtest.HelpGen <cmdlet-assembly.dll> <markdown-folder> <output-folder>
// Writes <assembly>.dll-Help.xml and about_*.help.txt into the output folder (e.g. out/Backtest/en-US).
// Problems are printed in MSBuild's "file(line): error CODE: message" form, so a build names them.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Backtest.HelpGen <cmdlet-assembly.dll> <markdown-folder> <output-folder>");
    return 2;
}
string assemblyPath = Path.GetFullPath(args[0]), helpFolder = Path.GetFullPath(args[1]), outFolder = Path.GetFullPath(args[2]);
string assemblyFolder = Path.GetDirectoryName(assemblyPath)!;

// The cmdlet assembly's own dependencies (engine, packages) sit beside it; System.Management.Automation comes from this tool.
AssemblyLoadContext.Default.Resolving += (context, name) =>
{
    string candidate = Path.Combine(assemblyFolder, name.Name + ".dll");
    return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
};

try
{
    var help = HelpGenerator.Generate(AssemblyLoadContext.Default.LoadFromAssemblyPath(assemblyPath), helpFolder);
    Directory.CreateDirectory(outFolder);
    string mamlPath = Path.Combine(outFolder, Path.GetFileName(assemblyPath) + "-Help.xml");
    File.WriteAllText(mamlPath, MamlWriter.Serialize(help.Maml), new UTF8Encoding(false));
    foreach (var (file, text) in help.AboutTopics) File.WriteAllText(Path.Combine(outFolder, file), text, new UTF8Encoding(false));
    Console.WriteLine($"HelpGen: wrote {mamlPath} and {help.AboutTopics.Count} about topic(s).");
    return 0;
}
catch (HelpSourceException ex)
{
    foreach (string problem in ex.Problems)
    {
        int split = problem.IndexOf("): ", StringComparison.Ordinal);
        Console.Error.WriteLine(split < 0 ? $"error HELPGEN: {problem}"
            : $"{Path.Combine(helpFolder, problem[..(split + 1)])}: error HELPGEN: {problem[(split + 3)..]}");
    }
    return 1;
}
