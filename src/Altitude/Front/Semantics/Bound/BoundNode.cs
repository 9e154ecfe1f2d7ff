using System.Collections.Immutable;
using Altitude.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

/// <summary>Base of the bound tree: the fully typed, resolved output of semantic analysis.</summary>
public abstract record BoundNode(SourceLocation Location);

/// <summary>
/// The analysed translation unit. <see cref="Globals"/> are the objects with static (or thread) storage
/// defined here — file scope and block-scope statics — each with its <see cref="Symbol.Initializer"/>
/// (null: zero-initialised): initialised ones in order of definition, then tentative definitions
/// completed at the end of the unit (C17 6.9.2); <see cref="Functions"/>
/// the function definitions; <see cref="Records"/> every struct/union declared (complete or not)
/// and <see cref="Enums"/> every enumeration, in order of appearance; <see cref="StringLiterals"/>
/// every string literal object; <see cref="CompoundLiterals"/> the file-scope compound literal objects.
/// <see cref="ExternalDeclarations"/> lists functions and objects declared but not defined here.
/// </summary>
public sealed record BoundTranslationUnit(
    SourceLocation Location,
    ImmutableArray<Symbol> Globals,
    ImmutableArray<BoundFunction> Functions,
    ImmutableArray<Symbol> ExternalDeclarations,
    ImmutableArray<RecordDecl> Records,
    ImmutableArray<EnumDecl> Enums,
    ImmutableArray<StringLiteralSymbol> StringLiterals,
    ImmutableArray<Symbol> CompoundLiterals) : BoundNode(Location);

/// <summary>
/// A function definition: its symbol, parameters in order (symbols of kind Parameter), body, every
/// automatic object declared in it (<see cref="Locals"/>, parameters excluded; includes compound
/// literal objects at block scope), its block-scope statics, and its labels.
/// </summary>
public sealed record BoundFunction(
    SourceLocation Location,
    Symbol Symbol,
    ImmutableArray<Symbol> Parameters,
    BoundBlock Body,
    ImmutableArray<Symbol> Locals,
    ImmutableArray<Symbol> StaticLocals,
    ImmutableArray<LabelSymbol> Labels) : BoundNode(Location)
{
    public FunctionType Type => (FunctionType)Symbol.Type;
}
