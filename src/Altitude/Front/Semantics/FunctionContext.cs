using Altitude.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

/// <summary>The state of the function whose body is being analysed.</summary>
internal sealed class FunctionContext(Symbol symbol, FunctionType type)
{
    public Symbol Symbol { get; } = symbol;
    public FunctionType Type { get; } = type;
    public Dictionary<string, LabelSymbol> Labels { get; } = new(StringComparer.Ordinal);
    public List<(LabelSymbol Label, SourceLocation Location)> Gotos { get; } = [];
    public List<Symbol> Locals { get; } = [];
    public List<Symbol> StaticLocals { get; } = [];
    public int LoopDepth { get; set; }
    public int BreakableDepth { get; set; }
    public Stack<SwitchContext> Switches { get; } = new();
}

/// <summary>The switch statement whose body is being analysed: its promoted type and the labels found so far.</summary>
internal sealed class SwitchContext(CType type)
{
    public CType Type { get; } = type;
    public List<SwitchCase> Cases { get; } = [];
    public bool HasDefault { get; set; }
}
