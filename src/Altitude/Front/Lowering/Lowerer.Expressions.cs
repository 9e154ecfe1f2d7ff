using System.Collections.Immutable;
using Altitude.Front.Semantics;
using Altitude.Sexpcode;
using Altitude.Text;
using Altitude.Types;
using SexpNode = Altitude.Sexpcode.Sexp;

namespace Altitude.Front.Lowering;

public sealed partial class Lowerer
{
    // Nesting limit: the parser bounds expression depth, this guards anything built another way.
    private const int MaxExpressionDepth = 4000;
    private int _depth;

    /// <summary>An expression whose value is used: lvalues lower to objects, everything else to values.</summary>
    private SexpNode Lower(BoundExpression e)
    {
        if (++_depth > MaxExpressionDepth)
        {
            _depth--;
            Unsupported(e.Location, "an expression nested this deeply");
            return SexpNode.Make(SexpTag.Lit, IntType, 0);
        }
        try
        {
            // Static initializers are data: an arithmetic constant expression is its value.
            if (_function is null && e.Type.IsArithmetic && e.Constant is { IsInteger: true } or { IsFloat: true })
            {
                return LowerConstant(e.Type, e.Constant.Value, e.Location);
            }
            return LowerCore(e, discard: false);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>An expression evaluated only for its side effects (expression statements, for-steps, comma left operands).</summary>
    private SexpNode LowerDiscarded(BoundExpression e)
    {
        if (++_depth > MaxExpressionDepth)
        {
            _depth--;
            Unsupported(e.Location, "an expression nested this deeply");
            return SexpNode.Make(SexpTag.Lit, IntType, 0);
        }
        try
        {
            return LowerCore(e, discard: true);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>(not int e): the condition of a jump taken when e is zero.</summary>
    private SexpNode Negate(BoundExpression condition) => SexpNode.Make(SexpTag.Not, IntType, Lower(condition));

    /// <summary>e converted to <paramref name="type"/> when its type differs.</summary>
    private SexpNode ConvertTo(BoundExpression e, CType type)
    {
        var value = Lower(e);
        return TypeRules.SameType(e.Type.Unqualified, type.Unqualified) ? value : Convert(e.Location, type, value);
    }

    private SexpNode Convert(SourceLocation location, CType type, SexpNode value) =>
        SexpNode.Located(SexpTag.Convert, Loc(location), Type(type), value);

    private static SexpNode Lit(SexpNode type, long value) => SexpNode.Make(SexpTag.Lit, type, value);

    private SexpNode LowerCore(BoundExpression e, bool discard)
    {
        var loc = Loc(e.Location);
        switch (e)
        {
            case BoundLiteral lit:
                return LowerConstant(lit.Type, lit.Value, e.Location);
            case BoundStringLiteral s:
                return LowerStringLiteral(s.Literal, s.Type);
            case BoundSymbolReference r:
                return LowerSymbol(r);
            case BoundConversion c:
                return LowerConversion(c, discard);
            case BoundUnary u:
                return u.Operator switch
                {
                    BoundUnaryOperator.Plus => Lower(u.Operand),
                    BoundUnaryOperator.Negate => SexpNode.Located(SexpTag.Neg, loc, Type(u.Type), Lower(u.Operand)),
                    BoundUnaryOperator.BitwiseNot => SexpNode.Make(SexpTag.BitNot, Type(u.Type), Lower(u.Operand)),
                    _ => SexpNode.Make(SexpTag.Not, Type(u.Type), Lower(u.Operand)),
                };
            case BoundAddressOf a:
                // A function designator already lowers to the function's address.
                return a.Operand.Category == ValueCategory.FunctionDesignator || a.Operand.Type.IsFunction
                    ? Lower(a.Operand)
                    : SexpNode.Make(SexpTag.Addr, Type(a.Type), Lower(a.Operand));
            case BoundDereference d:
                return d.Type.IsFunction ? Lower(d.Operand) : SexpNode.Located(SexpTag.Deref, loc, Type(d.Type), Lower(d.Operand));
            case BoundMemberAccess m:
                return SexpNode.Located(SexpTag.Member, loc, Type(m.Type), Lower(m.Operand), FieldName(m.Member));
            case BoundIndex ix:
                return LowerIndex(ix);
            case BoundIncrement inc:
                return LowerIncrement(inc, discard);
            case BoundBinary b:
                return LowerBinary(b);
            case BoundAssignment a:
                return SexpNode.Located(SexpTag.Store, loc, Type(a.Type), Lower(a.Left), Lower(a.Right));
            case BoundCompoundAssignment ca:
                return LowerCompoundAssignment(ca);
            case BoundConditional c:
                return LowerConditional(c);
            case BoundComma comma:
                return Seq(comma.Type, [LowerDiscarded(comma.Left)], discard ? LowerDiscarded(comma.Right) : Lower(comma.Right));
            case BoundCall call:
                return LowerCall(call);
            case BoundSizeOf s:
                return SexpNode.Make(SexpTag.Sizeof, Type(s.Type), Type(s.OfType));
            case BoundAlignOf a:
                return SexpNode.Make(SexpTag.Alignof, Type(a.Type), Type(a.OfType));
            case BoundOffsetOf o:
                return LowerOffsetOf(o);
            case BoundCompoundLiteral cl:
                return LowerCompoundLiteral(cl);
            case BoundStatementExpression se:
                return LowerStatementExpression(se);
            case BoundVaArg va:
                return SexpNode.Located(SexpTag.VaArg, loc, Type(va.Type), Lower(va.List));
            case BoundLabelAddress la:
                return LowerLabelAddress(la);
            case BoundBuiltinCall bc:
                return LowerBuiltin(bc);
            case BoundErrorExpression:
                // Already reported by the analyser; a driver does not run sexpcode made from an erroneous unit.
                return Lit(IntType, 0);
            default:
                Unsupported(e.Location, e.GetType().Name);
                return Lit(IntType, 0);
        }
    }

    // GNU && label: inside its function just the label; from a static initializer also the function.
    private SexpNode LowerLabelAddress(BoundLabelAddress la)
    {
        if (_function is not null && (!_labelFunctions.TryGetValue(la.Label, out var owner) || ReferenceEquals(owner, _function.Function.Symbol)))
        {
            return SexpNode.Make(SexpTag.LabelAddr, Type(la.Type), LabelName(la.Label));
        }
        if (_labelFunctions.TryGetValue(la.Label, out var function) && _labelNames.TryGetValue(la.Label, out var name))
        {
            return SexpNode.Make(SexpTag.LabelAddr, Type(la.Type), name, GlobalName(function));
        }
        Unsupported(la.Location, "the address of a label outside its function");
        return Lit(Type(la.Type), 0);
    }

    private SexpNode LowerConstant(CType type, ConstantValue value, SourceLocation location)
    {
        switch (value.Kind)
        {
            case ConstantKindValue.Integer:
                if (type.IsFloating) return SexpNode.Make(SexpTag.Lit, Type(type), (double)value.Integer);
                return Lit(Type(type), (long)value.Integer);
            case ConstantKindValue.Float:
                if (!type.IsFloating) return Lit(Type(type), (long)value.Float);
                return SexpNode.Make(SexpTag.Lit, Type(type), value.Float);
            default:
                if (value.Base is null) return Lit(Type(type), (long)value.Integer);
                Unsupported(location, "an address constant literal");
                return Lit(Type(type), 0);
        }
    }

    private SexpNode LowerStringLiteral(StringLiteralSymbol literal, CType type)
    {
        var t = Type(type);
        var elementSize = (int)Math.Max(1, TypeLayout.SizeOf(literal.ElementType));
        var bytes = literal.Bytes;
        var count = bytes.Length / elementSize;
        if (elementSize == 1)
        {
            // One code unit per byte; the terminating null is implied by the array type.
            var n = Math.Max(0, count - 1);
            var chars = new char[n];
            for (var i = 0; i < n; i++) chars[i] = (char)bytes[i];
            return SexpNode.Make(SexpTag.String, t, new string(chars));
        }
        var children = new List<SexpChild> { t };
        for (var i = 0; i < count - 1; i++) children.Add(ReadUnit(bytes, i * elementSize, elementSize));
        return SexpNode.Make(SexpTag.WideString, children);
    }

    private static long ReadUnit(byte[] bytes, int offset, int size)
    {
        long v = 0;
        for (var k = size - 1; k >= 0; k--) v = (v << 8) | bytes[offset + k];
        return v;
    }

    private SexpNode LowerSymbol(BoundSymbolReference r)
    {
        var s = r.Symbol;
        switch (s.Kind)
        {
            case SymbolKind.EnumConstant:
                return Lit(Type(r.Type), (long)s.ConstantValue);
            case SymbolKind.Function:
                return SexpNode.Make(SexpTag.Func, Type(new PointerType(s.Type)), GlobalName(s));
        }
        if (_function is not null && IsAutomatic(s) && s.Storage != StorageDuration.Static)
        {
            return SexpNode.Make(SexpTag.Local, Type(r.Type), LocalName(s));
        }
        return SexpNode.Make(SexpTag.Global, Type(r.Type), GlobalName(s));
    }

    private SexpNode LowerConversion(BoundConversion c, bool discard)
    {
        var loc = Loc(c.Location);
        switch (c.Kind)
        {
            case ConversionKind.LvalueToRvalue when _function is null && c.Constant is { IsInteger: true } or { IsFloat: true }:
                // A static initializer reading a const static scalar (gcc folds it): the value, as data.
                return LowerConstant(c.Type, c.Constant.Value, c.Location);
            case ConversionKind.LvalueToRvalue:
                return SexpNode.Located(SexpTag.Load, loc, Type(c.Type), Lower(c.Operand));
            case ConversionKind.ArrayToPointer:
                return SexpNode.Make(SexpTag.Decay, Type(c.Type), Lower(c.Operand));
            case ConversionKind.FunctionToPointer:
                return Lower(c.Operand);
            case ConversionKind.NullToPointer when c.Operand.Constant is { IsZero: true }:
                return Lit(Type(c.Type), 0);
            case ConversionKind.ToVoid:
                return SexpNode.Make(SexpTag.Convert, VoidType, discard ? LowerDiscarded(c.Operand) : Lower(c.Operand));
            case ConversionKind.NoOp:
                {
                    var operand = Lower(c.Operand);
                    var to = Type(c.Type);
                    var from = Type(c.Operand.Type);
                    return SexpNode.StructurallyEquals(to, from) ? operand : SexpNode.Make(SexpTag.Convert, to, operand);
                }
            default:
                return SexpNode.Located(SexpTag.Convert, loc, Type(c.Type), Lower(c.Operand));
        }
    }

    // postfix-expression [ expression ] (C17 6.5.2.1): indexing an array object stays an index;
    // indexing through a pointer is *(p + i).
    private SexpNode LowerIndex(BoundIndex ix)
    {
        var loc = Loc(ix.Location);
        if (ix.Pointer is BoundConversion { Kind: ConversionKind.ArrayToPointer } decay)
        {
            return SexpNode.Located(SexpTag.Index, loc, Type(ix.Type), Lower(decay.Operand), Lower(ix.Index));
        }
        var pointer = Lower(ix.Pointer);
        var added = SexpNode.Located(SexpTag.PtrAdd, loc, Type(ix.Pointer.Type), pointer, Lower(ix.Index));
        return SexpNode.Located(SexpTag.Deref, loc, Type(ix.Type), added);
    }

    private static readonly Dictionary<BoundBinaryOperator, SexpTag> BinaryTags = new()
    {
        [BoundBinaryOperator.Multiply] = SexpTag.Mul,
        [BoundBinaryOperator.Divide] = SexpTag.Div,
        [BoundBinaryOperator.Remainder] = SexpTag.Rem,
        [BoundBinaryOperator.Add] = SexpTag.Add,
        [BoundBinaryOperator.Subtract] = SexpTag.Sub,
        [BoundBinaryOperator.ShiftLeft] = SexpTag.Shl,
        [BoundBinaryOperator.ShiftRight] = SexpTag.Shr,
        [BoundBinaryOperator.BitwiseAnd] = SexpTag.BitAnd,
        [BoundBinaryOperator.BitwiseXor] = SexpTag.BitXor,
        [BoundBinaryOperator.BitwiseOr] = SexpTag.BitOr,
        [BoundBinaryOperator.Less] = SexpTag.Lt,
        [BoundBinaryOperator.Greater] = SexpTag.Gt,
        [BoundBinaryOperator.LessEqual] = SexpTag.Le,
        [BoundBinaryOperator.GreaterEqual] = SexpTag.Ge,
        [BoundBinaryOperator.Equal] = SexpTag.Eq,
        [BoundBinaryOperator.NotEqual] = SexpTag.Ne,
        [BoundBinaryOperator.LogicalAnd] = SexpTag.And,
        [BoundBinaryOperator.LogicalOr] = SexpTag.Or,
        [BoundBinaryOperator.PointerAdd] = SexpTag.PtrAdd,
        [BoundBinaryOperator.PointerSubtract] = SexpTag.PtrSub,
        [BoundBinaryOperator.PointerDifference] = SexpTag.PtrDiff,
    };

    /// <summary>Operations that cannot fail need no location (bitwise operations, equality, logic).</summary>
    private static bool CanFail(SexpTag tag) => tag is not (SexpTag.BitAnd or SexpTag.BitOr or SexpTag.BitXor
        or SexpTag.Eq or SexpTag.Ne or SexpTag.And or SexpTag.Or);

    private SexpNode LowerBinary(BoundBinary b)
    {
        var tag = BinaryTags[b.Operator];
        var loc = CanFail(tag) ? Loc(b.Location) : null;
        return SexpNode.Located(tag, loc, Type(b.Type), Lower(b.Left), Lower(b.Right));
    }

    private SexpNode Seq(CType type, List<SexpNode> first, SexpNode last)
    {
        var children = new List<SexpChild> { Type(type) };
        foreach (var f in first)
        {
            // Flatten nested sequences: (seq T (seq U a b) c) is (seq T a b c) when a and b are discarded anyway.
            if (f.Tag == SexpTag.Seq) for (var i = 1; i < f.ArgCount; i++) children.Add(f.Args[i]);
            else children.Add(f);
        }
        children.Add(last);
        return SexpNode.Make(SexpTag.Seq, children);
    }

    /// <summary>
    /// True when evaluating the expression twice has the same effect as once: no calls, stores,
    /// increments or volatile accesses. Such an lvalue is re-evaluated by compound assignment and
    /// ++/--; any other goes through a temporary pointer.
    /// </summary>
    private static bool IsPure(BoundExpression e, int depth = 0)
    {
        if (depth > 32 || e.Type.IsVolatile) return false;
        return e switch
        {
            BoundLiteral or BoundStringLiteral or BoundSizeOf { Operand: null } or BoundAlignOf => true,
            BoundSymbolReference => true,
            BoundConversion c => IsPure(c.Operand, depth + 1),
            BoundMemberAccess m => IsPure(m.Operand, depth + 1),
            BoundDereference d => IsPure(d.Operand, depth + 1),
            BoundIndex i => IsPure(i.Pointer, depth + 1) && IsPure(i.Index, depth + 1),
            BoundUnary u => IsPure(u.Operand, depth + 1),
            BoundBinary b => IsPure(b.Left, depth + 1) && IsPure(b.Right, depth + 1),
            _ => false,
        };
    }

    /// <summary>
    /// Evaluates an lvalue once for a read-modify-write: pure lvalues are used as they are; others
    /// store their address in a temporary first (<paramref name="setup"/>) and become a deref of it.
    /// </summary>
    private (SexpNode Object, SexpNode? Setup) StableLvalue(BoundExpression lvalue)
    {
        if (IsPure(lvalue)) return (Lower(lvalue), null);
        if (lvalue is BoundMemberAccess { Member.IsBitField: true } bits && bits.Operand.IsLValue)
        {
            // A bit-field has no address: stabilise the struct or union that holds it instead.
            var (holder, holderSetup) = StableLvalue(bits.Operand);
            return (SexpNode.Located(SexpTag.Member, Loc(bits.Location), Type(bits.Type), holder, FieldName(bits.Member)), holderSetup);
        }
        var obj = Lower(lvalue);
        var pointerType = new PointerType(lvalue.Type);
        var temp = NewTemp(pointerType);
        var tempObject = SexpNode.Make(SexpTag.Local, Type(pointerType), temp);
        var setup = SexpNode.Make(SexpTag.Store, Type(pointerType), tempObject, SexpNode.Make(SexpTag.Addr, Type(pointerType), obj));
        var deref = SexpNode.Located(SexpTag.Deref, Loc(lvalue.Location), Type(lvalue.Type), SexpNode.Make(SexpTag.Load, Type(pointerType), tempObject));
        return (deref, setup);
    }

    // ++ and -- (C17 6.5.2.4, 6.5.3.1): E = E ± 1 computed in the promoted type.
    private SexpNode LowerIncrement(BoundIncrement inc, bool discard)
    {
        var loc = Loc(inc.Location);
        var type = inc.Type.Unqualified;
        var t = Type(type);
        var (obj, setup) = StableLvalue(inc.Operand);
        var isPost = inc.Kind is IncrementKind.PostIncrement or IncrementKind.PostDecrement;
        var isInc = inc.Kind is IncrementKind.PreIncrement or IncrementKind.PostIncrement;
        var prelude = new List<SexpNode>();
        if (setup is not null) prelude.Add(setup);

        SexpNode oldValue;
        string? oldTemp = null;
        if (isPost && !discard)
        {
            oldTemp = NewTemp(type);
            prelude.Add(SexpNode.Make(SexpTag.Store, t, SexpNode.Make(SexpTag.Local, t, oldTemp), SexpNode.Located(SexpTag.Load, loc, t, obj)));
            oldValue = SexpNode.Make(SexpTag.Load, t, SexpNode.Make(SexpTag.Local, t, oldTemp));
        }
        else
        {
            oldValue = SexpNode.Located(SexpTag.Load, loc, t, obj);
        }

        SexpNode newValue;
        if (type.IsPointer)
        {
            newValue = SexpNode.Located(isInc ? SexpTag.PtrAdd : SexpTag.PtrSub, loc, t, oldValue, Lit(LongType, 1));
        }
        else
        {
            var opType = type.IsFloating ? type : TypeRules.Promote(type);
            var ot = Type(opType);
            var one = opType.IsFloating ? SexpNode.Make(SexpTag.Lit, ot, 1.0) : Lit(ot, 1);
            var operand = TypeRules.SameType(opType, type) ? oldValue : SexpNode.Make(SexpTag.Convert, ot, oldValue);
            newValue = SexpNode.Located(isInc ? SexpTag.Add : SexpTag.Sub, loc, ot, operand, one);
            if (!TypeRules.SameType(opType, type)) newValue = SexpNode.Located(SexpTag.Convert, loc, t, newValue);
        }
        var store = SexpNode.Located(SexpTag.Store, loc, t, obj, newValue);
        if (oldTemp is not null)
        {
            prelude.Add(store);
            return Seq(type, prelude, SexpNode.Make(SexpTag.Load, t, SexpNode.Make(SexpTag.Local, t, oldTemp)));
        }
        return prelude.Count == 0 ? store : Seq(type, prelude, store);
    }

    // E1 op= E2 (C17 6.5.16.2): E1 = (T1)((OpType)E1 op E2), E1 evaluated once.
    private SexpNode LowerCompoundAssignment(BoundCompoundAssignment ca)
    {
        var loc = Loc(ca.Location);
        var type = ca.Type.Unqualified;
        var t = Type(type);
        var (obj, setup) = StableLvalue(ca.Left);
        var leftType = ca.Left.Type.Unqualified;
        SexpNode current = SexpNode.Located(SexpTag.Load, loc, Type(leftType), obj);
        var opType = ca.OperationType.Unqualified;
        if (!TypeRules.SameType(opType, leftType)) current = SexpNode.Located(SexpTag.Convert, loc, Type(opType), current);
        var tag = BinaryTags[ca.Operator];
        var combined = SexpNode.Located(tag, CanFail(tag) ? loc : null, Type(opType), current, Lower(ca.Right));
        if (!TypeRules.SameType(opType, type)) combined = SexpNode.Located(SexpTag.Convert, loc, t, combined);
        var store = SexpNode.Located(SexpTag.Store, loc, t, obj, combined);
        return setup is null ? store : Seq(type, [setup], store);
    }

    private SexpNode LowerConditional(BoundConditional c)
    {
        var t = Type(c.Type);
        if (c.WhenTrue is not null) return SexpNode.Make(SexpTag.Cond, t, Lower(c.Condition), Lower(c.WhenTrue), Lower(c.WhenFalse));
        // GNU c ?: b — c is evaluated once.
        var condType = c.Condition.Type.Unqualified;
        var ct = Type(condType);
        var temp = NewTemp(condType);
        var tempObj = SexpNode.Make(SexpTag.Local, ct, temp);
        SexpNode reload = SexpNode.Make(SexpTag.Load, ct, tempObj);
        var value = TypeRules.SameType(condType, c.Type.Unqualified) || c.Type.IsVoid ? reload : Convert(c.Location, c.Type, reload);
        var save = SexpNode.Make(SexpTag.Store, ct, tempObj, Lower(c.Condition));
        return Seq(c.Type, [save], SexpNode.Make(SexpTag.Cond, t, SexpNode.Make(SexpTag.Load, ct, tempObj), value, Lower(c.WhenFalse)));
    }

    // postfix-expression ( argument-expression-list ) (C17 6.5.2.2)
    private SexpNode LowerCall(BoundCall call)
    {
        var children = new List<SexpChild>();
        if (Loc(call.Location) is { } loc) children.Add(loc);
        children.Add(Type(call.Type));
        children.Add(Lower(call.Callee));
        var fixedCount = call.FunctionType.HasPrototype ? call.FunctionType.Parameters.Length : int.MaxValue;
        var args = OrEmpty(call.Arguments);
        for (var i = 0; i < args.Length && i < fixedCount; i++) children.Add(Lower(args[i]));
        if (call.FunctionType.HasPrototype && call.FunctionType.IsVariadic)
        {
            var rest = new List<SexpChild>();
            for (var i = fixedCount; i < args.Length; i++) rest.Add(Lower(args[i]));
            children.Add(SexpNode.Make(SexpTag.Varargs, rest));
        }
        return SexpNode.Make(SexpTag.Call, children);
    }

    private SexpNode LowerOffsetOf(BoundOffsetOf o)
    {
        var children = new List<SexpChild> { Type(o.Type), Type(o.OfType) };
        foreach (var step in OrEmpty(o.Path))
        {
            if (step.Member is { } member)
            {
                children.Add(FieldName(member));
            }
            else if (step.Index?.Constant is { IsInteger: true } c)
            {
                children.Add((long)c.Integer);
            }
            else if (o.Constant is { IsInteger: true } whole)
            {
                // A run-time index: the analyser folded what it could; keep the value.
                return Lit(Type(o.Type), (long)whole.Integer);
            }
            else
            {
                Unsupported(o.Location, "offsetof with a non-constant array index");
                return Lit(Type(o.Type), 0);
            }
        }
        if (children.Count == 2) return Lit(Type(o.Type), 0);
        return SexpNode.Make(SexpTag.Offsetof, children);
    }

    private SexpNode LowerCompoundLiteral(BoundCompoundLiteral cl)
    {
        if (_function is null || cl.Object.Storage == StorageDuration.Static)
        {
            return SexpNode.Make(SexpTag.Global, Type(cl.Type), GlobalName(cl.Object));
        }
        return SexpNode.Located(SexpTag.CompoundLiteral, Loc(cl.Location), Type(cl.Type), LocalName(cl.Object), LowerInitializer(cl.Initializer));
    }

    // GNU ({ block-item-list }): statements run in order, then the value of the last expression.
    private SexpNode LowerStatementExpression(BoundStatementExpression se)
    {
        if (_function is null)
        {
            Unsupported(se.Location, "a statement expression outside a function");
            return Lit(IntType, 0);
        }
        var statements = OrEmpty(se.Body.Statements);
        // The analyser may keep the final expression statement in the block and point Result at its
        // expression: then that statement is the result, not a statement to run first.
        if (se.Result is not null && statements.Length > 0 && statements[^1] is BoundExpressionStatement last && Contains(se.Result, last.Expression))
        {
            statements = statements.RemoveAt(statements.Length - 1);
        }
        var saved = F.Out;
        F.Out = [];
        F.Scopes.Add([]);
        foreach (var s in statements) LowerStatement(s);
        F.Scopes.RemoveAt(F.Scopes.Count - 1);
        var body = F.Out;
        F.Out = saved;
        var children = new List<SexpChild> { Type(se.Type) };
        children.AddRange(body);
        if (se.Result is not null && !se.Type.IsVoid) children.Add(Lower(se.Result));
        else if (se.Result is not null) children.Add(SexpNode.Make(SexpTag.Expr, LowerDiscarded(se.Result)));
        return SexpNode.Make(SexpTag.StmtExpr, children);
    }

    private static bool Contains(BoundExpression outer, BoundExpression inner)
    {
        for (var e = outer; e is not null; e = (e as BoundConversion)?.Operand)
        {
            if (ReferenceEquals(e, inner)) return true;
        }
        return false;
    }

    private SexpNode LowerBuiltin(BoundBuiltinCall bc)
    {
        var loc = Loc(bc.Location);
        var t = Type(bc.Type);
        var args = OrEmpty(bc.Arguments);
        SexpNode Arg(int i) => i < args.Length ? Lower(args[i]) : Lit(IntType, 0);
        switch (bc.Builtin)
        {
            case BuiltinKind.VaStart:
                return SexpNode.Located(SexpTag.VaStart, loc, t, Arg(0));
            case BuiltinKind.VaEnd:
                return SexpNode.Located(SexpTag.VaEnd, loc, t, Arg(0));
            case BuiltinKind.VaCopy:
                return SexpNode.Located(SexpTag.VaCopy, loc, t, Arg(0), Arg(1));
            case BuiltinKind.Alloca:
                return SexpNode.Located(SexpTag.Alloca, loc, t, Arg(0));
            case BuiltinKind.Expect:
                // The value of the first argument; the hint is evaluated only if it could have an effect.
                if (args.Length > 1 && !IsPure(args[1])) return Seq(bc.Type, [Arg(0)], LowerDiscarded(args[1]));
                return Arg(0);
            case BuiltinKind.Unreachable:
                return SexpNode.Located(SexpTag.Builtin, loc, t, "unreachable");
            case BuiltinKind.Trap:
                return SexpNode.Located(SexpTag.Builtin, loc, t, "trap");
            case BuiltinKind.ConstantP:
            case BuiltinKind.TypesCompatibleP:
                return Lit(t, bc.Constant is { IsInteger: true } c ? (long)c.Integer : 0);
            case BuiltinKind.ChooseExpr:
                if (bc.Constant is { } k) return LowerConstant(bc.Type, k, bc.Location);
                return args.Length switch
                {
                    1 => Arg(0),
                    3 => Arg(bc.Constant is { IsZero: true } ? 2 : 1),
                    _ => Arg(0),
                };
            case BuiltinKind.FrameAddress:
                {
                    var children = new List<SexpChild>();
                    if (loc is { } l) children.Add(l);
                    children.Add(t);
                    children.Add("frame_address");
                    foreach (var a in args) children.Add(Lower(a));
                    return SexpNode.Make(SexpTag.Builtin, children);
                }
            default:
                Unsupported(bc.Location, "builtin " + bc.Builtin);
                return Lit(IntType, 0);
        }
    }
}
