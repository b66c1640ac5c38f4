using System.IO.Compression;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Csv;

/// <summary>
/// The decompressed bytes of a candle file. The format is told by its first bytes, not its name:
/// gzip (<c>1F 8B</c>) is inflated as it is read and checked against its trailer at the end; zip
/// (<c>PK\x03\x04</c>, as data.binance.vision ships klines) must hold exactly one CSV entry, checked against
/// its length and CRC-32 at the end; anything else is read as plain text.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    /// <summary>Candle CSV compresses about 2.5–4×; a size claim beyond this ratio is not used to size the columns.</summary>
    private const long MaxPlausibleRatio = 16;

    private readonly IDisposable? _owned;

    private CsvInput(Stream data, long estimatedLength, string format, string? entryName, IDisposable? owned)
    {
        Data = data;
        EstimatedLength = estimatedLength;
        Format = format;
        EntryName = entryName;
        _owned = owned;
    }

    /// <summary>The decompressed CSV bytes.</summary>
    public Stream Data { get; }

    /// <summary>About how many bytes <see cref="Data"/> will yield, or -1 when unknown (sizes the columns up front).</summary>
    public long EstimatedLength { get; }

    /// <summary><c>gzip</c>, <c>zip</c> or <c>csv</c>, for messages.</summary>
    public string Format { get; }

    /// <summary>The name of the CSV entry inside a zip, else null.</summary>
    public string? EntryName { get; }

    /// <summary>Opens <paramref name="raw"/>; a non-seekable stream is first copied to memory (compressed size).</summary>
    public static CsvInput Open(Stream raw, string file)
    {
        if (!raw.CanSeek)
        {
            var copy = new MemoryStream();
            raw.CopyTo(copy);
            copy.Position = 0;
            raw = copy;
        }
        long start = raw.Position, length = raw.Length - start;
        Span<byte> magic = stackalloc byte[4];
        int got = raw.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        raw.Position = start;
        magic = magic[..got];
        if (magic.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) return OpenGzip(raw, start, length);
        if (magic.StartsWith("PK\u0003\u0004"u8)) return OpenZip(raw, file);
        if (magic.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || magic.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new BacktestException(ErrorKind.InvalidData, $"{file}: the file is UTF-16 text; expected UTF-8 (or ASCII) CSV.", file);
        }
        return new CsvInput(raw, length, "csv", null, null);
    }

    private static CsvInput OpenGzip(Stream raw, long start, long length)
    {
        uint? trailerSize = null;
        if (length >= 18)
        {
            Span<byte> isize = stackalloc byte[4];
            raw.Seek(-4, SeekOrigin.End);
            raw.ReadExactly(isize);
            raw.Position = start;
            trailerSize = BitConverter.ToUInt32(isize);
        }
        // ISIZE is the length modulo 2^32 (smaller than the compressed size when it has wrapped) and, in a damaged
        // file, anything at all: it only sizes the columns, so it is trusted up to a ratio candle CSV never beats.
        long estimate = trailerSize is { } s && s >= length ? Math.Min(s, length * MaxPlausibleRatio) : length * 3;
        var tail = new TailTrackingStream(raw);
        var gzip = new GZipStream(tail, CompressionMode.Decompress, leaveOpen: true);
        var data = new VerifiedEndStream(gzip, computeCrc: false, (total, _) =>
        {
            tail.Drain();
            if (tail.LastUInt32 != (uint)total)
            {
                throw new InvalidDataException(
                    $"the gzip data stops after {total:N0} decompressed bytes but its trailer says {tail.LastUInt32?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"} " +
                    "(the file is cut short, damaged, or several gzip files joined together)");
            }
        });
        return new CsvInput(data, estimate, "gzip", null, null);
    }

    /// <summary>The error for compressed data that does not decompress or fails its check.</summary>
    public static BacktestException Corrupt(string file, string format, InvalidDataException cause) =>
        new(ErrorKind.InvalidData, $"{file}: the {format} data is truncated or corrupt: {cause.Message.TrimEnd('.')}.", file, cause);

    private static CsvInput OpenZip(Stream raw, string file)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(raw, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(file, "zip", ex);
        }
        try
        {
            var files = archive.Entries.Where(e => e.Name.Length > 0).ToList();
            var csv = files.Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToList();
            var entry = csv.Count == 1 ? csv[0] : files.Count == 1 ? files[0] : null;
            if (entry is null)
            {
                throw new BacktestException(ErrorKind.InvalidData,
                    $"{file}: the zip holds {files.Count} file(s) ({string.Join(", ", files.Select(e => e.FullName).Take(10))}) of which {csv.Count} end in .csv; expected exactly one CSV file.", file);
            }
            long expected = entry.Length;
            long estimate = Math.Min(expected, Math.Max(entry.CompressedLength, 1) * MaxPlausibleRatio);
            uint expectedCrc = entry.Crc32;
            var data = new VerifiedEndStream(entry.Open(), computeCrc: true, (total, crc) =>
            {
                if (total != expected) throw new InvalidDataException($"the zip entry '{entry.FullName}' yields {total:N0} bytes but the directory says {expected:N0}");
                if (crc != expectedCrc) throw new InvalidDataException($"the zip entry '{entry.FullName}' fails its CRC-32 check");
            });
            return new CsvInput(data, estimate, "zip", entry.Name, archive);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Format != "csv") Data.Dispose();
        _owned?.Dispose();
    }
}
