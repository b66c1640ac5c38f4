namespace Backtest.Engine.Data.Csv;

/// <summary>Field-level byte handling shared by the layout detector and the row parser.</summary>
internal static class CsvField
{
    /// <summary>Removes surrounding blanks and one pair of surrounding double quotes.</summary>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field)
    {
        field = field.Trim(" \t"u8);
        if (field.Length >= 2 && field[0] == (byte)'"' && field[^1] == (byte)'"') field = field[1..^1].Trim(" \t"u8);
        return field;
    }

    /// <summary>True when the field needs <see cref="Trim"/> (the fast path skips it otherwise).</summary>
    public static bool NeedsTrim(ReadOnlySpan<byte> field) =>
        field.Length > 0 && (field[0] is (byte)' ' or (byte)'\t' or (byte)'"' || field[^1] is (byte)' ' or (byte)'\t' or (byte)'"');

    /// <summary>The field as text for an error message, shortened when long.</summary>
    public static string Show(ReadOnlySpan<byte> field)
    {
        const int Max = 60;
        string text = System.Text.Encoding.UTF8.GetString(field.Length > Max ? field[..Max] : field);
        return field.Length > Max ? text + "…" : text;
    }
}
