namespace Backtest.Testing;

/// <summary>A fresh folder under the system temp folder for one test's files (stores, outputs), removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>The folder.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory("backtest-test-").FullName;

    /// <summary>A file path inside the folder.</summary>
    public string File(string name = "candles.db") => System.IO.Path.Combine(Path, name);

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed child process may still be releasing the file; the temp folder is cleaned by the OS later.
        }
    }
}
