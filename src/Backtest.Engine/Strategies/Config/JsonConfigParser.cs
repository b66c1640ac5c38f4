using System.Text;
using System.Text.Json;

namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// JSON text to a <see cref="ConfigNode"/> tree with line numbers (taken from each token's byte offset), comments and
/// trailing commas allowed as in the options files read before. Duplicate keys are refused with both lines.
/// </summary>
internal static class JsonConfigParser
{
    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="Errors.BacktestException">Malformed JSON (InvalidData with the line) or a duplicate key.</exception>
    public static ConfigNode Parse(string text, string file)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineIndex(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read()) throw ConfigError.Malformed(file, 1, "the file is empty; expected a backtest config");
            var root = ReadValue(ref reader, lines, file, "");
            if (reader.Read()) throw ConfigError.Malformed(file, lines.At(reader.TokenStartIndex), "unexpected text after the end of the JSON document");
            return root;
        }
        catch (JsonException ex)
        {
            int line = ex.LineNumber is { } l ? (int)l + 1 : 0;
            string reason = ex.Message.Split(" LineNumber:", 2)[0].TrimEnd();
            throw ConfigError.Malformed(file, line, $"not valid JSON: {reason}", ex);
        }
    }

    private static ConfigNode ReadValue(ref Utf8JsonReader reader, LineIndex lines, string file, string path)
    {
        int line = lines.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<ConfigEntry>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string key = reader.GetString()!;
                    int keyLine = lines.At(reader.TokenStartIndex);
                    reader.Read();
                    var value = ReadValue(ref reader, lines, file, path.Length == 0 ? key : $"{path}.{key}");
                    ConfigDuplicates.Check(entries, key, keyLine, file, path);
                    entries.Add(new ConfigEntry(key, keyLine, value));
                }
                return new ConfigMap(line, entries);
            case JsonTokenType.StartArray:
                var items = new List<ConfigNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref reader, lines, file, $"{path}[{items.Count}]"));
                return new ConfigList(line, items);
            case JsonTokenType.String:
                return new ConfigScalar(line, reader.GetString()!, isString: true, isNull: false);
            case JsonTokenType.Null:
                return new ConfigScalar(line, "", isString: false, isNull: true);
            default:
                // Numbers and booleans keep their text exactly as written (no round trip through double).
                return new ConfigScalar(line, Encoding.UTF8.GetString(reader.ValueSpan), isString: false, isNull: false);
        }
    }

    /// <summary>Byte offset to 1-based line number.</summary>
    private sealed class LineIndex
    {
        private readonly List<long> _starts = [0];

        public LineIndex(byte[] bytes)
        {
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n') _starts.Add(i + 1);
            }
        }

        public int At(long offset)
        {
            int index = _starts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }
}
