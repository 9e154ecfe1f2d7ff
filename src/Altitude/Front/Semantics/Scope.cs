using System.Runtime.CompilerServices;
using Altitude.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

/// <summary>C17 6.2.1p4 scope kinds (function scope — labels — lives in the function context).</summary>
internal enum ScopeKind
{
    File,
    Block,
    Prototype,
}

/// <summary>A tag declaration visible in a scope: a struct/union or an enum.</summary>
internal sealed record TagEntry(RecordDecl? Record, EnumDecl? Enum, SourceLocation Location)
{
    public string KindName => Record is not null ? Record.KindName : "enum";
}

/// <summary>
/// One scope with its two name spaces that scopes carry (C17 6.2.3): tags and ordinary
/// identifiers (objects, functions, typedef names, enumeration constants). Labels have function
/// scope and members belong to their record, so neither lives here.
/// </summary>
internal sealed class Scope(ScopeKind kind, Scope? parent)
{
    public ScopeKind Kind { get; } = kind;
    public Scope? Parent { get; } = parent;

    /// <summary>The VLA chain when this scope was entered, restored when it is left.</summary>
    public VlaScope? SavedVlas { get; init; }

    private Dictionary<string, Symbol>? _ordinary;
    private Dictionary<string, TagEntry>? _tags;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Symbol? LookupLocal(string name) => _ordinary is not null && _ordinary.TryGetValue(name, out var s) ? s : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Symbol? Lookup(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            var found = s.LookupLocal(name);
            if (found is not null) return found;
        }
        return null;
    }

    public void Declare(string name, Symbol symbol) => (_ordinary ??= new(StringComparer.Ordinal))[name] = symbol;

    public TagEntry? LookupTagLocal(string name) => _tags is not null && _tags.TryGetValue(name, out var t) ? t : null;

    public TagEntry? LookupTag(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            var found = s.LookupTagLocal(name);
            if (found is not null) return found;
        }
        return null;
    }

    public void DeclareTag(string name, TagEntry entry) => (_tags ??= new(StringComparer.Ordinal))[name] = entry;
}
