namespace Backtest.Engine.Strategies;

/// <summary>The account as a strategy sees it at a bar's close, before its decision.</summary>
/// <param name="Index">The bar that just closed.</param>
/// <param name="Position">Signed base units held: above 0 long, below 0 short, 0 flat.</param>
/// <param name="Cash">Cash in the quote currency.</param>
/// <param name="Equity">Cash plus the position marked at this close.</param>
/// <param name="EntryPrice">Fill price of the open position's entry, NaN when flat.</param>
/// <param name="EntryBar">Bar of the open position's entry, −1 when flat.</param>
/// <param name="Entries">Entries this symbol has filled so far, a position opened and closed within one bar included
/// (in a portfolio, the cash moves with every symbol's fills; this counts this symbol's own).</param>
public readonly record struct BarState(int Index, double Position, double Cash, double Equity, double EntryPrice, int EntryBar, int Entries = 0);
