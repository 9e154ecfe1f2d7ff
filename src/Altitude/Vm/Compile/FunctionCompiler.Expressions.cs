using Altitude.Memory;
using Altitude.Sexpcode;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Compile;

internal sealed partial class FunctionCompiler
{
    private static VoidNode AsVoid(Node n) => n switch
    {
        VoidNode v => v,
        IntNode i => new IntAsVoid(i),
        FltNode d => new FltAsVoid(d),
        PtrNode p => new PtrAsVoid(p),
        AggNode a => new AggAsVoid(a),
        _ => throw new UnsupportedException("expression kind"),
    };

    public VoidNode Void(Sexp e) => AsVoid(Any(e));

    public IntNode Int(Sexp e) => Any(e) switch
    {
        IntNode i => i,
        var n => throw new UnsupportedException($"expected an integer expression, got {n.GetType().Name} for '{SexpTags.Name(e.Tag)}'"),
    };

    public FltNode Flt(Sexp e) => Any(e) switch
    {
        FltNode d => d,
        var n => throw new UnsupportedException($"expected a floating expression, got {n.GetType().Name} for '{SexpTags.Name(e.Tag)}'"),
    };

    public PtrNode Ptr(Sexp e) => Any(e) switch
    {
        PtrNode p => p,
        AggNode a => new AggAsPtr(a),
        var n => throw new UnsupportedException($"expected a pointer expression, got {n.GetType().Name} for '{SexpTags.Name(e.Tag)}'"),
    };

    public AggNode Agg(Sexp e) => Any(e) switch
    {
        AggNode a => a,
        PtrNode p => new PtrAsAgg(p),
        var n => throw new UnsupportedException($"expected an aggregate expression, got {n.GetType().Name} for '{SexpTags.Name(e.Tag)}'"),
    };

    /// <summary>A scalar as a condition: non-zero is true.</summary>
    public IntNode Truth(Sexp e) => Any(e) switch
    {
        IntNode i => i,
        AggNode w when TypeOf(e).IsWide => new WideToInt(w, 4, true, true, _m.TagOf(TypeOf(e))),
        FltNode d => new TruthFlt(d),
        PtrNode p => new TruthPtr(p),
        var n => throw new UnsupportedException($"condition of kind {n.GetType().Name}"),
    };

    /// <summary>The place an lvalue denotes.</summary>
    private Place Lvalue(Sexp e)
    {
        var loc = Loc(e);
        switch (e.Tag)
        {
            case SexpTag.Local:
            {
                var name = e.StringArg(1);
                if (!_locals.TryGetValue(name, out var info)) throw new UnsupportedException($"undeclared local '{name}'");
                if (info.VlaSlot >= 0) return new Place(new PtrSlot(info.VlaSlot));
                if (info.Slot >= 0) return new Place(info.Type.Kind == ValueKind.Float ? ValueKind.Double : info.Type.Kind, info.Slot, DefinedIndex(info));
                return new Place(new LocalAddr(info.BlobIndex));
            }
            case SexpTag.Global:
            {
                var sym = _unit.Symbol(e.StringArg(1));
                return new Place(new PtrConst(MemorySpace.PointerTo(sym.Blob!)));
            }
            case SexpTag.String:
            {
                var t = TypeOf(e);
                var text = e.StringArg(1);
                var n = Math.Max(t.Size, text.Length + 1);
                var bytes = new byte[n];
                for (var i = 0; i < text.Length; i++) bytes[i] = (byte)text[i];
                var blob = _m.Memory.AllocateStringLiteral(bytes, _m.CharTag, loc, new NamedAllocationType(t.Name, n));
                return new Place(new PtrConst(MemorySpace.PointerTo(blob)));
            }
            case SexpTag.WideString:
            {
                var t = TypeOf(e);
                var element = t.Element!;
                var count = e.Args.Length - 1;
                var bytes = new byte[Math.Max(t.Size, (count + 1) * element.Size)];
                for (var i = 0; i < count; i++)
                {
                    var v = e.Args[1 + i].AsInteger;
                    for (var b = 0; b < element.Size; b++) bytes[i * element.Size + b] = (byte)(v >> (8 * b));
                }
                var blob = _m.Memory.AllocateStatic("wide string literal", (ulong)bytes.Length, (ulong)element.Align, loc, new NamedAllocationType(t.Name, bytes.Length));
                MemorySpace.Initialize(blob, 0, bytes, _m.TagOf(element));
                MemorySpace.SetReadOnly(blob, true);
                return new Place(new PtrConst(MemorySpace.PointerTo(blob)));
            }
            case SexpTag.CompoundLiteral:
            {
                var name = e.StringArg(1);
                var t = TypeOf(e);
                if (!_locals.TryGetValue(name, out var info))
                {
                    info = Declare(Sexp.Make(SexpTag.Var, name, e.Arg(0), Sexp.Atom(SexpTag.Addressed)));
                }
                var inner = Lvalue(Sexp.Make(SexpTag.Local, e.Arg(0), name));
                var init = Initializer(inner, t, e.Arg(2));
                if (inner.IsSlot) throw new UnsupportedException("scalar compound literal in a slot");
                return new Place(new InitThenAddrPtr(init, inner.Address!) { Loc = loc });
            }
            case SexpTag.Deref:
                return new Place(Ptr(e.Arg(1)));
            case SexpTag.Member:
            {
                var baseExpr = e.Arg(1);
                var record = TypeOf(baseExpr);
                if (record.BitFields is { } bits && bits.TryGetValue(e.StringArg(2), out var bf))
                    return new Place(Address(baseExpr), bf.BitOffset, bf.Width);
                var (offset, _) = Field(record, e.StringArg(2));
                return new Place(new PtrOffset(Address(baseExpr), offset) { Loc = loc });
            }
            case SexpTag.Index:
            {
                var array = e.Arg(1);
                var element = TypeOf(array).Element ?? throw new UnsupportedException("index of a non-array");
                if (element.VlaLength is not null) return new Place(new PtrAddDynamic(Address(array), Int(e.Arg(2)), SizeOf(element), false) { Loc = loc });
                var arrayType = TypeOf(array);
                var allowEnd = _addressContext > 0;
                var saved = _addressContext;
                _addressContext = 0;
                var index = Int(e.Arg(2));
                var arrayAddress = Address(array);
                _addressContext = saved;
                if (arrayType.Length > 0 && !IsTrailingMember(array))
                {
                    // J.2: a subscript out of the array's range is undefined even when the address
                    // stays inside the enclosing object (a[1][7] of int a[4][5]); &a[N] is allowed.
                    index = new IndexCheck(index, arrayType.Length, allowEnd, arrayType.Name) { Loc = loc };
                }
                return new Place(new PtrAddScaled(arrayAddress, index, element.Size, false) { Loc = loc });
            }
            default:
                // An rvalue aggregate (call result, struct load...) used as an object.
                return new Place(new AggAsPtr(Agg(e)));
        }
    }

    private int _addressContext;

    /// <summary>
    /// The last member of a struct (or a union member): real code indexes such an array past its
    /// declared length when the object was allocated larger — the pre-C99 "struct hack"
    /// (<c>char data[1]</c>) — and compilers treat it as flexible, so only the enclosing blob
    /// bounds it.
    /// </summary>
    private bool IsTrailingMember(Sexp array)
    {
        if (array.Tag != SexpTag.Member) return false;
        var record = TypeOf(array.Arg(1));
        if (record.Fields is null || !record.Fields.TryGetValue(array.StringArg(2), out var member)) return false;
        foreach (var (_, (offset, _)) in record.Fields)
        {
            if (offset > member.Offset) return false;
        }
        if (record.BitFields is { } bits)
        {
            foreach (var (_, (bitOffset, _, _)) in bits)
            {
                if (bitOffset / 8 > member.Offset) return false;
            }
        }
        return true;
    }

    private PtrNode Address(Sexp lvalue)
    {
        var place = Lvalue(lvalue);
        if (place.IsSlot) throw new UnsupportedException($"address of a slot local in '{SexpTags.Name(lvalue.Tag)}'");
        return place.Address!;
    }

    private Node Any(Sexp e)
    {
        var loc = Loc(e);
        var node = AnyUnlocated(e);
        if (node.Loc.IsNone) node.Loc = loc;
        return node;
    }

    private Node AnyUnlocated(Sexp e)
    {
        var loc = Loc(e);
        if (!loc.IsNone) _m.At = loc;
        var t = e.Tag is SexpTag.Varargs ? TypeResolver.Void : TypeOf(e);
        switch (e.Tag)
        {
            case SexpTag.Lit:
            {
                var v = e.Args[1];
                if (t.IsWide) return new IntToWide(new IntConst(v.IsInteger ? v.AsInteger : (long)v.AsDouble), false, _m.TagOf(t), ResultBuffer(t, loc));
                return t.Kind switch
                {
                    ValueKind.Int => new IntConst(Normalize(v.IsInteger ? v.AsInteger : (long)v.AsDouble, t)),
                    ValueKind.Float => new FltConst((float)(v.IsInteger ? v.AsInteger : v.AsDouble)),
                    ValueKind.Double => new FltConst(v.IsInteger ? v.AsInteger : v.AsDouble),
                    ValueKind.Pointer => v.AsInteger == 0 ? new PtrConst(Pointer.Null) : new IntToPtr(new IntConst(v.AsInteger)),
                    _ => throw new UnsupportedException($"literal of type {t.Name}"),
                };
            }
            case SexpTag.Local: case SexpTag.Global: case SexpTag.String: case SexpTag.WideString:
            case SexpTag.Deref: case SexpTag.Member: case SexpTag.Index: case SexpTag.CompoundLiteral:
                // An object used as a value without load: aggregates, or a member of an rvalue struct (f().x).
                if (t.IsScalar) return LoadFrom(Lvalue(e), t);
                return new PtrAsAgg(Address(e));
            case SexpTag.Func:
            {
                var sym = _unit.Symbol(e.StringArg(1));
                return new PtrConst(MemorySpace.PointerTo(sym.Blob!));
            }
            case SexpTag.Load:
                return LoadFrom(Lvalue(e.Arg(1)), t);
            case SexpTag.Store:
            {
                var place = Lvalue(e.Arg(1));
                var value = e.Arg(2);
                return t.Kind switch
                {
                    ValueKind.Int => StoreInt(place, t, Int(value), loc),
                    ValueKind.Float or ValueKind.Double => StoreFlt(place, t, Flt(value), loc),
                    ValueKind.Pointer => StorePtr(place, t, Ptr(value), loc),
                    _ => new StoreAgg(place.Address!, Agg(value), t.Size),
                };
            }
            case SexpTag.Addr:
            case SexpTag.Decay:
            {
                // Only the outermost index of an address-of may be one past the end (&a[N]).
                var target = e.Arg(1);
                if (target.Tag != SexpTag.Index) return Address(target);
                _addressContext++;
                try { return Address(target); }
                finally { _addressContext--; }
            }
            case SexpTag.PtrAdd:
            case SexpTag.PtrSub:
                if (t.Element is { VlaLength: not null } vlaElement)
                    return new PtrAddDynamic(Ptr(e.Arg(1)), Int(e.Arg(2)), SizeOf(vlaElement), e.Tag == SexpTag.PtrSub);
                return new PtrAddScaled(Ptr(e.Arg(1)), Int(e.Arg(2)), ElementSize(t), e.Tag == SexpTag.PtrSub);
            case SexpTag.PtrDiff:
                return new PtrDiff(Ptr(e.Arg(1)), Ptr(e.Arg(2)), ElementSize(TypeOf(e.Arg(1))));
            case SexpTag.Add: case SexpTag.Sub: case SexpTag.Mul: case SexpTag.Div: case SexpTag.Rem:
            case SexpTag.Shl: case SexpTag.Shr: case SexpTag.BitAnd: case SexpTag.BitOr: case SexpTag.BitXor:
                return Arithmetic(e, t);
            case SexpTag.Eq: case SexpTag.Ne: case SexpTag.Lt: case SexpTag.Le: case SexpTag.Gt: case SexpTag.Ge:
                return Comparison(e);
            case SexpTag.Neg when t.IsWide:
                return new WideUnary(Agg(e.Arg(1)), 0, t.Signed, _m.TagOf(t), ResultBuffer(t, loc));
            case SexpTag.BitNot when t.IsWide:
                return new WideUnary(Agg(e.Arg(1)), 1, t.Signed, _m.TagOf(t), ResultBuffer(t, loc));
            case SexpTag.Not when TypeOf(e.Arg(1)).IsWide:
                return new NotInt(Truth(e.Arg(1)));
            case SexpTag.Neg:
                if (t.Kind == ValueKind.Int) return Wrap(new NegInt(Int(e.Arg(1)), t.Size <= 4 ? 32 : 64, t.Signed), t);
                return new NegFlt(Flt(e.Arg(1)));
            case SexpTag.BitNot:
                return Wrap(new BitNotInt(Int(e.Arg(1)), !t.Signed && t.Size == 4), t);
            case SexpTag.Not:
                return Any(e.Arg(1)) switch
                {
                    IntNode i => new NotInt(i),
                    FltNode d => new NotFlt(d),
                    PtrNode p => new NotPtr(p),
                    _ => throw new UnsupportedException("'!' of an aggregate"),
                };
            case SexpTag.And: return new AndNode(Truth(e.Arg(1)), Truth(e.Arg(2)));
            case SexpTag.Or: return new OrNode(Truth(e.Arg(1)), Truth(e.Arg(2)));
            case SexpTag.Convert: return Conversion(e.Arg(1), t);
            case SexpTag.Seq:
            {
                var first = new VoidNode[e.Args.Length - 2];
                for (var i = 1; i < e.Args.Length - 1; i++) first[i - 1] = Void(e.Arg(i));
                var last = Any(e.Arg(e.Args.Length - 1));
                return last switch
                {
                    IntNode i => new IntSeq(first, i),
                    FltNode d => new FltSeq(first, d),
                    PtrNode p => new PtrSeq(first, p),
                    AggNode a => new AggSeq(first, a),
                    VoidNode v => new VoidSeq([.. first, v]),
                    _ => throw new UnsupportedException("seq"),
                };
            }
            case SexpTag.Cond:
            {
                var c = Truth(e.Arg(1));
                return t.Kind switch
                {
                    ValueKind.Int => new IntCond(c, Int(e.Arg(2)), Int(e.Arg(3))),
                    ValueKind.Float or ValueKind.Double => new FltCond(c, Flt(e.Arg(2)), Flt(e.Arg(3))),
                    ValueKind.Pointer => new PtrCond(c, Ptr(e.Arg(2)), Ptr(e.Arg(3))),
                    ValueKind.Aggregate => new AggCond(c, Agg(e.Arg(2)), Agg(e.Arg(3))),
                    _ => new VoidCond(c, Void(e.Arg(2)), Void(e.Arg(3))),
                };
            }
            case SexpTag.StmtExpr:
            {
                var list = new StmtList();
                var count = e.Args.Length - 1;
                Sexp? value = null;
                if (t.Kind != ValueKind.Void && count > 0 && SexpTags.Category(e.Arg(count).Tag) == SexpCategory.Expression)
                {
                    value = e.Arg(count);
                    count--;
                }
                for (var i = 1; i <= count; i++) Statement(list, e.Arg(i));
                var block = new StmtBlock(list.Finish());
                if (value is null) return new VoidStmtExpr(block);
                return Any(value) switch
                {
                    IntNode i => new IntStmtExpr(block, i),
                    FltNode d => new FltStmtExpr(block, d),
                    PtrNode p => new PtrStmtExpr(block, p),
                    AggNode a => new AggStmtExpr(block, a),
                    VoidNode v => new VoidSeq([new VoidStmtExpr(block), v]),
                    _ => throw new UnsupportedException("stmt-expr"),
                };
            }
            case SexpTag.Call: return Call(e, t);
            case SexpTag.Sizeof:
            {
                return SizeOf(Types.Resolve(e.Arg(1)));
            }
            case SexpTag.Alignof: return new IntConst(Types.Resolve(e.Arg(1)).Align);
            case SexpTag.Offsetof:
            {
                var rt = Types.Resolve(e.Arg(1));
                long offset = 0;
                for (var i = 2; i < e.Args.Length; i++)
                {
                    var c = e.Args[i];
                    if (c.IsString)
                    {
                        var (o, ft) = Field(rt, c.AsString);
                        offset += o;
                        rt = ft;
                    }
                    else
                    {
                        rt = rt.Element ?? throw new UnsupportedException("offsetof index of a non-array");
                        offset += c.AsInteger * rt.Size;
                    }
                }
                return new IntConst(offset);
            }
            case SexpTag.VaStart: return new VaStart(Address(e.Arg(1)));
            case SexpTag.VaEnd: return new VaEnd(Address(e.Arg(1)));
            case SexpTag.VaCopy: return new VaCopy(Address(e.Arg(1)), Address(e.Arg(2)));
            case SexpTag.VaArg:
            {
                var list = Address(e.Arg(1));
                return t.Kind switch
                {
                    ValueKind.Int => new VaArgInt(list, (int)t.Size, t.Signed),
                    ValueKind.Float or ValueKind.Double => new VaArgFlt(list),
                    ValueKind.Pointer => new VaArgPtr(list),
                    _ => new VaArgAgg(list),
                };
            }
            case SexpTag.Builtin: return Builtin(e, t);
            case SexpTag.LabelAddr:
            {
                // In a static initializer the label's function is named: the blob is made now and
                // tied to its pc when that function is compiled.
                var blob = e.Args.Length > 2 ? _unit.LabelBlob(e.StringArg(2), e.StringArg(1)) : LabelBlob(e.StringArg(1));
                return new PtrConst(MemorySpace.PointerTo(blob));
            }
            case SexpTag.Alloca:
                _needsFrame = true;
                return new AllocaNode(Int(e.Arg(1)));
            default:
                throw new UnsupportedException($"expression '{SexpTags.Name(e.Tag)}'");
        }
    }

    /// <summary>sizeof a type: a constant, or for a VLA its length times its element's size, at run time.</summary>
    private IntNode SizeOf(VmType t)
    {
        if (t.VlaLength is null) return new IntConst(t.Size);
        return new IntBin<MulU64>(Int(t.VlaLength), SizeOf(t.Element!));
    }

    private Node LoadFrom(Place place, VmType t)
    {
        if (place.IsBitField) return new BitFieldLoad(place.Address!, place.BitOffset, place.BitWidth, t.Signed && !t.IsBool);
        if (place.IsSlot)
        {
            return place.SlotKind switch
            {
                ValueKind.Int => new CheckedIntSlot(place.Slot, place.Defined),
                ValueKind.Pointer => new CheckedPtrSlot(place.Slot, place.Defined),
                _ => new CheckedFltSlot(place.Slot, place.Defined),
            };
        }
        var tag = _m.TagOf(t);
        return t.Kind switch
        {
            ValueKind.Int => new LoadInt(place.Address!, (int)t.Size, t.Signed, tag),
            ValueKind.Float => new LoadFlt(place.Address!, true, tag),
            ValueKind.Double => new LoadFlt(place.Address!, false, tag),
            ValueKind.Pointer => new LoadPtr(place.Address!, tag),
            _ => new PtrAsAgg(place.Address!),
        };
    
    }

    private static long ElementSize(VmType pointer)
    {
        var el = pointer.Element;
        if (el is null || el.Kind is ValueKind.Void or ValueKind.Function) return 1;
        return el.Size;
    }

    /// <summary>Re-normalises an int result narrower than 32 bits (only for odd producers).</summary>
    private static IntNode Wrap(IntNode n, VmType t) =>
        t.Size >= 4 ? n : new IntToInt(n, (int)t.Size, t.Signed, t.IsBool);

    private Node Arithmetic(Sexp e, VmType t)
    {
        if (t.IsWide) return WideArithmetic(e, t);
        if (t.Kind is ValueKind.Float or ValueKind.Double)
        {
            var fa = Flt(e.Arg(1));
            var fb = Flt(e.Arg(2));
            var f = t.Kind == ValueKind.Float;
            return e.Tag switch
            {
                SexpTag.Add => f ? new FltBin<AddF>(fa, fb) : new FltBin<AddD>(fa, fb),
                SexpTag.Sub => f ? new FltBin<SubF>(fa, fb) : new FltBin<SubD>(fa, fb),
                SexpTag.Mul => f ? new FltBin<MulF>(fa, fb) : new FltBin<MulD>(fa, fb),
                SexpTag.Div => f ? new FltBin<DivF>(fa, fb) : new FltBin<DivD>(fa, fb),
                _ => throw new UnsupportedException($"'{SexpTags.Name(e.Tag)}' on floating values"),
            };
        }
        if (t.Kind != ValueKind.Int) throw new UnsupportedException($"arithmetic on {t.Name}");
        var a = Int(e.Arg(1));
        var b = Int(e.Arg(2));
        var wide = t.Size > 4;
        var s = t.Signed;
        IntNode n = e.Tag switch
        {
            SexpTag.Add => wide ? (s ? new IntBin<AddS64>(a, b) : new IntBin<AddU64>(a, b)) : (s ? new IntBin<AddS32>(a, b) : new IntBin<AddU32>(a, b)),
            SexpTag.Sub => wide ? (s ? new IntBin<SubS64>(a, b) : new IntBin<SubU64>(a, b)) : (s ? new IntBin<SubS32>(a, b) : new IntBin<SubU32>(a, b)),
            SexpTag.Mul => wide ? (s ? new IntBin<MulS64>(a, b) : new IntBin<MulU64>(a, b)) : (s ? new IntBin<MulS32>(a, b) : new IntBin<MulU32>(a, b)),
            SexpTag.Div => s ? (wide ? new IntBin<DivS64>(a, b) : new IntBin<DivS32>(a, b)) : new IntBin<DivU>(a, b),
            SexpTag.Rem => s ? (wide ? new IntBin<RemS64>(a, b) : new IntBin<RemS32>(a, b)) : new IntBin<RemU>(a, b),
            SexpTag.Shl => wide ? (s ? new IntBin<ShlS64>(a, b) : new IntBin<ShlU64>(a, b)) : (s ? new IntBin<ShlS32>(a, b) : new IntBin<ShlU32>(a, b)),
            SexpTag.Shr => wide ? (s ? new IntBin<ShrS64>(a, b) : new IntBin<ShrU64>(a, b)) : (s ? new IntBin<ShrS>(a, b) : new IntBin<ShrU32>(a, b)),
            SexpTag.BitAnd => new IntBin<AndOp>(a, b),
            SexpTag.BitOr => new IntBin<OrOp>(a, b),
            _ => new IntBin<XorOp>(a, b),
        };
        return Wrap(n, t);
    }

    private AggNode WideArithmetic(Sexp e, VmType t)
    {
        var tag = _m.TagOf(t);
        var loc = Loc(e);
        var a = Agg(e.Arg(1));
        if (e.Tag is SexpTag.Shl or SexpTag.Shr)
            return new WideShift(a, Int(e.Arg(2)), e.Tag == SexpTag.Shl, t.Signed, tag, ResultBuffer(t, loc));
        var b = Agg(e.Arg(2));
        var buffer = ResultBuffer(t, loc);
        var s = t.Signed;
        return e.Tag switch
        {
            SexpTag.Add => s ? new WideBin<WideAddS>(a, b, tag, buffer) : new WideBin<WideAdd>(a, b, tag, buffer),
            SexpTag.Sub => s ? new WideBin<WideSubS>(a, b, tag, buffer) : new WideBin<WideSub>(a, b, tag, buffer),
            SexpTag.Mul => s ? new WideBin<WideMulS>(a, b, tag, buffer) : new WideBin<WideMul>(a, b, tag, buffer),
            SexpTag.Div => s ? new WideBin<WideDivS>(a, b, tag, buffer) : new WideBin<WideDivU>(a, b, tag, buffer),
            SexpTag.Rem => s ? new WideBin<WideRemS>(a, b, tag, buffer) : new WideBin<WideRemU>(a, b, tag, buffer),
            SexpTag.BitAnd => new WideBin<WideAnd>(a, b, tag, buffer),
            SexpTag.BitOr => new WideBin<WideOr>(a, b, tag, buffer),
            _ => new WideBin<WideXor>(a, b, tag, buffer),
        };
    }

    private IntNode Comparison(Sexp e)
    {
        var ot = TypeOf(e.Arg(1));
        if (ot.IsWide)
        {
            var op = e.Tag switch { SexpTag.Eq => 0, SexpTag.Ne => 1, SexpTag.Lt => 2, SexpTag.Le => 3, SexpTag.Gt => 4, _ => 5 };
            return new WideCompare(Agg(e.Arg(1)), Agg(e.Arg(2)), ot.Signed, op, _m.TagOf(ot));
        }
        var a = Any(e.Arg(1));
        var b = Any(e.Arg(2));
        if (a is PtrNode || b is PtrNode)
        {
            var pa = a as PtrNode ?? IntAsPtr(a);
            var pb = b as PtrNode ?? IntAsPtr(b);
            return e.Tag switch
            {
                SexpTag.Eq => new PtrEq(pa, pb, true),
                SexpTag.Ne => new PtrEq(pa, pb, false),
                SexpTag.Lt => new PtrRel(pa, pb, 0),
                SexpTag.Le => new PtrRel(pa, pb, 1),
                SexpTag.Gt => new PtrRel(pa, pb, 2),
                _ => new PtrRel(pa, pb, 3),
            };
        }
        if (a is FltNode fa && b is FltNode fb)
        {
            return e.Tag switch
            {
                SexpTag.Eq => new FltCompare<FEq>(fa, fb),
                SexpTag.Ne => new FltCompare<FNe>(fa, fb),
                SexpTag.Lt => new FltCompare<FLt>(fa, fb),
                SexpTag.Le => new FltCompare<FLe>(fa, fb),
                SexpTag.Gt => new FltCompare<FGt>(fa, fb),
                _ => new FltCompare<FGe>(fa, fb),
            };
        }
        var ia = (IntNode)a;
        var ib = (IntNode)b;
        var s = ot.Signed;
        return e.Tag switch
        {
            SexpTag.Eq => new IntBin<EqOp>(ia, ib),
            SexpTag.Ne => new IntBin<NeOp>(ia, ib),
            SexpTag.Lt => s ? new IntBin<LtS>(ia, ib) : new IntBin<LtU>(ia, ib),
            SexpTag.Le => s ? new IntBin<LeS>(ia, ib) : new IntBin<LeU>(ia, ib),
            SexpTag.Gt => s ? new IntBin<GtS>(ia, ib) : new IntBin<GtU>(ia, ib),
            _ => s ? new IntBin<GeS>(ia, ib) : new IntBin<GeU>(ia, ib),
        };
    }

    private static PtrNode IntAsPtr(Node n) => n is IntNode i ? new IntToPtr(i) : throw new UnsupportedException("comparison operand");

    private Node Conversion(Sexp operand, VmType to)
    {
        var from = TypeOf(operand);
        var n = Any(operand);
        if (to.IsWide || from.IsWide) return WideConversion(n, from, to, Loc(operand));
        switch (to.Kind)
        {
            case ValueKind.Void:
                return AsVoid(n);
            case ValueKind.Int:
                return n switch
                {
                    IntNode i => from.Kind == ValueKind.Int && from.Size == to.Size && from.Signed == to.Signed && from.IsBool == to.IsBool ? i : new IntToInt(i, (int)to.Size, to.Signed, to.IsBool),
                    FltNode d => new FltToInt(d, (int)to.Size, to.Signed, to.IsBool),
                    PtrNode p => to.IsBool ? new TruthPtr(p) : new PtrToInt(p, (int)to.Size),
                    AggNode a => to.IsBool ? new TruthPtr(new AggAsPtr(a)) : new PtrToInt(new AggAsPtr(a), (int)to.Size),
                    _ => throw new UnsupportedException($"conversion to {to.Name}"),
                };
            case ValueKind.Float:
            case ValueKind.Double:
                return n switch
                {
                    IntNode i => new IntToFlt(i, !from.Signed && from.Size == 8, to.Kind == ValueKind.Float),
                    FltNode d => to.Kind == ValueKind.Float && from.Kind != ValueKind.Float ? new FltToFlt(d) : d,
                    _ => throw new UnsupportedException($"conversion to {to.Name}"),
                };
            case ValueKind.Pointer:
                return n switch
                {
                    PtrNode p => p,
                    AggNode a => new AggAsPtr(a),
                    IntNode i => new IntToPtr(i),
                    _ => throw new UnsupportedException($"conversion to {to.Name}"),
                };
            default:
                return n;
        }
    }

    /// <summary>Conversions to and from the 128-bit integers (6.3.1.3, 6.3.1.4).</summary>
    private Node WideConversion(Node n, VmType from, VmType to, Text.SourceLocation loc)
    {
        if (to.Kind == ValueKind.Void) return AsVoid(n);
        if (to.IsWide)
        {
            var tag = _m.TagOf(to);
            return n switch
            {
                AggNode w when from.IsWide => from.Scalar == to.Scalar ? w : new WideToWide(w, _m.TagOf(from), tag, ResultBuffer(to, loc)),
                IntNode i => new IntToWide(i, !from.Signed, tag, ResultBuffer(to, loc)),
                FltNode d => new FltToWide(d, to.Signed, tag, ResultBuffer(to, loc)),
                PtrNode p => new IntToWide(new PtrToInt(p, 8), true, tag, ResultBuffer(to, loc)),
                _ => throw new UnsupportedException($"conversion of {from.Name} to {to.Name}"),
            };
        }
        var wide = n as AggNode ?? throw new UnsupportedException($"conversion of {from.Name} to {to.Name}");
        var fromTag = _m.TagOf(from);
        return to.Kind switch
        {
            ValueKind.Int => new WideToInt(wide, (int)to.Size, to.Signed, to.IsBool, fromTag),
            ValueKind.Float or ValueKind.Double => new WideToFlt(wide, from.Signed, to.Kind == ValueKind.Float, fromTag),
            ValueKind.Pointer => new IntToPtr(new WideToInt(wide, 8, false, false, fromTag)),
            _ => throw new UnsupportedException($"conversion of {from.Name} to {to.Name}"),
        };
    }

    private Node Call(Sexp e, VmType t)
    {
        var calleeExpr = e.Arg(1);
        VmFunction? direct = null;
        PtrNode? pointer = null;
        if (calleeExpr.Tag == SexpTag.Func && OverflowBuiltin(calleeExpr.StringArg(1), e) is { } overflow) return overflow;
        if (calleeExpr.Tag == SexpTag.Func) direct = _unit.Symbol(calleeExpr.StringArg(1)).Function;
        if (direct is null) pointer = Ptr(calleeExpr);
        var args = new List<ArgPush>();
        for (var i = 2; i < e.Args.Length; i++)
        {
            var a = e.Arg(i);
            if (a.Tag == SexpTag.Varargs)
            {
                foreach (var v in a.Args) args.Add(Push(v.AsSexp));
            }
            else args.Add(Push(a));
        }
        var target = new CallTarget(direct, pointer, [.. args]);
        return t.Kind switch
        {
            ValueKind.Int => new CallInt(target, (int)t.Size, t.Signed),
            ValueKind.Float or ValueKind.Double => new CallFlt(target),
            ValueKind.Pointer => new CallPtr(target),
            ValueKind.Aggregate => new CallAgg(target, ResultBuffer(t, Loc(e)), t.Size),
            _ => new CallVoid(target),
        };
    }

    /// <summary>
    /// Where a call site keeps the struct a call returned: a hidden local of the caller's frame, so
    /// each activation has its own (a recursive call's result is still pending while the same call
    /// site runs again in a deeper activation: <c>add(fib(n - 1), fib(n - 2))</c>).
    /// </summary>
    private PtrNode ResultBuffer(VmType t, Text.SourceLocation loc)
    {
        if (_body is null)
        {
            // A static initialiser runs once, outside any frame.
            return new PtrConst(MemorySpace.PointerTo(_m.Memory.AllocateStatic($"temporary at {loc}", (ulong)Math.Max(t.Size, 0), (ulong)Math.Max(t.Align, 1), loc)));
        }
        var index = _blobLocals.Count;
        _blobLocals.Add(new LocalSpec($"result of the call at {loc}", (ulong)Math.Max(t.Size, 0), (ulong)Math.Max(t.Align, 1), loc,
            new NamedAllocationType(t.Name, t.Size)));
        return new LocalAddr(index) { Loc = loc };
    }

    private ArgPush Push(Sexp a) => Any(a) switch
    {
        IntNode i => new PushInt(i),
        FltNode d => new PushFlt(d),
        PtrNode p => new PushPtr(p),
        AggNode g => new PushAgg(g),
        _ => throw new UnsupportedException("void argument"),
    };
}
