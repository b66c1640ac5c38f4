using Backtest.Engine.Strategies.Config;

namespace Backtest.Engine.Tests.Strategies.Config;

/// <summary>Writes config fixtures to a temp folder and reads them back through the public entry point.</summary>
internal sealed class ConfigFiles : IDisposable
{
    private readonly TempFolder _temp = new();

    public string Folder => _temp.Path;

    public string Write(string name, string text)
    {
        string path = Path.Combine(_temp.Path, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public BacktestConfigFile Read(string name, string text) => BacktestConfigFile.Read(Write(name, text));

    public void Dispose() => _temp.Dispose();
}
