using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// YAML text to a <see cref="ConfigNode"/> tree, from the parser's events so that every node keeps its line and a
/// duplicate key is caught with both lines (YamlDotNet's representation model would throw without saying where the
/// first one was). One document per file; anchors and aliases are followed; tags are ignored.
/// </summary>
internal static class YamlConfigParser
{
    /// <summary>Parses <paramref name="text"/>; null for a document with no content (empty or only comments).</summary>
    /// <exception cref="Errors.BacktestException">Malformed YAML (InvalidData with the line), a duplicate key or a second document.</exception>
    public static ConfigNode? Parse(string text, string file)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, ConfigNode>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, anchors, file, "");
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                throw ConfigError.Malformed(file, Line(second.Start), "a config file holds one YAML document; remove the second '---'");
            }
            return root is ConfigScalar { IsNull: true } ? null : root;
        }
        catch (YamlException ex)
        {
            throw ConfigError.Malformed(file, Line(ex.Start), $"not valid YAML: {Reason(ex)}", ex);
        }
    }

    private static ConfigNode ReadNode(IParser parser, Dictionary<string, ConfigNode> anchors, string file, string path)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target) ? target
                : throw ConfigError.Malformed(file, Line(alias.Start), $"unknown alias '*{alias.Value.Value}'");
        }
        ConfigNode node;
        string anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            bool plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
            bool isNull = plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
            node = new ConfigScalar(Line(scalar.Start), isNull ? "" : scalar.Value, !plain, isNull);
            anchor = scalar.Anchor.IsEmpty ? "" : scalar.Anchor.Value;
        }
        else if (parser.TryConsume<SequenceStart>(out var sequence))
        {
            var items = new List<ConfigNode>();
            while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser, anchors, file, $"{path}[{items.Count}]"));
            node = new ConfigList(Line(sequence.Start), items);
            anchor = sequence.Anchor.IsEmpty ? "" : sequence.Anchor.Value;
        }
        else
        {
            var mapping = parser.Consume<MappingStart>();
            node = new ConfigMap(Line(mapping.Start), ReadEntries(parser, anchors, file, path));
            anchor = mapping.Anchor.IsEmpty ? "" : mapping.Anchor.Value;
        }
        if (anchor.Length > 0) anchors[anchor] = node;
        return node;
    }

    private static List<ConfigEntry> ReadEntries(IParser parser, Dictionary<string, ConfigNode> anchors, string file, string path)
    {
        var entries = new List<ConfigEntry>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current;
            var keyNode = ReadNode(parser, anchors, file, path);
            int line = Line(keyEvent!.Start);
            if (keyNode is not ConfigScalar key) throw ConfigError.Malformed(file, line, $"{(path.Length > 0 ? path + ": " : "")}a key must be a word, not {keyNode.Describe()}");
            string childPath = path.Length == 0 ? key.Text : $"{path}.{key.Text}";
            var value = ReadNode(parser, anchors, file, childPath);
            ConfigDuplicates.Check(entries, key.Text, line, file, path);
            entries.Add(new ConfigEntry(key.Text, line, value));
        }
        return entries;
    }

    private static int Line(Mark mark) => mark.Line > int.MaxValue ? 0 : (int)mark.Line;

    // YamlDotNet prefixes its messages with the position, which the prefix already gives.
    private static string Reason(YamlException ex)
    {
        string message = ex.Message;
        int close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
