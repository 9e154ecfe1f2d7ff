using Altitude.Text;

namespace Altitude.Front.Parsing;

/// <summary>storage-class-specifier (C17 6.7.1).</summary>
public enum StorageClass
{
    Typedef,
    Extern,
    Static,
    ThreadLocal,
    Auto,
    Register,
}

/// <summary>One storage-class keyword with its location (several may appear: <c>static _Thread_local</c>).</summary>
public sealed record StorageClassSyntax(SourceLocation Location, StorageClass Kind) : SyntaxNode(Location);

/// <summary>type-qualifier (C17 6.7.3). A set: repeating a qualifier is allowed (C17 6.7.3p5).</summary>
[Flags]
public enum TypeQualifiers
{
    None = 0,
    Const = 1,
    Volatile = 2,
    Restrict = 4,
    /// <summary><c>_Atomic</c> used as a qualifier (not followed by a parenthesis).</summary>
    Atomic = 8,
}

/// <summary>function-specifier (C17 6.7.4).</summary>
[Flags]
public enum FunctionSpecifiers
{
    None = 0,
    Inline = 1,
    Noreturn = 2,
}

/// <summary>
/// declaration-specifiers / specifier-qualifier-list (C17 6.7, 6.7.2.1), kept as written:
/// the type specifiers are listed in source order and semantic analysis decides whether the
/// combination is valid (C17 6.7.2p2). No type specifier at all means implicit int
/// (<see cref="IsImplicitInt"/>), which the parser accepts with a warning as gcc does.
/// </summary>
public sealed record DeclarationSpecifiersSyntax(
    SourceLocation Location,
    IReadOnlyList<StorageClassSyntax> StorageClasses,
    IReadOnlyList<TypeSpecifierSyntax> TypeSpecifiers,
    TypeQualifiers Qualifiers,
    FunctionSpecifiers FunctionSpecifiers,
    IReadOnlyList<AlignasSyntax> AlignmentSpecifiers,
    IReadOnlyList<AttributeSyntax> Attributes) : SyntaxNode(Location)
{
    public bool IsImplicitInt => TypeSpecifiers.Count == 0;

    public bool Has(StorageClass kind)
    {
        foreach (var s in StorageClasses)
        {
            if (s.Kind == kind) return true;
        }
        return false;
    }
}

/// <summary>alignment-specifier (C17 6.7.5): <c>_Alignas(type-name)</c> or <c>_Alignas(constant-expression)</c>; exactly one of the two is set.</summary>
public sealed record AlignasSyntax(SourceLocation Location, ExpressionSyntax? Expression, TypeNameSyntax? Type) : SyntaxNode(Location);

/// <summary>type-specifier (C17 6.7.2).</summary>
public abstract record TypeSpecifierSyntax(SourceLocation Location) : SyntaxNode(Location);

/// <summary>The keyword type specifiers (C17 6.7.2p1 plus GNU <c>__int128</c>, <c>_Float128</c>, <c>__auto_type</c>).</summary>
public enum BasicTypeKeyword
{
    Void,
    Char,
    Short,
    Int,
    Long,
    Float,
    Double,
    Signed,
    Unsigned,
    Bool,
    Complex,
    Imaginary,
    Int128,
    Float128,
    AutoType,
}

/// <summary>A keyword type specifier such as <c>unsigned</c> or <c>long</c>.</summary>
public sealed record BasicTypeSpecifierSyntax(SourceLocation Location, BasicTypeKeyword Keyword) : TypeSpecifierSyntax(Location);

/// <summary>
/// typedef-name (C17 6.7.8). The parser treats <c>__builtin_va_list</c> as a typedef name that is
/// predeclared at file scope; semantic analysis must predeclare it too.
/// </summary>
public sealed record TypedefNameSpecifierSyntax(SourceLocation Location, string Name) : TypeSpecifierSyntax(Location);

/// <summary>
/// struct-or-union-specifier (C17 6.7.2.1). <see cref="Members"/> is null when there is no brace
/// body (<c>struct s</c> as a reference or forward declaration), empty for <c>struct s {}</c> (GNU).
/// <see cref="Attributes"/> holds attributes after the keyword and after the closing brace.
/// </summary>
public sealed record StructOrUnionSpecifierSyntax(
    SourceLocation Location,
    bool IsUnion,
    string? Tag,
    SourceLocation TagLocation,
    IReadOnlyList<MemberDeclarationSyntax>? Members,
    IReadOnlyList<AttributeSyntax> Attributes) : TypeSpecifierSyntax(Location)
{
    /// <summary>The <c>#pragma pack</c> value in force at the body's opening brace (null: none).</summary>
    public int? PragmaPack { get; init; }
}

/// <summary>A member of a struct or union body: a field declaration or a _Static_assert.</summary>
public abstract record MemberDeclarationSyntax(SourceLocation Location) : SyntaxNode(Location);

/// <summary>
/// struct-declaration: specifier-qualifier-list struct-declarator-list? ; (C17 6.7.2.1).
/// No declarators means an anonymous struct/union member (C17 6.7.2.1p13) or a useless declaration.
/// </summary>
public sealed record FieldDeclarationSyntax(
    SourceLocation Location,
    DeclarationSpecifiersSyntax Specifiers,
    IReadOnlyList<MemberDeclaratorSyntax> Declarators) : MemberDeclarationSyntax(Location);

/// <summary>struct-declarator: declarator | declarator? : constant-expression. <see cref="Declarator"/> is null for an unnamed bit-field.</summary>
public sealed record MemberDeclaratorSyntax(
    SourceLocation Location,
    DeclaratorSyntax? Declarator,
    ExpressionSyntax? BitWidth,
    IReadOnlyList<AttributeSyntax> Attributes) : SyntaxNode(Location);

/// <summary>A _Static_assert inside a struct or union body.</summary>
public sealed record MemberStaticAssertSyntax(SourceLocation Location, StaticAssertSyntax Assertion) : MemberDeclarationSyntax(Location);

/// <summary>
/// enum-specifier (C17 6.7.2.2). <see cref="Enumerators"/> is null when there is no brace body.
/// </summary>
public sealed record EnumSpecifierSyntax(
    SourceLocation Location,
    string? Tag,
    SourceLocation TagLocation,
    IReadOnlyList<EnumeratorSyntax>? Enumerators,
    IReadOnlyList<AttributeSyntax> Attributes) : TypeSpecifierSyntax(Location);

/// <summary>enumerator: enumeration-constant attributes? (= constant-expression)?</summary>
public sealed record EnumeratorSyntax(
    SourceLocation Location,
    string Name,
    ExpressionSyntax? Value,
    IReadOnlyList<AttributeSyntax> Attributes) : SyntaxNode(Location);

/// <summary>GNU <c>typeof(expression)</c> or <c>typeof(type-name)</c>; exactly one of the two is set.</summary>
public sealed record TypeofSpecifierSyntax(SourceLocation Location, ExpressionSyntax? Expression, TypeNameSyntax? Type) : TypeSpecifierSyntax(Location);

/// <summary>atomic-type-specifier: _Atomic ( type-name ) (C17 6.7.2.4).</summary>
public sealed record AtomicTypeSpecifierSyntax(SourceLocation Location, TypeNameSyntax Type) : TypeSpecifierSyntax(Location);
