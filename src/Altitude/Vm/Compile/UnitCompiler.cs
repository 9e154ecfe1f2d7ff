using Altitude.Memory;
using Altitude.Sexpcode;
using Altitude.Text;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Compile;

/// <summary>Compiles one sexpcode unit: its globals (blobs and initialisers) and functions.</summary>
internal sealed class UnitCompiler
{
    private readonly Machine _m;
    private readonly Sexp _unit;
    private readonly ProgramLoader _loader;
    private readonly string[] _files;
    internal readonly TypeResolver Types;
    private readonly Dictionary<string, GlobalSymbol> _scope = new(StringComparer.Ordinal);
    private readonly List<(GlobalSymbol Symbol, Sexp Init)> _initialisers = [];
    private readonly List<(VmFunction Function, Sexp Definition)> _functions = [];

    public UnitCompiler(Machine m, Sexp unit, ProgramLoader loader)
    {
        _m = m;
        _unit = unit;
        _loader = loader;
        var files = Section(SexpTag.Files);
        _files = new string[files?.Args.Length ?? 0];
        for (var i = 0; i < _files.Length; i++) _files[i] = files!.Args[i].AsString;
        Types = new TypeResolver(Section(SexpTag.Types) ?? Sexp.Atom(SexpTag.Types));
    }

    private Sexp? Section(SexpTag tag)
    {
        foreach (var c in _unit.Args) if (c.SexpOrNull is { } s && s.Tag == tag) return s;
        return null;
    }

    public SourceLocation Location(Sexp s)
    {
        if (s.Location is not { } l) return SourceLocation.None;
        var file = l.File < _files.Length ? _files[l.File] : "?";
        return new SourceLocation(file, l.Line, l.Column, -1);
    }

    private readonly Dictionary<(string Function, string Label), Blob> _labelBlobs = [];

    /// <summary>The blob standing for GNU &amp;&amp;label of a function of this unit (created on first use).</summary>
    public Blob LabelBlob(string function, string label)
    {
        if (_labelBlobs.TryGetValue((function, label), out var blob)) return blob;
        blob = _m.Memory.AllocateFunction($"{function}:&&{label}", SourceLocation.None);
        _labelBlobs[(function, label)] = blob;
        return blob;
    }

    public IEnumerable<(string Label, Blob Blob)> LabelBlobsOf(string function)
    {
        foreach (var ((f, label), blob) in _labelBlobs)
        {
            if (f == function) yield return (label, blob);
        }
    }

    public GlobalSymbol Symbol(string name) =>
        _scope.TryGetValue(name, out var s) ? s : throw new UnsupportedException($"reference to undeclared global '{name}'");

    /// <summary>Phase 1: symbols, blobs for objects, function objects.</summary>
    public void Declare()
    {
        foreach (var c in (Section(SexpTag.Globals) ?? Sexp.Atom(SexpTag.Globals)).Args)
        {
            var g = c.AsSexp;
            var name = g.StringArg(0);
            if (g.Tag == SexpTag.Declare)
            {
                var type = Types.Resolve(g.Arg(1));
                var s = _scope.TryGetValue(name, out var existing) ? existing : _loader.External(name);
                s.Type ??= type;
                s.IsFunction = type.Kind == ValueKind.Function;
                if (s.Site.IsNone) s.Site = Location(g);
                _scope[name] = s;
                continue;
            }
            // (variable NAME linkage TYPE INIT? attrs*)
            var internalLinkage = g.Arg(1).Tag == SexpTag.Internal;
            var vtype = Types.Resolve(g.Arg(2));
            Sexp? init = null;
            long align = vtype.Align;
            for (var i = 3; i < g.Args.Length; i++)
            {
                var a = g.Arg(i);
                if (a.Tag == SexpTag.Aligned) align = Math.Max(align, a.Args[0].AsInteger);
                else if (a.Tag != SexpTag.ThreadLocal) init = a;
            }
            var sym = internalLinkage ? new GlobalSymbol(name) : _loader.External(name);
            if (sym.Defined && sym.Blob is not null)
            {
                // One external definition per name (6.9p5); like gcc 10 and later (-fno-common),
                // two tentative definitions in different units are two definitions too.
                _loader.ReportDuplicate(sym, Location(g));
                _scope[name] = sym;
                continue;
            }
            sym.Type = vtype;
            sym.Defined = true;
            sym.Site = Location(g);
            var size = init is null ? vtype.Size : Math.Max(vtype.Size, Extent(vtype, init));
            sym.Blob = _m.Memory.AllocateStatic(name, (ulong)Math.Max(size, 0), (ulong)Math.Max(align, 1), sym.Site,
                new NamedAllocationType(vtype.Name, vtype.Size));
            _scope[name] = sym;
            if (init is not null) _initialisers.Add((sym, init));
        }
        foreach (var c in (Section(SexpTag.Functions) ?? Sexp.Atom(SexpTag.Functions)).Args)
        {
            var fdef = c.AsSexp;
            var name = fdef.StringArg(0);
            var internalLinkage = fdef.Arg(1).Tag == SexpTag.Internal;
            var type = Types.Resolve(fdef.Arg(2));
            var sym = internalLinkage ? new GlobalSymbol(name) : _loader.External(name);
            if (sym.Defined)
            {
                _loader.ReportDuplicate(sym, Location(fdef));
                continue;
            }
            sym.Type = type;
            sym.IsFunction = true;
            sym.Defined = true;
            sym.Site = Location(fdef);
            var blob = _m.Memory.AllocateFunction(name, sym.Site);
            var fn = new VmFunction(name, type, blob) { Location = sym.Site };
            sym.Blob = blob;
            sym.Function = fn;
            _m.FunctionsByBlob[blob] = fn;
            _scope[name] = sym;
            _functions.Add((fn, fdef));
        }
    }

    /// <summary>
    /// Bytes an initialiser covers: more than the type's size when it initialises a flexible array
    /// member (a GNU extension: the static object grows to hold the elements).
    /// </summary>
    private long Extent(VmType type, Sexp init)
    {
        switch (init.Tag)
        {
            case SexpTag.InitStruct:
            {
                long extent = type.Size;
                for (var i = 1; i < init.Args.Length; i++)
                {
                    var fi = init.Arg(i);
                    if (type.Fields is { } fields && fields.TryGetValue(fi.StringArg(0), out var f))
                        extent = Math.Max(extent, f.Offset + Extent(f.Type, fi.Arg(1)));
                }
                return extent;
            }
            case SexpTag.InitArray when type.IsArray && type.Length < 0 && type.Element is { } element:
            {
                long count = 0;
                for (var i = 1; i < init.Args.Length; i++)
                {
                    var ei = init.Arg(i);
                    var hi = ei.Tag == SexpTag.InitRange ? ei.Args[1].AsInteger : ei.Args[0].AsInteger;
                    count = Math.Max(count, hi + 1);
                }
                return count * element.Size;
            }
            case SexpTag.InitString when type.IsArray && type.Length < 0:
                return init.StringArg(1).Length + 1;
            default:
                return type.Size;
        }
    }

    /// <summary>Phase 2: run the static initialisers (address constants need every blob to exist).</summary>
    public void InitializeGlobals()
    {
        var dummy = new VmFunction("<static initialisation>", TypeResolver.Void, _m.Memory.AllocateFunction("<init>", SourceLocation.None));
        foreach (var (sym, init) in _initialisers)
        {
            var fc = new FunctionCompiler(this, _m, dummy);
            var node = fc.Initializer(new Place(new PtrConst(MemorySpace.PointerTo(sym.Blob!))), sym.Type!, init);
            _m.At = sym.Site;
            node.Eval(new Frame(_m, dummy, 0, 0, 0));
        }
    }

    public void CompileFunctions()
    {
        foreach (var (fn, def) in _functions)
        {
            try
            {
                new FunctionCompiler(this, _m, fn).CompileBody(def);
            }
            catch (UnsupportedException e)
            {
                // One construct the VM cannot run yet must not stop programs that never call this
                // function: its body becomes a statement that reports the construct when run.
                fn.Body = [new UnsupportedStmt($"{e.Message} (in function '{fn.Name}')") { Loc = _m.At }];
                fn.Params = [];
                fn.Layout = null;
                fn.Ints = fn.Doubles = fn.Pointers = 0;
            }
        }
    }
}
