using Altitude.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

/// <summary>The state of the function whose body is being analysed.</summary>
internal sealed class FunctionContext(Symbol symbol, FunctionType type)
{
    public Symbol Symbol { get; } = symbol;
    public FunctionType Type { get; } = type;
    public Dictionary<string, LabelSymbol> Labels { get; } = new(StringComparer.Ordinal);
    /// <summary>GNU <c>__label__</c> scopes, innermost last: local labels shadow the function's labels.</summary>
    public List<Dictionary<string, LabelSymbol>> LocalLabelScopes { get; } = [];
    /// <summary>Every label of the function, local ones included, in order of first appearance.</summary>
    public List<LabelSymbol> AllLabels { get; } = [];
    public List<(LabelSymbol Label, SourceLocation Location, VlaScope? Vlas)> Gotos { get; } = [];
    /// <summary>The variably modified declarations in scope at the current point (innermost first).</summary>
    public VlaScope? Vlas { get; set; }
    /// <summary>The VLAs in scope where each label is defined.</summary>
    public Dictionary<LabelSymbol, VlaScope?> LabelVlas { get; } = [];
    public List<Symbol> Locals { get; } = [];
    public List<Symbol> StaticLocals { get; } = [];
    public int LoopDepth { get; set; }
    public int BreakableDepth { get; set; }
    public Stack<SwitchContext> Switches { get; } = new();
}

/// <summary>A link in the chain of variably modified declarations in scope (shared tails: blocks push, block exit restores).</summary>
internal sealed record VlaScope(Symbol Declaration, VlaScope? Outer)
{
    /// <summary>True when <paramref name="inner"/> (the chain at a jump target) adds no VLA to this chain (the chain at the jump).</summary>
    public static bool Covers(VlaScope? atJump, VlaScope? atTarget)
    {
        if (atTarget is null) return true;
        for (var v = atJump; v is not null; v = v.Outer)
            if (ReferenceEquals(v, atTarget)) return true;
        return false;
    }
}

/// <summary>The switch statement whose body is being analysed: its promoted type and the labels found so far.</summary>
internal sealed class SwitchContext(CType type, VlaScope? vlas)
{
    public VlaScope? Vlas { get; } = vlas;
    public CType Type { get; } = type;
    public List<SwitchCase> Cases { get; } = [];
    public bool HasDefault { get; set; }
}
