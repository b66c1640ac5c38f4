using Backtest.Engine.IO;

namespace Backtest.Cli.Output;

/// <summary>Sends text output to standard output or, with <c>--out</c>, atomically to a file.</summary>
internal static class OutputTarget
{
    public static void Write(string? path, TextWriter stdout, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(stdout);
            stdout.Flush();
            return;
        }
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            write(writer);
        });
    }
}
