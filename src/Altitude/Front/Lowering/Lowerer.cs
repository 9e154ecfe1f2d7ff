using System.Collections.Immutable;
using Altitude.Diagnostics;
using Altitude.Front.Semantics;
using Altitude.Sexpcode;
using Altitude.Text;
using Altitude.Types;
using SexpNode = Altitude.Sexpcode.Sexp;

namespace Altitude.Front.Lowering;

/// <summary>
/// Lowers the semantic analyser's bound tree to sexpcode (docs/sexpcode.md): one <c>unit</c> with
/// its file table, every struct/union/enum, the objects of static storage duration with their
/// initializers as data, and the functions with control flow turned into labels and gotos.
/// Member access, indexing, sizeof and pointer arithmetic stay symbolic; every sexp that can fail
/// carries its location.
/// </summary>
public sealed partial class Lowerer
{
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, int> _files = new(StringComparer.Ordinal);
    private readonly List<string> _fileList = [];

    // Names of globals, functions and block-scope statics (which get unique names).
    private readonly Dictionary<Symbol, string> _globalNames = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _usedGlobalNames = new(StringComparer.Ordinal);
    // Globals referenced by the code that the unit neither defines nor declares.
    private readonly List<Symbol> _referencedGlobals = [];
    private readonly HashSet<Symbol> _referencedSet = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Symbol> _knownGlobals = new(ReferenceEqualityComparer.Instance);

    private Lowerer(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    /// <summary>Lowers one analysed translation unit to a <c>unit</c> sexp. Problems are reported as SXP040 diagnostics.</summary>
    public static SexpNode Lower(BoundTranslationUnit unit, DiagnosticBag diagnostics) => new Lowerer(diagnostics).LowerUnit(unit);

    /// <summary>Lowers and wraps one unit in a <c>program</c>.</summary>
    public static SexpNode LowerProgram(IEnumerable<BoundTranslationUnit> units, DiagnosticBag diagnostics) =>
        SexpNode.Make(SexpTag.Program, units.Select(u => (SexpChild)Lower(u, diagnostics)));

    private SexpNode LowerUnit(BoundTranslationUnit unit)
    {
        var mainFile = unit.Location.IsNone ? "" : unit.Location.File;
        if (mainFile.Length > 0) FileIndex(mainFile);

        // Names first, so that references to globals declared later resolve to the same names.
        foreach (var f in unit.Functions) NameGlobal(f.Symbol);
        foreach (var g in unit.Globals) NameGlobal(g);
        foreach (var g in unit.ExternalDeclarations) NameGlobal(g);
        foreach (var c in unit.CompoundLiterals) NameGlobal(c);
        foreach (var s in unit.Functions.SelectMany(f => f.StaticLocals)) NameGlobal(s);
        foreach (var f in unit.Functions) NameLabels(f);
        foreach (var r in unit.Records) RecordId(r);
        foreach (var e in unit.Enums) EnumId(e);

        var globals = new List<SexpChild>();
        foreach (var g in unit.Globals) AddGuarded(globals, g.Location, () => LowerVariable(g));
        foreach (var c in unit.CompoundLiterals)
        {
            if (!_knownGlobals.Contains(c)) AddGuarded(globals, c.Location, () => LowerVariable(c));
        }
        var functions = new List<SexpChild>();
        foreach (var f in unit.Functions)
        {
            _knownGlobals.Add(f.Symbol);
            AddGuarded(functions, f.Location, () => LowerFunction(f));
        }
        // Declarations the program never uses (most of a header's) would only bloat the unit.
        foreach (var d in unit.ExternalDeclarations)
        {
            if (d.IsReferenced && _knownGlobals.Add(d)) globals.Add(Declaration(d));
        }
        // Anything the code used that the unit did not list (a builtin, an implicitly declared function).
        foreach (var s in _referencedGlobals)
        {
            if (_knownGlobals.Add(s)) globals.Add(Declaration(s));
        }

        var types = LowerTypesSection();
        return SexpNode.Make(SexpTag.Unit,
            mainFile,
            SexpNode.Make(SexpTag.Files, _fileList.Select(f => (SexpChild)f)),
            types,
            SexpNode.Make(SexpTag.Globals, globals),
            SexpNode.Make(SexpTag.Functions, functions));
    }

    /// <summary>
    /// Lowers one global or function; a fault of the lowering itself (a bound tree shape it does not
    /// expect) becomes a located SXP040 diagnostic and the item is left out, never an exception.
    /// </summary>
    private void AddGuarded(List<SexpChild> into, SourceLocation location, Func<SexpNode> lower)
    {
        try
        {
            into.Add(lower());
        }
        catch (Exception ex) when (ex is not FatalDiagnosticException)
        {
            _function = null;
            _depth = 0;
            Unsupported(location, $"this declaration (internal error: {ex.Message})");
        }
    }

    // Locations of neighbouring nodes almost always name the same file object: skip the hash lookup.
    private string? _lastFile;
    private int _lastFileIndex;

    private int FileIndex(string file)
    {
        if (ReferenceEquals(file, _lastFile)) return _lastFileIndex;
        var index = FileIndexSlow(file);
        _lastFile = file;
        _lastFileIndex = index;
        return index;
    }

    private int FileIndexSlow(string file)
    {
        if (_files.TryGetValue(file, out var index)) return index;
        index = _fileList.Count;
        if (index > SexpLocation.MaxFile) return SexpLocation.MaxFile;
        _files.Add(file, index);
        _fileList.Add(file);
        return index;
    }

    /// <summary>The sexpcode location of a source location, or null when there is none.</summary>
    /// <summary>(declare NAME TYPE), located where the name was declared: the linker names that place when nothing defines it.</summary>
    private SexpNode Declaration(Symbol s)
    {
        var children = new List<SexpChild>();
        if (Loc(s.Location) is { } loc) children.Add(loc);
        children.Add(NameGlobal(s));
        children.Add(Type(s.Type));
        return SexpNode.Make(SexpTag.Declare, children);
    }

    private SexpLocation? Loc(SourceLocation location) =>
        location.IsNone ? null : new SexpLocation(FileIndex(location.File), location.Line, location.Column);

    private void Unsupported(SourceLocation location, string what) => _diagnostics.Report(SexpErrors.Unsupported, location, what);

    // ---- names of globals

    private string NameGlobal(Symbol symbol)
    {
        if (_globalNames.TryGetValue(symbol, out var name)) return name;
        // Objects and functions with linkage keep their C name (the linker matches them by it);
        // block-scope statics and compound literals get a name no C identifier can have.
        var wanted = symbol.Kind == SymbolKind.CompoundLiteral
            ? $"cl.{symbol.Id}"
            : symbol.Linkage == Linkage.None && symbol.EnclosingFunction is { } f
                ? $"{f.Name}.{symbol.Name}"
                : symbol.Name;
        name = wanted;
        if (!_usedGlobalNames.Add(name))
        {
            name = $"{wanted}.{symbol.Id}";
            _usedGlobalNames.Add(name);
        }
        _globalNames[symbol] = name;
        return name;
    }

    /// <summary>The name of a global the code refers to; remembered so that the unit declares it.</summary>
    private string GlobalName(Symbol symbol)
    {
        if (_referencedSet.Add(symbol)) _referencedGlobals.Add(symbol);
        return NameGlobal(symbol);
    }

    // ---- labels: named per function up front, so that a static initializer (&&label) can name them too

    private readonly Dictionary<LabelSymbol, string> _labelNames = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LabelSymbol, Symbol> _labelFunctions = new(ReferenceEqualityComparer.Instance);

    private void NameLabels(BoundFunction function)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in OrEmpty(function.Labels))
        {
            NameLabel(label, used);
            _labelFunctions[label] = function.Symbol;
        }
    }

    /// <summary>C labels keep their name; a second GNU local label of the same name gets its id (made-up labels contain a '.', C ones cannot).</summary>
    private string NameLabel(LabelSymbol label, HashSet<string> used)
    {
        var name = label.Name;
        if (!used.Add(name))
        {
            name = $"{label.Name}.{label.Id}";
            used.Add(name);
        }
        _labelNames[label] = name;
        return name;
    }

    // ---- globals section

    private SexpNode LowerVariable(Symbol symbol)
    {
        _knownGlobals.Add(symbol);
        var children = new List<SexpChild>();
        if (Loc(symbol.Location) is { } loc) children.Add(loc);
        children.Add(NameGlobal(symbol));
        children.Add(SexpNode.Atom(symbol.Linkage == Linkage.External ? SexpTag.External : SexpTag.Internal));
        children.Add(Type(symbol.Type));
        if (symbol.Initializer is { } init) children.Add(LowerInitializer(init));
        if (symbol.AlignAttribute > 0) children.Add(SexpNode.Make(SexpTag.Aligned, symbol.AlignAttribute));
        if (symbol.IsThreadLocal) children.Add(SexpNode.Atom(SexpTag.ThreadLocal));
        return SexpNode.Make(SexpTag.Variable, children);
    }

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> a) => a.IsDefault ? [] : a;
}
