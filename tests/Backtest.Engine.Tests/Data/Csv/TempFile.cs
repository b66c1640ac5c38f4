using System.IO.Compression;
using System.Text;

namespace Backtest.Engine.Tests.Data.Csv;

/// <summary>A file in a private temp folder that is deleted with the test; for small hand-written fixtures.</summary>
public sealed class TempFile : IDisposable
{
    private readonly string _folder;

    private TempFile(string name)
    {
        _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "backtest-csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, name);
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>Writes <paramref name="bytes"/> to a file called <paramref name="name"/>.</summary>
    public static TempFile WithBytes(string name, byte[] bytes)
    {
        var file = new TempFile(name);
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without BOM.</summary>
    public static TempFile WithText(string name, string text) => WithBytes(name, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes <paramref name="text"/> gzip-compressed.</summary>
    public static TempFile WithGzip(string name, string text) => WithBytes(name, Gzip(Encoding.UTF8.GetBytes(text)));

    /// <summary>Gzip-compresses bytes.</summary>
    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(data);
        return output.ToArray();
    }

    /// <summary>Writes a zip holding the given entries.</summary>
    public static TempFile WithZip(string name, params (string Entry, string Text)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create))
        {
            foreach (var (entry, text) in entries)
            {
                using var stream = zip.CreateEntry(entry).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }
        return WithBytes(name, output.ToArray());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }
}
