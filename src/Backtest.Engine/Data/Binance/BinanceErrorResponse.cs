using System.Net;
using System.Text.Json;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Binance;

/// <summary>
/// Maps a 4xx answer (other than 418/429) to a <see cref="BacktestException"/>. Binance explains such answers in a
/// body <c>{"code":-1121,"msg":"Invalid symbol."}</c>; the code decides the kind.
/// </summary>
internal static class BinanceErrorResponse
{
    /// <summary>Binance's code for a symbol it does not list.</summary>
    public const int InvalidSymbol = -1121;

    /// <summary>Builds the exception for <paramref name="status"/> with the error body <paramref name="body"/>.</summary>
    public static BacktestException ToException(HttpStatusCode status, byte[] body, string path)
    {
        var (code, message) = Read(body);
        string detail = code is null ? $"HTTP {(int)status}" : $"HTTP {(int)status}, code {code}: {message}";
        return code switch
        {
            InvalidSymbol => new BacktestException(ErrorKind.UnknownSymbol, $"Binance does not list the requested symbol (GET {path}: {detail}).", path),
            _ when status == HttpStatusCode.Forbidden => new BacktestException(ErrorKind.Network,
                $"Binance refused GET {path} ({detail}); HTTP 403 means its web application firewall blocked the request.", path),
            _ when status == HttpStatusCode.NotFound => new BacktestException(ErrorKind.NotFound,
                $"Binance has no endpoint GET {path} ({detail}); check SpotBaseUrl / FuturesBaseUrl.", path),
            _ => new BacktestException(ErrorKind.InvalidArgument, $"Binance rejected GET {path} ({detail}).", path),
        };
    }

    private static (int? Code, string? Message) Read(byte[] body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("code", out var code) && code.TryGetInt32(out int c))
            {
                return (c, root.TryGetProperty("msg", out var msg) && msg.ValueKind == JsonValueKind.String ? msg.GetString() : null);
            }
        }
        catch (JsonException)
        {
            // Not Binance's error shape (a proxy's HTML page, say): the status alone has to do.
        }
        return (null, null);
    }
}
