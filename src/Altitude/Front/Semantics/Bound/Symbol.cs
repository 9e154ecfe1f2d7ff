using Altitude.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

public enum SymbolKind
{
    /// <summary>An object declared at file scope or with static/extern/auto/register in a block.</summary>
    Variable,
    /// <summary>A function parameter (an automatic object).</summary>
    Parameter,
    Function,
    /// <summary>An enumeration constant: <see cref="Symbol.ConstantValue"/> holds its value.</summary>
    EnumConstant,
    /// <summary>A typedef name (kept so scopes can tell ordinary identifiers apart; never referenced by expressions).</summary>
    Typedef,
    /// <summary>The unnamed object of a compound literal.</summary>
    CompoundLiteral,
}

/// <summary>C17 6.2.4 storage durations (allocated storage never has a symbol).</summary>
public enum StorageDuration
{
    None,
    Static,
    Thread,
    Automatic,
}

/// <summary>C17 6.2.2 linkages.</summary>
public enum Linkage
{
    None,
    Internal,
    External,
}

/// <summary>
/// A declared entity with a unique identity (<see cref="Id"/>; compare symbols by reference).
/// All declarations of the same entity (redeclarations, extern in a block) share one Symbol whose
/// <see cref="Type"/> is the composite type. Mutable only while the analyzer runs; read-only after.
/// </summary>
public sealed class Symbol
{
    internal Symbol(int id, string name, SymbolKind kind, CType type, SourceLocation location)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Type = type;
        Location = location;
    }

    /// <summary>Unique within the translation unit.</summary>
    public int Id { get; }
    public string Name { get; }
    public SymbolKind Kind { get; }
    /// <summary>The (composite) type of the entity.</summary>
    public CType Type { get; internal set; }
    /// <summary>Where it was first declared.</summary>
    public SourceLocation Location { get; }
    public StorageDuration Storage { get; internal set; }
    public Linkage Linkage { get; internal set; }

    /// <summary>An object or function defined in this translation unit (with a body, an initializer, or as a tentative definition at the end).</summary>
    public bool IsDefined { get; internal set; }
    /// <summary>File-scope object declared without initializer and without extern (C17 6.9.2); becomes a zero-initialised definition if never defined.</summary>
    public bool IsTentative { get; internal set; }
    /// <summary><c>&amp;x</c> was taken, or an array object decays to a pointer: the object must live in addressable memory.</summary>
    public bool IsAddressTaken { get; internal set; }
    public bool IsRegister { get; internal set; }
    public bool IsInline { get; internal set; }
    /// <summary>Some file-scope declaration lacks <c>inline</c> or says <c>extern</c>: the unit's definition is an external one (C17 6.7.4p7).</summary>
    public bool HasExternalDeclaration { get; internal set; }
    /// <summary>An inline definition (C17 6.7.4p7): it provides no external definition, so it does not clash with one in another unit.</summary>
    public bool IsInlineDefinition => Kind == SymbolKind.Function && IsInline && !HasExternalDeclaration && Linkage == Linkage.External;
    public bool IsThreadLocal => Storage == StorageDuration.Thread;
    /// <summary>Named by an expression somewhere in the unit (for "used but never defined").</summary>
    public bool IsReferenced { get; internal set; }
    /// <summary>Declared with a builtin name and never declared by the program (e.g. <c>__builtin_memcpy</c>).</summary>
    public bool IsBuiltin { get; internal set; }
    /// <summary>Alignment requested with _Alignas / aligned(N) on the declaration (0 = natural).</summary>
    public int AlignAttribute { get; internal set; }

    /// <summary>Value of an enumeration constant.</summary>
    public Int128 ConstantValue { get; internal set; }

    /// <summary>Static-storage initializer (also set for block-scope statics); null when zero-initialised or not defined here.</summary>
    public BoundInitializer? Initializer { get; internal set; }

    /// <summary>The function whose body declares this automatic object, parameter or block-scope static (null at file scope).</summary>
    public Symbol? EnclosingFunction { get; internal set; }

    public override string ToString() => $"{Name}#{Id}";
}

/// <summary>A label in a function (C17 6.2.1p3: function scope), or a GNU <c>__label__</c> local label.</summary>
public sealed class LabelSymbol(int id, string name, SourceLocation location)
{
    public int Id { get; } = id;
    public string Name { get; } = name;
    /// <summary>Location of the first use or of the definition.</summary>
    public SourceLocation Location { get; } = location;
    public bool IsDefined { get; internal set; }
    /// <summary>Used by <c>&amp;&amp;label</c>.</summary>
    public bool IsAddressTaken { get; internal set; }

    public override string ToString() => $"{Name}:{Id}";
}

/// <summary>A string literal object: its bytes (element-size units, terminating NUL included) and a unique identity.</summary>
public sealed class StringLiteralSymbol(int id, CType elementType, byte[] bytes, SourceLocation location)
{
    public int Id { get; } = id;
    /// <summary>char, wchar_t (int), char16_t (unsigned short) or char32_t (unsigned int).</summary>
    public CType ElementType { get; } = elementType;
    /// <summary>Little-endian encoded contents including the terminating null character.</summary>
    public byte[] Bytes { get; } = bytes;
    public SourceLocation Location { get; } = location;
    public long Length => Bytes.Length / Math.Max(1, TypeLayout.SizeOf(ElementType));
    public ArrayType Type => new(ElementType, Length);
}
