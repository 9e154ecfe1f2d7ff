using System.Collections.Immutable;
using Altitude.Diagnostics;
using Altitude.Front.Parsing;
using Altitude.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

/// <summary>
/// Semantic analysis of one translation unit: resolves names, builds types, checks every constraint
/// it can, and produces the bound tree. Split over partial files by topic (types, declarations,
/// expressions, conversions, constants, initializers, statements, builtins).
/// </summary>
internal sealed partial class Binder
{
    private readonly DiagnosticBag _diagnostics;
    private readonly SemanticOptions _options;
    private readonly Scope _fileScope = new(ScopeKind.File, null);
    private Scope _scope;
    private FunctionContext? _function;
    private int _depth;
    private bool _reportedDepth;
    private int _nextSymbolId = 1;
    private int _nextTypeId = 1;

    private readonly List<Symbol> _globals = [];
    private readonly HashSet<Symbol> _globalSet = [];
    private readonly List<BoundFunction> _functions = [];
    private readonly List<RecordDecl> _records = [];
    private readonly List<EnumDecl> _enums = [];
    private readonly List<StringLiteralSymbol> _strings = [];
    private readonly List<Symbol> _fileCompoundLiterals = [];
    /// <summary>Every entity with linkage by name (C17 6.2.2): block-scope externs refer to these too.</summary>
    private readonly Dictionary<string, Symbol> _linked = new(StringComparer.Ordinal);
    private readonly List<Symbol> _linkedOrder = [];

    public Binder(DiagnosticBag diagnostics, SemanticOptions options)
    {
        _diagnostics = diagnostics;
        _options = options;
        _scope = _fileScope;
        DeclarePredefined();
    }

    /// <summary>
    /// Reports a diagnostic. Pedantic warnings (constraint violations gcc only warns about) become
    /// errors in the bag under -pedantic-errors.
    /// </summary>
    private void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        _diagnostics.Report(descriptor, location, args);

    /// <summary>A constraint violation gcc accepts silently as an extension: an error only under PedanticErrors.</summary>
    private void Pedantic(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
    {
        if (_options.PedanticErrors) Report(descriptor, location, args);
    }

    private Symbol NewSymbol(string name, SymbolKind kind, CType type, SourceLocation location) =>
        new(_nextSymbolId++, name, kind, type, location);

    /// <summary>Guards recursion over user-controlled nesting; false (with one error) when too deep.</summary>
    private bool Enter(SourceLocation location)
    {
        if (++_depth <= _options.MaxNestingDepth) return true;
        if (!_reportedDepth)
        {
            _reportedDepth = true;
            Report(SemanticErrors.NestingTooDeep, location, _options.MaxNestingDepth);
        }
        return false;
    }

    private void Leave() => _depth--;

    private void PushScope(ScopeKind kind) => _scope = new Scope(kind, _scope) { SavedVlas = _function?.Vlas };

    private void PopScope()
    {
        if (_function is not null) _function.Vlas = _scope.SavedVlas;
        _scope = _scope.Parent ?? _fileScope;
    }

    /// <summary>__builtin_va_list is a predeclared typedef: gcc's x86-64 <c>struct __va_list_tag[1]</c> (24 bytes).</summary>
    private void DeclarePredefined()
    {
        var tag = new RecordDecl("__va_list_tag", false, SourceLocation.None, _nextTypeId++);
        tag.Complete([
            new Field("gp_offset", BasicType.UInt, null, SourceLocation.None),
            new Field("fp_offset", BasicType.UInt, null, SourceLocation.None),
            new Field("overflow_arg_area", TypeRules.VoidPointer(), null, SourceLocation.None),
            new Field("reg_save_area", TypeRules.VoidPointer(), null, SourceLocation.None),
        ], false, 0);
        _records.Add(tag);
        VaListTag = tag;
        var vaList = new ArrayType(new RecordType(tag), 1).WithTypedefName("__builtin_va_list");
        VaListType = vaList;
        var sym = NewSymbol("__builtin_va_list", SymbolKind.Typedef, vaList, SourceLocation.None);
        _fileScope.Declare("__builtin_va_list", sym);
        // gcc predeclares these typedef names.
        _fileScope.Declare("__int128_t", NewSymbol("__int128_t", SymbolKind.Typedef, BasicType.Int128, SourceLocation.None));
        _fileScope.Declare("__uint128_t", NewSymbol("__uint128_t", SymbolKind.Typedef, BasicType.UInt128, SourceLocation.None));
    }

    internal RecordDecl VaListTag { get; private set; } = null!;
    internal CType VaListType { get; private set; } = null!;

    /// <summary>translation-unit: external-declaration+ (C17 6.9).</summary>
    public BoundTranslationUnit BindTranslationUnit(TranslationUnitSyntax unit)
    {
        foreach (var d in unit.Declarations)
        {
            if (_diagnostics.ReachedErrorLimit) break;
            try
            {
                BindExternalDeclaration(d);
            }
            catch (Exception ex) when (ex is not FatalDiagnosticException)
            {
                // An invariant of ours broke: report it where it happened instead of crashing the user.
                Report(SemanticErrors.InternalError, d.Location, ex.Message);
                _scope = _fileScope;
                _function = null;
                _depth = 0;
            }
        }
        FinishTentativeDefinitions();
        foreach (var s in _linkedOrder)
            if (s.Kind == SymbolKind.Function && s.Linkage == Linkage.Internal && s.IsReferenced && !s.IsDefined)
                Report(SemanticErrors.UsedButNeverDefined, s.Location, s.Name);
        var externals = ImmutableArray.CreateBuilder<Symbol>();
        foreach (var s in _linkedOrder)
            if (!s.IsDefined && !s.IsBuiltin) externals.Add(s);
        return new BoundTranslationUnit(unit.Location, [.. _globals], [.. _functions], externals.ToImmutable(),
            [.. _records], [.. _enums], [.. _strings], [.. _fileCompoundLiterals]);
    }

    private void BindExternalDeclaration(ExternalDeclarationSyntax d)
    {
        switch (d)
        {
            case FunctionDefinitionSyntax f:
                BindFunctionDefinition(f);
                break;
            case DeclarationSyntax decl:
                BindDeclaration(decl, null);
                break;
            case StaticAssertSyntax sa:
                BindStaticAssert(sa);
                break;
            case EmptyDeclarationSyntax:
                break;
            case AsmDeclarationSyntax asm:
                Report(SemanticErrors.InlineAssembly, asm.Location);
                break;
        }
    }

    /// <summary>C17 6.9.2p2: a tentative definition never completed becomes a definition with initializer 0.</summary>
    private void FinishTentativeDefinitions()
    {
        foreach (var s in _linkedOrder.Concat(_globals).Distinct())
        {
            if (s.Kind != SymbolKind.Variable || s.IsDefined || !s.IsTentative) continue;
            if (s.Type is ArrayType { Length: null, IsVla: false } a)
            {
                Report(SemanticErrors.ArrayAssumedOneElement, s.Location, s.Name);
                s.Type = new ArrayType(a.Element, 1).WithQualifiers(a.Qualifiers);
            }
            else if (!s.Type.IsComplete)
            {
                Report(SemanticErrors.IncompleteVariable, s.Location, s.Name);
            }
            s.IsDefined = true;
            AddGlobal(s);
        }
    }

    private void AddGlobal(Symbol s)
    {
        if (_globalSet.Add(s)) _globals.Add(s);
    }

    /// <summary>static_assert-declaration (C17 6.7.10).</summary>
    private void BindStaticAssert(StaticAssertSyntax sa)
    {
        var cond = BindExpression(sa.Condition);
        var value = RequireIntegerConstant(cond, sa.Condition.Location, "expression in static assertion");
        if (value is { } v && v == 0)
        {
            string msg = "";
            if (sa.Message is not null)
            {
                var (_, bytes) = DecodeString(sa.Message);
                msg = ": \"" + System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Max(0, bytes.Length - 1)) + "\"";
            }
            Report(SemanticErrors.StaticAssertFailed, sa.Location, msg);
        }
    }
}
