using Altitude.Memory;
using Altitude.Sexpcode;
using Altitude.Text;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Compile;

/// <summary>Where an lvalue lives: a frame slot (never address-taken scalar) or an address.</summary>
internal readonly struct Place
{
    public Place(PtrNode address) { Address = address; SlotKind = ValueKind.Void; Slot = -1; }
    /// <summary>A bit-field: the address of its struct and its bit position there.</summary>
    public Place(PtrNode record, long bitOffset, int width)
    {
        Address = record; SlotKind = ValueKind.Void; Slot = -1; BitOffset = bitOffset; BitWidth = width;
    }
    public readonly long BitOffset;
    public readonly int BitWidth;
    public bool IsBitField => BitWidth > 0;
    public Place(ValueKind kind, int slot, int defined) { Address = null; SlotKind = kind; Slot = slot; Defined = defined; }
    /// <summary>The slot's index in Frame.SlotState.</summary>
    public readonly int Defined;
    public readonly PtrNode? Address;
    public readonly ValueKind SlotKind;
    public readonly int Slot;
    public bool IsSlot => Address is null;
}

internal sealed class LocalInfo
{
    public required VmType Type;
    public int Slot = -1;      // slot index, or -1
    public int BlobIndex = -1; // index among the frame's blob locals, or -1
    public int VlaSlot = -1;   // pointer slot holding a VLA's storage, or -1
}

/// <summary>Compiles one function's body to an instruction array of statement nodes.</summary>
internal sealed partial class FunctionCompiler
{
    private readonly UnitCompiler _unit;
    private readonly Machine _m;
    private readonly VmFunction _fn;
    private readonly Dictionary<string, LocalInfo> _locals = new(StringComparer.Ordinal);
    private readonly List<LocalSpec> _blobLocals = [];
    private int _ints, _doubles, _pointers;
    private bool _needsFrame;
    private StmtList? _body;

    /// <summary>GNU &amp;&amp;label: a size-0 static blob standing for the label (one per function and label, kept by the unit); goto-ptr maps it back to a pc.</summary>
    private Blob LabelBlob(string label) => _unit.LabelBlob(_fn.Name, label);
    private readonly HashSet<string> _addressTaken = new(StringComparer.Ordinal);

    /// <summary>Locals whose address the body takes, whatever their flags say (defence in depth).</summary>
    private void FindAddressTaken(Sexp s)
    {
        var stack = new Stack<Sexp>();
        stack.Push(s);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.Tag is SexpTag.Addr or SexpTag.Decay or SexpTag.VaStart or SexpTag.VaEnd or SexpTag.VaCopy or SexpTag.VaArg or SexpTag.Member or SexpTag.Index)
            {
                // Strip member/index chains down to the root object.
                for (var i = 1; i < e.Args.Length; i++)
                {
                    var root = e.Args[i].SexpOrNull;
                    while (root is not null && root.Tag is SexpTag.Member or SexpTag.Index) root = root.Arg(1);
                    if (root is not null && root.Tag == SexpTag.Local) _addressTaken.Add(root.StringArg(1));
                }
            }
            foreach (var c in e.Children) if (c.SexpOrNull is { } child) stack.Push(child);
        }
    }

    public FunctionCompiler(UnitCompiler unit, Machine m, VmFunction fn)
    {
        _unit = unit;
        _m = m;
        _fn = fn;
    }

    private TypeResolver Types => _unit.Types;
    private VmType TypeOf(Sexp e) => Types.Resolve(e.Arg(0));
    /// <summary>
    /// A node's location; one inside Altitude's own headers (a macro such as va_arg expanded from
    /// them) is replaced by the location of the user statement it is in, which is what a user reads.
    /// </summary>
    private SourceLocation Loc(Sexp e)
    {
        var loc = _unit.Location(e);
        if (!loc.IsNone && loc.File.StartsWith("<altitude>", StringComparison.Ordinal) && !_statementLoc.IsNone) return _statementLoc;
        return loc;
    }

    private SourceLocation _statementLoc = SourceLocation.None;

    /// <summary>A slot local's index in Frame.SlotState: ints, then doubles, then pointers.</summary>
    private int DefinedIndex(LocalInfo info) => info.Type.Kind switch
    {
        ValueKind.Int => info.Slot,
        ValueKind.Pointer => _ints + _doubles + info.Slot,
        _ => _ints + info.Slot,
    };

    private LocalInfo Declare(Sexp v)
    {
        var name = v.StringArg(0);
        var type = Types.Resolve(v.Arg(1));
        var addressed = false;
        long align = type.Align;
        for (var i = 2; i < v.Args.Length; i++)
        {
            var flag = v.Arg(i);
            if (flag.Tag == SexpTag.Addressed) addressed = true;
            // A requested alignment only matters for an object in memory: it lives in the frame blob.
            if (flag.Tag == SexpTag.Aligned && flag.Args[0].AsInteger > align) { align = flag.Args[0].AsInteger; addressed = true; }
        }
        if (_addressTaken.Contains(name)) addressed = true;
        var info = new LocalInfo { Type = type };
        if (type.VlaLength is not null)
        {
            info.VlaSlot = _pointers++;
            _needsFrame = true;
        }
        else if (!addressed && type.IsScalar)
        {
            info.Slot = type.Kind switch
            {
                ValueKind.Int => _ints++,
                ValueKind.Pointer => _pointers++,
                _ => _doubles++,
            };
        }
        else
        {
            if (type.Kind == ValueKind.Function || (type.IsArray && type.Length < 0 && type.Size == 0 && false)) throw new UnsupportedException("local of function type");
            info.BlobIndex = _blobLocals.Count;
            _blobLocals.Add(new LocalSpec(name, (ulong)Math.Max(type.Size, 0), (ulong)Math.Max(align, 1), Loc(v), new NamedAllocationType(type.Name, type.Size)));
        }
        _locals[name] = info;
        return info;
    }

    public void CompileBody(Sexp def)
    {
        // (function NAME linkage TYPE params locals body)
        var parameters = def.Arg(3);
        var locals = def.Arg(4);
        var body = def.Arg(5);
        var bindings = new List<ParamBinding>();
        FindAddressTaken(body);
        var paramInfos = new List<LocalInfo>();
        foreach (var p in parameters.Args) paramInfos.Add(Declare(p.AsSexp));
        foreach (var l in locals.Args) Declare(l.AsSexp);
        foreach (var info in paramInfos)
        {
            var t = info.Type;
            if (info.Slot >= 0)
            {
                var defined = DefinedIndex(info);
                bindings.Add(t.Kind switch
                {
                    ValueKind.Int => new BindIntSlot(info.Slot, defined),
                    ValueKind.Pointer => new BindPtrSlot(info.Slot, defined),
                    _ => new BindFltSlot(info.Slot, defined),
                });
            }
            else
            {
                bindings.Add(t.Kind switch
                {
                    ValueKind.Int => new BindIntBlob(info.BlobIndex, (int)t.Size, _m.TagOf(t)),
                    ValueKind.Pointer => new BindPtrBlob(info.BlobIndex, _m.TagOf(t)),
                    ValueKind.Float => new BindFltBlob(info.BlobIndex, true, _m.TagOf(t)),
                    ValueKind.Double => new BindFltBlob(info.BlobIndex, false, _m.TagOf(t)),
                    _ => new BindAggBlob(info.BlobIndex, t.Size),
                });
            }
        }
        _fn.SlotNames = new string[_ints + _doubles + _pointers];
        foreach (var (name, info) in _locals)
        {
            if (info.Slot >= 0) _fn.SlotNames[DefinedIndex(info)] = name;
        }
        var list = new StmtList();
        _body = list;
        foreach (var s in body.Args) Statement(list, s.AsSexp);
        foreach (var (label, blob) in _unit.LabelBlobsOf(_fn.Name))
        {
            var captured = blob;
            list.Fixups.Add((t => _m.LabelTargets[captured] = (_fn, t), label));
        }
        _fn.Body = list.Finish();
        _fn.Params = [.. bindings];
        _fn.Ints = _ints;
        _fn.Doubles = _doubles;
        _fn.Pointers = _pointers;
        if (_blobLocals.Count > 0 || _needsFrame) _fn.Layout = _m.Memory.CreateFrameLayout(_fn.Name, _blobLocals);
    }

    // ---- statements ----

    private sealed class StmtList
    {
        public readonly List<Stmt> Stmts = [];
        public readonly Dictionary<string, int> Labels = new(StringComparer.Ordinal);
        public readonly List<(Action<int> Set, string Label)> Fixups = [];

        public void Add(Stmt s) => Stmts.Add(s);

        public Stmt[] Finish()
        {
            for (var i = 0; i < Stmts.Count; i++) Stmts[i].Next = i + 1;
            foreach (var (set, label) in Fixups)
            {
                if (!Labels.TryGetValue(label, out var target)) throw new UnsupportedException($"jump to label '{label}' outside its statement list");
                set(target);
            }
            return [.. Stmts];
        }
    }

    private void Statement(StmtList list, Sexp s)
    {
        var own = _unit.Location(s);
        if (!own.IsNone && !own.File.StartsWith("<altitude>", StringComparison.Ordinal)) _statementLoc = own;
        var loc = Loc(s);
        switch (s.Tag)
        {
            case SexpTag.Label:
                list.Labels[s.StringArg(0)] = list.Stmts.Count;
                return;
            case SexpTag.Goto:
            {
                var g = new GotoStmt { Loc = loc };
                list.Fixups.Add((t => g.Target = t, s.StringArg(0)));
                list.Add(g);
                return;
            }
            case SexpTag.IfGoto:
            {
                var g = new IfGotoStmt(Truth(s.Arg(0))) { Loc = loc };
                list.Fixups.Add((t => g.Target = t, s.StringArg(1)));
                list.Add(g);
                return;
            }
            case SexpTag.Switch:
            {
                var sw = new SwitchStmt(Int(s.Arg(0))) { Loc = loc };
                for (var i = 1; i < s.Args.Length; i++)
                {
                    var c = s.Arg(i);
                    switch (c.Tag)
                    {
                        case SexpTag.Case:
                        {
                            var value = Normalize(c.Args[0].AsInteger, TypeOf(s.Arg(0)));
                            list.Fixups.Add((t => sw.Cases.TryAdd(value, t), c.StringArg(1)));
                            break;
                        }
                        case SexpTag.CaseRange:
                        {
                            var lo = Normalize(c.Args[0].AsInteger, TypeOf(s.Arg(0)));
                            var hi = Normalize(c.Args[1].AsInteger, TypeOf(s.Arg(0)));
                            list.Fixups.Add((t => sw.Ranges.Add((lo, hi, t)), c.StringArg(2)));
                            break;
                        }
                        case SexpTag.Default:
                            list.Fixups.Add((t => sw.Default = t, c.StringArg(0)));
                            break;
                    }
                }
                list.Add(sw);
                return;
            }
            case SexpTag.Expr:
                list.Add(new ExprStmt(Void(s.Arg(0))) { Loc = loc });
                return;
            case SexpTag.Init:
                list.Add(new ExprStmt(Initializer(Lvalue(s.Arg(0)), TypeOf(s.Arg(0)), s.Arg(1))) { Loc = loc });
                return;
            case SexpTag.Return:
                if (s.Args.Length == 0)
                {
                    list.Add(new ReturnVoid { Loc = loc });
                    return;
                }
                var rv = s.Arg(0);
                var rt = TypeOf(rv);
                switch (rt.Kind)
                {
                    case ValueKind.Int: list.Add(new ReturnInt(Int(rv)) { Loc = loc }); break;
                    case ValueKind.Float: case ValueKind.Double: list.Add(new ReturnFlt(Flt(rv)) { Loc = loc }); break;
                    case ValueKind.Pointer: list.Add(new ReturnPtr(Ptr(rv)) { Loc = loc }); break;
                    case ValueKind.Aggregate:
                    {
                        var buffer = _m.Memory.AllocateStatic($"return value of {_fn.Name}", (ulong)rt.Size, (ulong)rt.Align, loc);
                        list.Add(new ReturnAgg(Agg(rv), MemorySpace.PointerTo(buffer), rt.Size) { Loc = loc });
                        break;
                    }
                    default:
                        list.Add(new ExprStmt(Void(rv)) { Loc = loc });
                        list.Add(new ReturnVoid { Loc = loc });
                        break;
                }
                return;
            case SexpTag.GotoPtr:
                list.Add(new GotoPtrStmt(Ptr(s.Arg(0))) { Loc = loc });
                return;
            case SexpTag.VlaAlloc:
            {
                var name = s.StringArg(0);
                if (!_locals.TryGetValue(name, out var info) || info.VlaSlot < 0) throw new UnsupportedException($"vla-alloc of '{name}'");
                list.Add(new ExprStmt(new VlaAllocNode(info.VlaSlot, SizeOf(info.Type), info.Type.Align) { Loc = loc }) { Loc = loc });
                return;
            }
            case SexpTag.EnterScope:
            case SexpTag.LeaveScope:
            {
                var indices = new List<int>();
                foreach (var n in s.Args)
                {
                    if (n.IsString && _locals.TryGetValue(n.AsString, out var info) && info.BlobIndex >= 0) indices.Add(info.BlobIndex);
                }
                if (indices.Count == 0) return;
                list.Add(s.Tag == SexpTag.EnterScope ? new EnterScopeStmt([.. indices]) { Loc = loc } : new LeaveScopeStmt([.. indices]) { Loc = loc });
                return;
            }
            default:
                _m.At = loc;
                throw new UnsupportedException($"statement '{SexpTags.Name(s.Tag)}'");
        }
    }

    internal static long Normalize(long v, VmType t)
    {
        if (t.Kind != ValueKind.Int) return v;
        if (t.IsBool) return v != 0 ? 1 : 0;
        return t.Size switch
        {
            1 => t.Signed ? (sbyte)v : (byte)v,
            2 => t.Signed ? (short)v : (ushort)v,
            4 => t.Signed ? (int)v : (uint)v,
            _ => v,
        };
    }

    // ---- initialisers ----

    public VoidNode Initializer(Place place, VmType type, Sexp init, bool outermost = true)
    {
        // Only the outermost aggregate is zeroed first: a nested initializer that names a
        // sub-object again (GNU overriding designators) keeps what earlier ones stored there.
        var loc = Loc(init);
        VoidNode Zero() => outermost ? new ZeroFill(place.Address!, type.Size) { Loc = loc } : new NopVoid();
        switch (init.Tag)
        {
            case SexpTag.InitZero:
                if (place.IsSlot) return Store(place, type, ZeroOf(type), loc);
                return new ZeroFill(place.Address!, type.Size) { Loc = loc };
            case SexpTag.InitStruct:
            {
                var nodes = new List<VoidNode> { Zero() };
                for (var i = 1; i < init.Args.Length; i++)
                {
                    var fi = init.Arg(i);
                    if (type.BitFields is { } bits && bits.TryGetValue(fi.StringArg(0), out var bf))
                    {
                        nodes.Add(Store(new Place(place.Address!, bf.BitOffset, bf.Width), bf.Type, fi.Arg(1), loc));
                        continue;
                    }
                    var (offset, ft) = Field(type, fi.StringArg(0));
                    nodes.Add(Initializer(new Place(new PtrOffset(place.Address!, offset) { Loc = loc }), ft, fi.Arg(1), false));
                }
                return new VoidSeq([.. nodes]) { Loc = loc };
            }
            case SexpTag.InitUnion:
            {
                // A union's initialised member may be a bit-field (`union { signed f0 : 2; } u = {5};`).
                if (type.BitFields is { } bits && bits.TryGetValue(init.StringArg(1), out var bf))
                    return new VoidSeq([Zero(), Store(new Place(place.Address!, bf.BitOffset, bf.Width), bf.Type, init.Arg(2), loc)]) { Loc = loc };
                var (offset, ft) = Field(type, init.StringArg(1));
                return new VoidSeq([Zero(),
                    Initializer(new Place(new PtrOffset(place.Address!, offset) { Loc = loc }), ft, init.Arg(2), false)]) { Loc = loc };
            }
            case SexpTag.InitArray:
            {
                var nodes = new List<VoidNode> { Zero() };
                var element = type.Element!;
                for (var i = 1; i < init.Args.Length; i++)
                {
                    var ei = init.Arg(i);
                    long lo = ei.Args[0].AsInteger, hi = ei.Tag == SexpTag.InitRange ? ei.Args[1].AsInteger : lo;
                    var value = ei.Arg(ei.Tag == SexpTag.InitRange ? 2 : 1);
                    for (var k = lo; k <= hi; k++)
                        nodes.Add(Initializer(new Place(new PtrOffset(place.Address!, k * element.Size) { Loc = loc }), element, value, false));
                }
                return new VoidSeq([.. nodes]) { Loc = loc };
            }
            case SexpTag.InitString:
            {
                var text = init.StringArg(1);
                var n = type.Length >= 0 ? (int)Math.Min(text.Length, type.Length) : text.Length;
                var bytes = new byte[n];
                for (var i = 0; i < n; i++) bytes[i] = (byte)text[i];
                return new VoidSeq([new ZeroFill(place.Address!, type.Size) { Loc = loc }, new WriteBytes(place.Address!, bytes) { Loc = loc }]) { Loc = loc };
            }
            default:
                return Store(place, type, init, loc);
        }
    }

    private static Sexp ZeroOf(VmType t) => Sexp.Make(SexpTag.Lit, Sexp.Atom(SexpTag.Int), 0L);

    private VoidNode Store(Place place, VmType type, Sexp value, SourceLocation loc)
    {
        if (value.Tag == SexpTag.Lit && value.Arg(0).Tag == SexpTag.Int && value.Args[1].IsInteger && value.Args[1].AsInteger == 0 && TypeOf(value) != type)
        {
            // A zero made up by the compiler for init-zero of a scalar.
            return type.Kind switch
            {
                ValueKind.Int => AsVoid(StoreInt(place, type, new IntConst(0), loc)),
                ValueKind.Pointer => AsVoid(StorePtr(place, type, new PtrConst(Pointer.Null), loc)),
                _ => AsVoid(StoreFlt(place, type, new FltConst(0), loc)),
            };
        }
        return type.Kind switch
        {
            ValueKind.Int => AsVoid(StoreInt(place, type, Int(value), loc)),
            ValueKind.Pointer => AsVoid(StorePtr(place, type, Ptr(value), loc)),
            ValueKind.Float or ValueKind.Double => AsVoid(StoreFlt(place, type, Flt(value), loc)),
            _ => new AggAsVoid(new StoreAgg(place.Address!, Agg(value), type.Size) { Loc = loc }),
        };
    }

    private IntNode StoreInt(Place place, VmType type, IntNode v, SourceLocation loc) =>
        place.IsBitField ? new BitFieldStore(place.Address!, place.BitOffset, place.BitWidth, type.Signed && !type.IsBool, v) { Loc = loc } :
        place.IsSlot ? new IntSlotStore(place.Slot, v, place.Defined) : new StoreInt(place.Address!, v, (int)type.Size, _m.TagOf(type)) { Loc = loc };
    private FltNode StoreFlt(Place place, VmType type, FltNode v, SourceLocation loc) =>
        place.IsSlot ? new FltSlotStore(place.Slot, type.Kind == ValueKind.Float ? new FltToFlt(v) : v, place.Defined) : new StoreFlt(place.Address!, v, type.Kind == ValueKind.Float, _m.TagOf(type)) { Loc = loc };
    private PtrNode StorePtr(Place place, VmType type, PtrNode v, SourceLocation loc) =>
        place.IsSlot ? new PtrSlotStore(place.Slot, v, place.Defined) : new StorePtr(place.Address!, v, _m.TagOf(type)) { Loc = loc };

    private static (long Offset, VmType Type) Field(VmType record, string name)
    {
        if (record.Fields is null || !record.Fields.TryGetValue(name, out var f)) throw new UnsupportedException($"member '{name}' of {record.Name}");
        return f;
    }
}
