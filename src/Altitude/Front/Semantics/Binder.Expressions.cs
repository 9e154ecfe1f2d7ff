using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Altitude.Front.Parsing;
using Altitude.Text;
using Altitude.Types;
using Q = Altitude.Types.TypeQualifiers;

namespace Altitude.Front.Semantics;

internal sealed partial class Binder
{
    /// <summary>expression (C17 6.5): binds without decay or lvalue conversion (callers apply <see cref="RValue"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression BindExpression(ExpressionSyntax syntax)
    {
        if (!Enter(syntax.Location)) { Leave(); return new BoundErrorExpression(syntax.Location); }
        try
        {
            return syntax switch
            {
                ErrorExpressionSyntax => new BoundErrorExpression(syntax.Location),
                IdentifierExpressionSyntax id => BindIdentifier(id),
                ConstantExpressionSyntax c => BindConstant(c),
                StringLiteralExpressionSyntax s => BindStringLiteral(s),
                UnaryExpressionSyntax u => BindUnary(u),
                BinaryExpressionSyntax b => BindBinary(b),
                AssignmentExpressionSyntax a => BindAssignment(a),
                ConditionalExpressionSyntax c => BindConditional(c),
                CastExpressionSyntax c => BindCast(c),
                SizeofExpressionSyntax s => BindSizeof(s),
                AlignofExpressionSyntax a => BindAlignof(a),
                CallExpressionSyntax c => BindCall(c),
                MemberAccessExpressionSyntax m => BindMemberAccess(m),
                IndexExpressionSyntax i => BindIndex(i),
                CompoundLiteralExpressionSyntax c => BindCompoundLiteral(c),
                GenericSelectionExpressionSyntax g => BindGeneric(g),
                StatementExpressionSyntax s => BindStatementExpression(s),
                VaArgExpressionSyntax v => BindVaArg(v),
                OffsetofExpressionSyntax o => BindOffsetof(o),
                TypesCompatibleExpressionSyntax t => BindTypesCompatible(t),
                LabelAddressExpressionSyntax l => BindLabelAddress(l),
                _ => new BoundErrorExpression(syntax.Location),
            };
        }
        finally
        {
            Leave();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression BindValue(ExpressionSyntax syntax) => RValue(BindExpression(syntax));

    private static string OperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Multiply => "*", BinaryOperator.Divide => "/", BinaryOperator.Remainder => "%",
        BinaryOperator.Add => "+", BinaryOperator.Subtract => "-",
        BinaryOperator.ShiftLeft => "<<", BinaryOperator.ShiftRight => ">>",
        BinaryOperator.Less => "<", BinaryOperator.Greater => ">", BinaryOperator.LessEqual => "<=", BinaryOperator.GreaterEqual => ">=",
        BinaryOperator.Equal => "==", BinaryOperator.NotEqual => "!=",
        BinaryOperator.BitwiseAnd => "&", BinaryOperator.BitwiseXor => "^", BinaryOperator.BitwiseOr => "|",
        BinaryOperator.LogicalAnd => "&&", BinaryOperator.LogicalOr => "||", _ => ",",
    };

    /// <summary>primary-expression: identifier (C17 6.5.1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression BindIdentifier(IdentifierExpressionSyntax id)
    {
        var s = _scope.Lookup(id.Name);
        if (s is null)
        {
            if (id.Name is "__func__" or "__FUNCTION__" or "__PRETTY_FUNCTION__" && _function is not null)
                return FunctionNameLiteral(id.Location);
            s = TryDeclareBuiltin(id.Name);
            if (s is null)
            {
                Report(SemanticErrors.Undeclared, id.Location, id.Name);
                return new BoundErrorExpression(id.Location);
            }
        }
        switch (s.Kind)
        {
            case SymbolKind.EnumConstant:
                return new BoundSymbolReference(id.Location, s.Type, s) { Constant = ConstantValue.OfInteger(s.ConstantValue), IsIntegerConstant = true };
            case SymbolKind.Function:
                s.IsReferenced = true;
                return new BoundSymbolReference(id.Location, s.Type, s) { Category = ValueCategory.FunctionDesignator };
            case SymbolKind.Typedef:
                Report(SemanticErrors.Undeclared, id.Location, id.Name);
                return new BoundErrorExpression(id.Location);
            default:
                return new BoundSymbolReference(id.Location, s.Type, s) { Category = ValueCategory.LValue };
        }
    }

    /// <summary>__func__ (C17 6.4.2.2): a static const char array holding the function's name.</summary>
    private BoundExpression FunctionNameLiteral(SourceLocation location)
    {
        var name = _function!.Symbol.Name;
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(name) + 1];
        System.Text.Encoding.UTF8.GetBytes(name, bytes);
        var lit = new StringLiteralSymbol(_nextSymbolId++, BasicType.Char, bytes, location);
        _strings.Add(lit);
        var type = new ArrayType(BasicType.Char.WithQualifiers(Q.Const), lit.Length);
        return new BoundStringLiteral(location, type, lit) { Category = ValueCategory.LValue };
    }

    /// <summary>constant (C17 6.4.4): integer, floating and character constants, decoded by <see cref="Literals"/> (which reports malformed ones).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression BindConstant(ConstantExpressionSyntax c)
    {
        switch (c.Kind)
        {
            case ConstantKind.Integer:
            {
                var lit = Literals.DecodeInteger(c.Spelling, c.Location, _diagnostics);
                CType t = lit.Type switch
                {
                    IntegerConstantType.Int => BasicType.Int,
                    IntegerConstantType.UnsignedInt => BasicType.UInt,
                    IntegerConstantType.Long => BasicType.Long,
                    IntegerConstantType.UnsignedLong => BasicType.ULong,
                    IntegerConstantType.LongLong => BasicType.LongLong,
                    _ => BasicType.ULongLong,
                };
                var v = ConstantValue.OfInteger(TypeRules.Truncate(lit.Value, t));
                return new BoundLiteral(c.Location, t, v, c.Spelling) { Constant = v, IsIntegerConstant = true };
            }
            case ConstantKind.Floating:
            {
                var lit = Literals.DecodeFloating(c.Spelling, c.Location, _diagnostics);
                CType t = lit.Type switch
                {
                    FloatingConstantType.Float => BasicType.Float,
                    FloatingConstantType.LongDouble => BasicType.LongDouble,
                    _ => BasicType.Double,
                };
                var v = ConstantValue.OfFloat(lit.Value);
                return new BoundLiteral(c.Location, t, v, c.Spelling) { Constant = v };
            }
            default:
            {
                var lit = Literals.DecodeCharacter(c.Spelling, c.Location, _diagnostics);
                CType t = lit.Encoding switch
                {
                    LiteralEncoding.Utf8 => BasicType.UChar,
                    LiteralEncoding.Wide => TypeRules.WCharT,
                    LiteralEncoding.Utf16 => TypeRules.Char16T,
                    LiteralEncoding.Utf32 => TypeRules.Char32T,
                    _ => BasicType.Int,
                };
                var v = ConstantValue.OfInteger(TypeRules.Truncate(lit.Value, t));
                return new BoundLiteral(c.Location, t, v, c.Spelling) { Constant = v, IsIntegerConstant = true };
            }
        }
    }

    /// <summary>Decodes a string-literal sequence into its element type and little-endian bytes, terminating null included.</summary>
    private (CType Element, byte[] Bytes) DecodeString(StringLiteralExpressionSyntax s)
    {
        var value = Literals.DecodeStringSequence(s.Parts, _diagnostics);
        CType elem = value.Encoding switch
        {
            LiteralEncoding.Wide => TypeRules.WCharT,
            LiteralEncoding.Utf16 => TypeRules.Char16T,
            LiteralEncoding.Utf32 => TypeRules.Char32T,
            _ => BasicType.Char,
        };
        int unit = value.UnitSize;
        var bytes = new byte[(value.Units.Length + 1) * unit];
        for (int i = 0; i < value.Units.Length; i++)
        {
            uint u = value.Units[i];
            for (int b = 0; b < unit; b++) bytes[i * unit + b] = (byte)(u >> (8 * b));
        }
        return (elem, bytes);
    }

    /// <summary>string-literal (C17 6.4.5): an lvalue array with static storage and a unique identity.</summary>
    private BoundStringLiteral BindStringLiteral(StringLiteralExpressionSyntax s)
    {
        var (elem, bytes) = DecodeString(s);
        var lit = new StringLiteralSymbol(_nextSymbolId++, elem, bytes, s.Location);
        _strings.Add(lit);
        return new BoundStringLiteral(s.Location, lit.Type, lit) { Category = ValueCategory.LValue };
    }

    /// <summary>Unary operators (C17 6.5.3) and postfix ++/-- (6.5.2.4).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression BindUnary(UnaryExpressionSyntax u)
    {
        switch (u.Operator)
        {
            case Parsing.UnaryOperator.AddressOf:
                return BindAddressOf(u);
            case Parsing.UnaryOperator.Dereference:
            {
                var p = BindValue(u.Operand);
                if (p is BoundErrorExpression) return p;
                if (p.Type is not PointerType pt)
                {
                    Report(SemanticErrors.DereferenceNonPointer, u.Location, p.Type.ToString());
                    return new BoundErrorExpression(u.Location);
                }
                return new BoundDereference(u.Location, pt.Pointee, p) { Category = pt.Pointee.IsFunction ? ValueCategory.FunctionDesignator : ValueCategory.LValue };
            }
            case Parsing.UnaryOperator.PreIncrement or Parsing.UnaryOperator.PreDecrement or Parsing.UnaryOperator.PostIncrement or Parsing.UnaryOperator.PostDecrement:
            {
                bool inc = u.Operator is Parsing.UnaryOperator.PreIncrement or Parsing.UnaryOperator.PostIncrement;
                var operand = BindExpression(u.Operand);
                if (operand is BoundErrorExpression) return operand;
                string verb = inc ? "increment" : "decrement";
                if (!operand.Type.IsScalar)
                {
                    Report(SemanticErrors.IncDecInvalid, u.Location, verb);
                    return new BoundErrorExpression(u.Location);
                }
                if (!CheckModifiable(operand, verb, u.Location)) return new BoundErrorExpression(u.Location);
                if (operand.Type is PointerType { Pointee: var pointee } && !pointee.IsComplete && !pointee.IsVoid)
                    Report(SemanticErrors.PointerArithIncomplete, u.Location);
                if (operand.Type is PointerType { Pointee.IsVoid: true } vp) Pedantic(SemanticErrors.VoidPointerArithmetic, u.Location, vp.ToString());
                var kind = u.Operator switch
                {
                    Parsing.UnaryOperator.PreIncrement => IncrementKind.PreIncrement,
                    Parsing.UnaryOperator.PreDecrement => IncrementKind.PreDecrement,
                    Parsing.UnaryOperator.PostIncrement => IncrementKind.PostIncrement,
                    _ => IncrementKind.PostDecrement,
                };
                return new BoundIncrement(u.Location, operand.Type.Unqualified, kind, operand);
            }
            case Parsing.UnaryOperator.Real or Parsing.UnaryOperator.Imag:
                Report(SemanticErrors.Unsupported, u.Location, "__real__/__imag__ (complex arithmetic)");
                return new BoundErrorExpression(u.Location);
        }
        var e = BindValue(u.Operand);
        if (e is BoundErrorExpression) return e;
        switch (u.Operator)
        {
            case Parsing.UnaryOperator.Plus or Parsing.UnaryOperator.Minus:
            {
                if (!e.Type.IsArithmetic)
                {
                    Report(SemanticErrors.InvalidUnaryOperand, u.Location, u.Operator == Parsing.UnaryOperator.Plus ? "plus" : "minus");
                    return new BoundErrorExpression(u.Location);
                }
                var t = TypeRules.Promote(e.Type);
                var operand = Convert(e, t, false);
                var op = u.Operator == Parsing.UnaryOperator.Plus ? BoundUnaryOperator.Plus : BoundUnaryOperator.Negate;
                return new BoundUnary(u.Location, t, op, operand) { Constant = FoldUnary(op, operand.Constant, t), IsIntegerConstant = operand.IsIntegerConstant };
            }
            case Parsing.UnaryOperator.BitwiseNot:
            {
                if (!e.Type.IsInteger)
                {
                    Report(SemanticErrors.InvalidUnaryOperand, u.Location, "bit-complement");
                    return new BoundErrorExpression(u.Location);
                }
                var t = TypeRules.Promote(e.Type);
                var operand = Convert(e, t, false);
                return new BoundUnary(u.Location, t, BoundUnaryOperator.BitwiseNot, operand) { Constant = FoldUnary(BoundUnaryOperator.BitwiseNot, operand.Constant, t), IsIntegerConstant = operand.IsIntegerConstant };
            }
            default: // LogicalNot
            {
                if (!e.Type.IsScalar)
                {
                    Report(SemanticErrors.InvalidUnaryOperand, u.Location, "exclamation mark");
                    return new BoundErrorExpression(u.Location);
                }
                ConstantValue? c = e.Constant is { } v && !(v.IsAddress && v.Base is not null) ? ConstantValue.OfInteger(v.IsZero ? 1 : 0) : e.Constant is { IsAddress: true } ? ConstantValue.OfInteger(0) : null;
                return new BoundUnary(u.Location, BasicType.Int, BoundUnaryOperator.LogicalNot, e) { Constant = c, IsIntegerConstant = e.IsIntegerConstant };
            }
        }
    }

    /// <summary>Unary &amp; (C17 6.5.3.2p1): a function designator or an lvalue that is not a bit-field nor register.</summary>
    private BoundExpression BindAddressOf(UnaryExpressionSyntax u)
    {
        var operand = BindExpression(u.Operand);
        if (operand is BoundErrorExpression) return operand;
        if (operand.Category == ValueCategory.FunctionDesignator)
        {
            var fc = operand is BoundSymbolReference fs ? ConstantValue.OfAddress(fs.Symbol, 0) : operand is BoundDereference fd ? fd.Operand.Constant : null;
            return new BoundAddressOf(u.Location, new PointerType(operand.Type), operand) { Constant = fc };
        }
        if (operand.Category != ValueCategory.LValue)
        {
            Report(SemanticErrors.LvalueRequired, u.Location, "unary '&' operand");
            return new BoundErrorExpression(u.Location);
        }
        if (operand is BoundMemberAccess { Member.IsBitField: true } bf)
        {
            Report(SemanticErrors.AddressOfBitField, u.Location, bf.Member.Name);
            return new BoundErrorExpression(u.Location);
        }
        if (RootSymbol(operand) is { IsRegister: true } reg)
        {
            Report(SemanticErrors.AddressOfRegister, u.Location, reg.Name);
            return new BoundErrorExpression(u.Location);
        }
        MarkAddressTaken(operand);
        return new BoundAddressOf(u.Location, new PointerType(operand.Type), operand) { Constant = LvalueAddress(operand) };
    }

    /// <summary>The declared object an lvalue designates part of (through members and array elements), if any.</summary>
    private static Symbol? RootSymbol(BoundExpression e)
    {
        for (int guard = 0; guard < 100000; guard++)
        {
            switch (e)
            {
                case BoundSymbolReference s: return s.Symbol;
                case BoundMemberAccess m: e = m.Operand; break;
                case BoundIndex { Pointer: BoundConversion { Kind: ConversionKind.ArrayToPointer } c }: e = c.Operand; break;
                default: return null;
            }
        }
        return null;
    }

    /// <summary>Modifiable lvalue (C17 6.3.2.1p1) for assignment and ++/--: reports what gcc reports.</summary>
    private bool CheckModifiable(BoundExpression e, string verb, SourceLocation location)
    {
        if (e is BoundErrorExpression) return false;
        if (e.Category != ValueCategory.LValue)
        {
            Report(SemanticErrors.LvalueRequired, location, verb == "assignment" ? "left operand of assignment" : verb + " operand");
            return false;
        }
        if (e.Type.IsArray)
        {
            if (verb == "assignment") Report(SemanticErrors.ArrayAssignment, location);
            else Report(SemanticErrors.IncDecInvalid, location, verb);
            return false;
        }
        if (!e.Type.IsComplete && !e.Type.IsVoid)
        {
            Report(SemanticErrors.IncompleteType, location, e.Type.Unqualified.ToString());
            return false;
        }
        if (e.Type.IsConst || (e.Type is RecordType rt && HasConstMember(rt.Decl, 0)))
        {
            string what = e switch
            {
                BoundSymbolReference { Symbol: var s } when s.Kind == SymbolKind.Parameter => $"parameter '{s.Name}'",
                BoundSymbolReference { Symbol: var s } => $"variable '{s.Name}'",
                BoundMemberAccess { Member: var m } => $"member '{m.Name}'",
                _ => "location",
            };
            Report(SemanticErrors.ReadOnly, location, verb, what);
            return false;
        }
        return true;
    }

    private static bool HasConstMember(RecordDecl d, int depth)
    {
        if (depth > 100) return false;
        foreach (var f in d.Fields)
        {
            var t = f.Type;
            while (t is ArrayType a) t = a.Element;
            if (t.IsConst) return true;
            if (t is RecordType r && HasConstMember(r.Decl, depth + 1)) return true;
        }
        return false;
    }

    /// <summary>Binary operators C17 6.5.5–6.5.14 and the comma operator 6.5.17.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression BindBinary(BinaryExpressionSyntax b)
    {
        if (b.Operator == BinaryOperator.Comma)
        {
            var l = BindValue(b.Left);
            var r = BindValue(b.Right);
            if (l is BoundErrorExpression || r is BoundErrorExpression) return new BoundErrorExpression(b.Location);
            return new BoundComma(b.Location, r.Type, l, r);
        }
        var left = BindValue(b.Left);
        var right = BindValue(b.Right);
        if (left is BoundErrorExpression || right is BoundErrorExpression) return new BoundErrorExpression(b.Location);
        return BindBinaryOperator(b.Operator, left, right, b.Location);
    }

    private BoundExpression InvalidOperands(BinaryOperator op, BoundExpression l, BoundExpression r, SourceLocation location)
    {
        if (l.Type.IsVoid || r.Type.IsVoid) Report(SemanticErrors.VoidValueUsed, location);
        else Report(SemanticErrors.InvalidBinaryOperands, location, OperatorText(op), l.Type.ToString(), r.Type.ToString());
        return new BoundErrorExpression(location);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression BindBinaryOperator(BinaryOperator op, BoundExpression left, BoundExpression right, SourceLocation location)
    {
        var lt = left.Type;
        var rt = right.Type;
        switch (op)
        {
            case BinaryOperator.LogicalAnd or BinaryOperator.LogicalOr:
            {
                if (!lt.IsScalar || !rt.IsScalar) return InvalidOperands(op, left, right, location);
                var bop = op == BinaryOperator.LogicalAnd ? BoundBinaryOperator.LogicalAnd : BoundBinaryOperator.LogicalOr;
                ConstantValue? c = null;
                bool ice = false;
                if (Truth(left.Constant) is { } lv)
                {
                    if (op == BinaryOperator.LogicalAnd && !lv) { c = ConstantValue.OfInteger(0); ice = left.IsIntegerConstant; }
                    else if (op == BinaryOperator.LogicalOr && lv) { c = ConstantValue.OfInteger(1); ice = left.IsIntegerConstant; }
                    else if (Truth(right.Constant) is { } rv) { c = ConstantValue.OfInteger(rv ? 1 : 0); ice = left.IsIntegerConstant && right.IsIntegerConstant; }
                }
                return new BoundBinary(location, BasicType.Int, bop, left, right) { Constant = c, IsIntegerConstant = ice };
            }
            case BinaryOperator.Multiply or BinaryOperator.Divide:
                if (!lt.IsArithmetic || !rt.IsArithmetic) return InvalidOperands(op, left, right, location);
                return Arithmetic(op == BinaryOperator.Multiply ? BoundBinaryOperator.Multiply : BoundBinaryOperator.Divide, left, right, location);
            case BinaryOperator.Remainder:
                if (!lt.IsInteger || !rt.IsInteger) return InvalidOperands(op, left, right, location);
                return Arithmetic(BoundBinaryOperator.Remainder, left, right, location);
            case BinaryOperator.BitwiseAnd or BinaryOperator.BitwiseOr or BinaryOperator.BitwiseXor:
                if (!lt.IsInteger || !rt.IsInteger) return InvalidOperands(op, left, right, location);
                return Arithmetic(op == BinaryOperator.BitwiseAnd ? BoundBinaryOperator.BitwiseAnd : op == BinaryOperator.BitwiseOr ? BoundBinaryOperator.BitwiseOr : BoundBinaryOperator.BitwiseXor, left, right, location);
            case BinaryOperator.ShiftLeft or BinaryOperator.ShiftRight:
            {
                if (!lt.IsInteger || !rt.IsInteger) return InvalidOperands(op, left, right, location);
                var t = TypeRules.Promote(lt);
                var l = Convert(left, t, false);
                var r = Convert(right, TypeRules.Promote(rt), false);
                var bop = op == BinaryOperator.ShiftLeft ? BoundBinaryOperator.ShiftLeft : BoundBinaryOperator.ShiftRight;
                return new BoundBinary(location, t, bop, l, r) { Constant = FoldBinary(bop, l.Constant, r.Constant, t, location), IsIntegerConstant = l.IsIntegerConstant && r.IsIntegerConstant };
            }
            case BinaryOperator.Add:
                if (lt.IsArithmetic && rt.IsArithmetic) return Arithmetic(BoundBinaryOperator.Add, left, right, location);
                if (lt.IsPointer && rt.IsInteger) return PointerArithmetic(BoundBinaryOperator.PointerAdd, left, right, location);
                if (lt.IsInteger && rt.IsPointer) return PointerArithmetic(BoundBinaryOperator.PointerAdd, right, left, location);
                return InvalidOperands(op, left, right, location);
            case BinaryOperator.Subtract:
                if (lt.IsArithmetic && rt.IsArithmetic) return Arithmetic(BoundBinaryOperator.Subtract, left, right, location);
                if (lt.IsPointer && rt.IsInteger) return PointerArithmetic(BoundBinaryOperator.PointerSubtract, left, right, location);
                if (lt is PointerType lp && rt is PointerType rp)
                {
                    if (!TypeRules.AreCompatible(lp.Pointee.Unqualified, rp.Pointee.Unqualified)) return InvalidOperands(op, left, right, location);
                    if (!lp.Pointee.IsComplete && !lp.Pointee.IsVoid) Report(SemanticErrors.PointerArithIncomplete, location);
                    if (lp.Pointee.IsVoid || lp.Pointee.IsFunction) Pedantic(SemanticErrors.VoidPointerArithmetic, location, lp.ToString());
                    ConstantValue? c = null;
                    bool ice = false;
                    if (left.Constant is { IsAddress: true } la && right.Constant is { IsAddress: true } ra && Equals(la.Base, ra.Base))
                    {
                        long size = ElementSize(lp.Pointee);
                        c = ConstantValue.OfInteger(size == 0 ? 0 : (la.Integer - ra.Integer) / size);
                        ice = la.Base is null; // the offsetof idiom: (char *)&((T *)0)->m - (char *)0
                    }
                    return new BoundBinary(location, TypeRules.PtrDiffT, BoundBinaryOperator.PointerDifference, left, right) { Constant = c, IsIntegerConstant = ice };
                }
                return InvalidOperands(op, left, right, location);
            default:
                return Comparison(op, left, right, location);
        }
    }

    private static bool? Truth(ConstantValue? c) => c switch
    {
        null => null,
        { IsAddress: true, Base: not null } => true,
        { } v => !v.IsZero,
    };

    /// <summary>Arithmetic operators after the usual arithmetic conversions (C17 6.3.1.8).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression Arithmetic(BoundBinaryOperator op, BoundExpression left, BoundExpression right, SourceLocation location)
    {
        var t = TypeRules.UsualArithmeticConversions(left.Type, right.Type);
        var l = Convert(left, t, false);
        var r = Convert(right, t, false);
        return new BoundBinary(location, t, op, l, r) { Constant = FoldBinary(op, l.Constant, r.Constant, t, location), IsIntegerConstant = l.IsIntegerConstant && r.IsIntegerConstant };
    }

    /// <summary>pointer ± integer (C17 6.5.6p2, p8): the pointer must point to a complete object type (gcc: void and functions step by 1).</summary>
    private BoundExpression PointerArithmetic(BoundBinaryOperator op, BoundExpression pointer, BoundExpression integer, SourceLocation location)
    {
        var pt = (PointerType)pointer.Type;
        if (!pt.Pointee.IsComplete && !pt.Pointee.IsVoid && !pt.Pointee.IsFunction) Report(SemanticErrors.PointerArithIncomplete, location);
        if (pt.Pointee.IsVoid || pt.Pointee.IsFunction) Pedantic(SemanticErrors.VoidPointerArithmetic, location, pt.ToString());
        var index = Convert(integer, TypeRules.Promote(integer.Type), false);
        ConstantValue? c = null;
        if (pointer.Constant is { IsAddress: true } a && index.Constant is { IsInteger: true } i)
        {
            var delta = i.Integer * ElementSize(pt.Pointee);
            c = ConstantValue.OfAddress(a.Base, op == BoundBinaryOperator.PointerAdd ? a.Integer + delta : a.Integer - delta);
        }
        return new BoundBinary(location, pt, op, pointer, index) { Constant = c };
    }

    /// <summary>Relational and equality operators (C17 6.5.8, 6.5.9).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression Comparison(BinaryOperator op, BoundExpression left, BoundExpression right, SourceLocation location)
    {
        var bop = op switch
        {
            BinaryOperator.Less => BoundBinaryOperator.Less,
            BinaryOperator.Greater => BoundBinaryOperator.Greater,
            BinaryOperator.LessEqual => BoundBinaryOperator.LessEqual,
            BinaryOperator.GreaterEqual => BoundBinaryOperator.GreaterEqual,
            BinaryOperator.Equal => BoundBinaryOperator.Equal,
            _ => BoundBinaryOperator.NotEqual,
        };
        bool equality = bop is BoundBinaryOperator.Equal or BoundBinaryOperator.NotEqual;
        var lt = left.Type;
        var rt = right.Type;
        if (lt.IsArithmetic && rt.IsArithmetic)
        {
            var t = TypeRules.UsualArithmeticConversions(lt, rt);
            var l = Convert(left, t, false);
            var r = Convert(right, t, false);
            return new BoundBinary(location, BasicType.Int, bop, l, r) { Constant = FoldBinary(bop, l.Constant, r.Constant, t, location), IsIntegerConstant = l.IsIntegerConstant && r.IsIntegerConstant };
        }
        if (lt is PointerType lp && rt is PointerType rp)
        {
            var r = right;
            if (!TypeRules.AreCompatible(lp.Pointee.Unqualified, rp.Pointee.Unqualified))
            {
                if (equality && (lp.Pointee.IsVoid || rp.Pointee.IsVoid)) { }
                else if (IsNullPointerConstant(right) || IsNullPointerConstant(left)) { }
                else Report(SemanticErrors.DistinctPointerComparison, location);
                r = Convert(right, lt, false);
            }
            ConstantValue? c = null;
            if (equality && left.Constant is { IsAddress: true } la && right.Constant is { IsAddress: true } ra && la.Base is null && ra.Base is null)
                c = ConstantValue.OfInteger((la.Integer == ra.Integer) == (bop == BoundBinaryOperator.Equal) ? 1 : 0);
            return new BoundBinary(location, BasicType.Int, bop, left, r) { Constant = c };
        }
        if (lt.IsPointer && rt.IsInteger || lt.IsInteger && rt.IsPointer)
        {
            var ptr = lt.IsPointer ? left : right;
            var other = lt.IsPointer ? right : left;
            if (!IsNullPointerConstant(other)) Report(SemanticErrors.PointerIntegerComparison, location); // gcc: ordered comparison with 0 is only a pedantic warning
            var converted = Convert(other, ptr.Type, false);
            return lt.IsPointer
                ? new BoundBinary(location, BasicType.Int, bop, left, converted)
                : new BoundBinary(location, BasicType.Int, bop, converted, right);
        }
        return InvalidOperands(op, left, right, location);
    }

    /// <summary>Assignment operators (C17 6.5.16).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression BindAssignment(AssignmentExpressionSyntax a)
    {
        var left = BindExpression(a.Left);
        var right = BindValue(a.Right);
        if (left is BoundErrorExpression || right is BoundErrorExpression) return new BoundErrorExpression(a.Location);
        if (!CheckModifiable(left, "assignment", a.Location)) return new BoundErrorExpression(a.Location);
        var lt = left.Type.Unqualified;
        if (a.Operator == AssignmentOperator.Assign)
        {
            var value = ConvertForAssignment(right, lt, AssignContext.Assignment, a.Location);
            if (value is BoundErrorExpression) return value;
            return new BoundAssignment(a.Location, lt, left, value);
        }
        var op = a.Operator switch
        {
            AssignmentOperator.MultiplyAssign => BinaryOperator.Multiply,
            AssignmentOperator.DivideAssign => BinaryOperator.Divide,
            AssignmentOperator.RemainderAssign => BinaryOperator.Remainder,
            AssignmentOperator.AddAssign => BinaryOperator.Add,
            AssignmentOperator.SubtractAssign => BinaryOperator.Subtract,
            AssignmentOperator.ShiftLeftAssign => BinaryOperator.ShiftLeft,
            AssignmentOperator.ShiftRightAssign => BinaryOperator.ShiftRight,
            AssignmentOperator.BitwiseAndAssign => BinaryOperator.BitwiseAnd,
            AssignmentOperator.BitwiseXorAssign => BinaryOperator.BitwiseXor,
            _ => BinaryOperator.BitwiseOr,
        };
        var rt = right.Type;
        if (op is BinaryOperator.Add or BinaryOperator.Subtract && lt is PointerType lp && rt.IsInteger)
        {
            if (!lp.Pointee.IsComplete && !lp.Pointee.IsVoid && !lp.Pointee.IsFunction) Report(SemanticErrors.PointerArithIncomplete, a.Location);
            if (lp.Pointee.IsVoid || lp.Pointee.IsFunction) Pedantic(SemanticErrors.VoidPointerArithmetic, a.Location, lp.ToString());
            var idx = Convert(right, TypeRules.Promote(rt), false);
            return new BoundCompoundAssignment(a.Location, lt, op == BinaryOperator.Add ? BoundBinaryOperator.PointerAdd : BoundBinaryOperator.PointerSubtract, left, idx, lt);
        }
        bool integerOnly = op is BinaryOperator.Remainder or BinaryOperator.ShiftLeft or BinaryOperator.ShiftRight or BinaryOperator.BitwiseAnd or BinaryOperator.BitwiseOr or BinaryOperator.BitwiseXor;
        bool ok = integerOnly ? lt.IsInteger && rt.IsInteger : lt.IsArithmetic && rt.IsArithmetic;
        if (!ok) return InvalidOperands(op, RValue(left), right, a.Location);
        var bop = op switch
        {
            BinaryOperator.Multiply => BoundBinaryOperator.Multiply,
            BinaryOperator.Divide => BoundBinaryOperator.Divide,
            BinaryOperator.Remainder => BoundBinaryOperator.Remainder,
            BinaryOperator.Add => BoundBinaryOperator.Add,
            BinaryOperator.Subtract => BoundBinaryOperator.Subtract,
            BinaryOperator.ShiftLeft => BoundBinaryOperator.ShiftLeft,
            BinaryOperator.ShiftRight => BoundBinaryOperator.ShiftRight,
            BinaryOperator.BitwiseAnd => BoundBinaryOperator.BitwiseAnd,
            BinaryOperator.BitwiseXor => BoundBinaryOperator.BitwiseXor,
            _ => BoundBinaryOperator.BitwiseOr,
        };
        if (op is BinaryOperator.ShiftLeft or BinaryOperator.ShiftRight)
        {
            var st = TypeRules.Promote(lt);
            return new BoundCompoundAssignment(a.Location, lt, bop, left, Convert(right, TypeRules.Promote(rt), false), st);
        }
        var common = TypeRules.UsualArithmeticConversions(lt, rt);
        return new BoundCompoundAssignment(a.Location, lt, bop, left, Convert(right, common, false), common);
    }

    /// <summary>Conditional operator (C17 6.5.15), with GNU <c>a ?: b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression BindConditional(ConditionalExpressionSyntax c)
    {
        var cond = BindValue(c.Condition);
        var whenTrue = c.WhenTrue is null ? cond : BindValue(c.WhenTrue);
        var whenFalse = BindValue(c.WhenFalse);
        if (cond is BoundErrorExpression || whenTrue is BoundErrorExpression || whenFalse is BoundErrorExpression) return new BoundErrorExpression(c.Location);
        if (!cond.Type.IsScalar)
        {
            Report(SemanticErrors.ScalarRequired, c.Condition.Location, cond.Type.IsRecord ? cond.Type.IsUnion ? "union" : "struct" : cond.Type.ToString());
            return new BoundErrorExpression(c.Location);
        }
        var a = whenTrue.Type;
        var b = whenFalse.Type;
        CType type;
        if (a.IsArithmetic && b.IsArithmetic) type = TypeRules.UsualArithmeticConversions(a, b);
        else if (a.IsVoid || b.IsVoid) type = BasicType.Void; // gcc accepts one void arm: the result is void
        else if (a.IsRecord && b.IsRecord && TypeRules.AreCompatible(a.Unqualified, b.Unqualified)) type = a.Unqualified;
        else if (a is PointerType pa && b is PointerType pb)
        {
            var quals = pa.Pointee.Qualifiers | pb.Pointee.Qualifiers;
            if (IsNullPointerConstant(whenFalse)) type = a;
            else if (IsNullPointerConstant(whenTrue)) type = b;
            else if (pa.Pointee.IsVoid || pb.Pointee.IsVoid) type = new PointerType(BasicType.Void.WithQualifiers(quals));
            else if (TypeRules.AreCompatible(pa.Pointee.Unqualified, pb.Pointee.Unqualified))
                type = new PointerType(TypeRules.Composite(pa.Pointee.Unqualified, pb.Pointee.Unqualified).WithQualifiers(quals));
            else
            {
                Report(SemanticErrors.ConditionalPointerMismatch, c.Location);
                type = new PointerType(BasicType.Void.WithQualifiers(quals));
            }
        }
        else if (a.IsPointer && b.IsInteger || a.IsInteger && b.IsPointer)
        {
            var ptrSide = a.IsPointer ? whenFalse : whenTrue;
            if (!IsNullPointerConstant(ptrSide)) Report(SemanticErrors.ConditionalPointerInteger, c.Location);
            type = a.IsPointer ? a : b;
        }
        else
        {
            Report(SemanticErrors.ConditionalMismatch, c.Location);
            return new BoundErrorExpression(c.Location);
        }
        var t = type.IsVoid ? whenTrue : Convert(whenTrue, type, false);
        var f = type.IsVoid ? whenFalse : Convert(whenFalse, type, false);
        ConstantValue? constant = null;
        bool ice = false;
        if (Truth(cond.Constant) is { } cv)
        {
            var chosen = cv ? t : f;
            constant = chosen.Constant;
            ice = cond.IsIntegerConstant && chosen.IsIntegerConstant;
        }
        return new BoundConditional(c.Location, type.Unqualified, cond, c.WhenTrue is null ? null : t, f) { Constant = constant, IsIntegerConstant = ice };
    }

    /// <summary>Cast operator (C17 6.5.4).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression BindCast(CastExpressionSyntax c)
    {
        var target = BindTypeName(c.Type);
        var operand = BindValue(c.Operand);
        if (operand is BoundErrorExpression) return operand;
        if (target.IsVoid) return new BoundConversion(c.Location, BasicType.Void, operand, ConversionKind.ToVoid, true);
        var from = operand.Type;
        if (!target.IsScalar)
        {
            if (target.IsRecord && TypeRules.AreCompatible(target.Unqualified, from.Unqualified))
                return new BoundConversion(c.Location, target.Unqualified, operand, ConversionKind.NoOp, true);
            Report(SemanticErrors.CastToNonScalar, c.Location);
            return new BoundErrorExpression(c.Location);
        }
        if (from.IsVoid) { Report(SemanticErrors.VoidValueUsed, c.Location); return new BoundErrorExpression(c.Location); }
        if (!from.IsScalar)
        {
            Report(SemanticErrors.CastFromNonScalar, c.Location);
            return new BoundErrorExpression(c.Location);
        }
        if (target.IsPointer && from.IsFloating || target.IsFloating && from.IsPointer)
        {
            Report(SemanticErrors.CastPointerFloat, c.Location, from.ToString(), target.ToString());
            return new BoundErrorExpression(c.Location);
        }
        return Convert(operand, target.Unqualified, true);
    }

    /// <summary>sizeof (C17 6.5.3.4): constant unless the type is variably modified; kept symbolic.</summary>
    private BoundExpression BindSizeof(SizeofExpressionSyntax s)
    {
        CType type;
        BoundExpression? operand = null;
        if (s.Type is not null) type = BindTypeName(s.Type);
        else
        {
            operand = BindExpression(s.Operand!);
            if (operand is BoundErrorExpression) return operand;
            if (operand is BoundMemberAccess { Member.IsBitField: true })
            {
                Report(SemanticErrors.SizeofBitField, s.Location, "sizeof");
                return new BoundErrorExpression(s.Location);
            }
            type = operand.Type;
        }
        if (!type.IsComplete && !type.IsVoid && !type.IsFunction && !type.IsVariablyModified)
        {
            Report(SemanticErrors.SizeofIncomplete, s.Location, "sizeof", type.ToString());
            return new BoundErrorExpression(s.Location);
        }
        if (type.IsFunction || type.IsVoid) Pedantic(SemanticErrors.SizeofFunctionOrVoid, s.Location, "sizeof", type.IsVoid ? "void" : "function");
        if (type.IsVariablyModified)
            return new BoundSizeOf(s.Location, TypeRules.SizeT, type, operand is not null && operand.Type.IsVariablyModified ? operand : null);
        var size = TypeLayout.SizeOf(type);
        return new BoundSizeOf(s.Location, TypeRules.SizeT, type, null) { Constant = ConstantValue.OfInteger(size), IsIntegerConstant = true };
    }

    /// <summary>_Alignof (C17 6.5.3.4) and GNU __alignof__ expression.</summary>
    private BoundExpression BindAlignof(AlignofExpressionSyntax a)
    {
        CType type;
        int extra = 0;
        if (a.Type is not null) type = BindTypeName(a.Type);
        else
        {
            var e = BindExpression(a.Operand!);
            if (e is BoundErrorExpression) return e;
            type = e.Type;
            if (e is BoundSymbolReference { Symbol.AlignAttribute: > 0 } sr) extra = sr.Symbol.AlignAttribute;
            if (e is BoundMemberAccess { Member.AlignAttribute: > 0 } ma) extra = ma.Member.AlignAttribute;
        }
        if (!type.IsComplete && !type.IsVoid && !type.IsFunction && !type.IsVariablyModified)
        {
            Report(SemanticErrors.AlignofIncomplete, a.Location, type.ToString());
            return new BoundErrorExpression(a.Location);
        }
        int align = Math.Max(TypeLayout.AlignOf(type), extra);
        return new BoundAlignOf(a.Location, TypeRules.SizeT, type) { Constant = ConstantValue.OfInteger(align), IsIntegerConstant = true };
    }

    /// <summary>Function call (C17 6.5.2.2): argument count and conversions against a prototype, default argument promotions otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression BindCall(CallExpressionSyntax c)
    {
        string? name = (c.Callee as IdentifierExpressionSyntax)?.Name;
        if (name is not null && _scope.Lookup(name) is null)
        {
            var builtin = BindBuiltinCall(c, name);
            if (builtin is not null) return builtin;
            if (TryDeclareBuiltin(name) is null)
            {
                Report(SemanticErrors.ImplicitFunction, c.Callee.Location, name);
                // Declare `int name()` so later calls do not repeat the error.
                var implicitFn = NewFunctionSymbol(name, new FunctionType(BasicType.Int, [], false, false), Linkage.External, c.Callee.Location);
                _fileScope.Declare(name, implicitFn);
            }
        }
        var callee = BindValue(c.Callee);
        var args = new List<BoundExpression>(c.Arguments.Count);
        foreach (var a in c.Arguments) args.Add(BindValue(a));
        if (callee is BoundErrorExpression) return callee;
        if (callee.Type is not PointerType { Pointee: FunctionType ft })
        {
            Report(SemanticErrors.NotAFunction, c.Location);
            return new BoundErrorExpression(c.Location);
        }
        string display = name ?? (callee is BoundConversion { Operand: BoundSymbolReference sr } ? sr.Symbol.Name : "function");
        var converted = ImmutableArray.CreateBuilder<BoundExpression>(args.Count);
        bool error = false;
        if (ft.HasPrototype)
        {
            if (args.Count > ft.Parameters.Length && !ft.IsVariadic) { Report(SemanticErrors.TooManyArguments, c.Location, display); error = true; }
            else if (args.Count < ft.Parameters.Length) { Report(SemanticErrors.TooFewArguments, c.Location, display); error = true; }
        }
        for (int i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is BoundErrorExpression) { error = true; continue; }
            if (ft.HasPrototype && i < ft.Parameters.Length)
            {
                var conv = ConvertForAssignment(arg, ft.Parameters[i].Type, new AssignContext("argument", display, i + 1), c.Arguments[i].Location);
                if (conv is BoundErrorExpression) error = true;
                converted.Add(conv);
            }
            else
            {
                if (arg.Type.IsVoid) { Report(SemanticErrors.VoidValueUsed, c.Arguments[i].Location); error = true; continue; }
                converted.Add(Convert(arg, TypeRules.DefaultArgumentPromotion(arg.Type), false));
            }
        }
        if (error) return new BoundErrorExpression(c.Location);
        var ret = ft.ReturnType.Unqualified;
        if (!ret.IsVoid && !ret.IsComplete)
        {
            Report(SemanticErrors.IncompleteType, c.Location, ret.ToString());
            return new BoundErrorExpression(c.Location);
        }
        return new BoundCall(c.Location, ret, callee, converted.ToImmutable(), ft);
    }

    /// <summary>Member access . and -&gt; (C17 6.5.2.3), through anonymous members, kept symbolic.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression BindMemberAccess(MemberAccessExpressionSyntax m)
    {
        var operand = BindExpression(m.Operand);
        if (operand is BoundErrorExpression) return operand;
        BoundExpression recordExpr;
        if (m.IsArrow)
        {
            var p = RValue(operand);
            if (p is BoundErrorExpression) return p;
            if (p.Type is not PointerType { Pointee: var pointee } || !pointee.IsRecord)
            {
                if (p.Type is PointerType) Report(SemanticErrors.MemberOfNonRecord, m.MemberLocation, m.Member);
                else Report(SemanticErrors.InvalidArrow, m.Location, p.Type.ToString());
                return new BoundErrorExpression(m.Location);
            }
            recordExpr = new BoundDereference(m.Location, pointee, p) { Category = ValueCategory.LValue };
        }
        else
        {
            if (!operand.Type.IsRecord)
            {
                Report(SemanticErrors.MemberOfNonRecord, m.MemberLocation, m.Member);
                return new BoundErrorExpression(m.Location);
            }
            recordExpr = operand;
        }
        var rt = (RecordType)recordExpr.Type.Unqualified;
        if (!rt.Decl.IsComplete)
        {
            Report(SemanticErrors.IncompleteType, m.Location, rt.ToString());
            return new BoundErrorExpression(m.Location);
        }
        var path = rt.Decl.FindMember(m.Member);
        if (path is null)
        {
            Report(SemanticErrors.NoSuchMember, m.MemberLocation, recordExpr.Type.Unqualified.ToString(), m.Member);
            return new BoundErrorExpression(m.Location);
        }
        return AccessPath(recordExpr, path.Value, m.MemberLocation);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression AccessPath(BoundExpression recordExpr, ImmutableArray<Field> path, SourceLocation location)
    {
        var current = recordExpr;
        foreach (var f in path)
        {
            var rt = (RecordType)current.Type.Unqualified;
            var q = current.Type.Qualifiers;
            var type = Qualify(f.Type, q & ~Q.Restrict, location);
            current = new BoundMemberAccess(location, type, current, rt, f) { Category = current.Category == ValueCategory.LValue ? ValueCategory.LValue : ValueCategory.RValue };
        }
        return current;
    }

    /// <summary>Array subscripting (C17 6.5.2.1), kept symbolic.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression BindIndex(IndexExpressionSyntax i)
    {
        var a = BindValue(i.Operand);
        var b = BindValue(i.Index);
        if (a is BoundErrorExpression || b is BoundErrorExpression) return new BoundErrorExpression(i.Location);
        BoundExpression ptr, idx;
        if (a.Type.IsPointer) { ptr = a; idx = b; }
        else if (b.Type.IsPointer) { ptr = b; idx = a; }
        else
        {
            Report(SemanticErrors.SubscriptNotArray, i.Location);
            return new BoundErrorExpression(i.Location);
        }
        if (!idx.Type.IsInteger)
        {
            Report(SemanticErrors.SubscriptNotInteger, i.Location);
            return new BoundErrorExpression(i.Location);
        }
        var pointee = ((PointerType)ptr.Type).Pointee;
        if (!pointee.IsComplete && !pointee.IsVariablyModified)
        {
            if (pointee.IsVoid || pointee.IsFunction) Report(SemanticErrors.InvalidUseOfVoid, i.Location);
            else Report(SemanticErrors.PointerArithIncomplete, i.Location);
            return new BoundErrorExpression(i.Location);
        }
        idx = Convert(idx, TypeRules.Promote(idx.Type), false);
        return new BoundIndex(i.Location, pointee, ptr, idx) { Category = ValueCategory.LValue };
    }

    /// <summary>Compound literal (C17 6.5.2.5): an unnamed object, static at file scope, automatic in a block.</summary>
    private BoundExpression BindCompoundLiteral(CompoundLiteralExpressionSyntax c)
    {
        var type = BindTypeName(c.Type);
        if (type.IsVariablyModified) { Report(SemanticErrors.CompoundLiteralVla, c.Location); return new BoundErrorExpression(c.Location); }
        if (type.IsFunction || type.IsVoid || (!type.IsComplete && type is not ArrayType { Length: null }))
        {
            Report(SemanticErrors.IncompleteType, c.Location, type.ToString());
            return new BoundErrorExpression(c.Location);
        }
        bool isStatic = _function is null;
        var obj = NewSymbol("(compound literal)", SymbolKind.CompoundLiteral, type, c.Location);
        obj.Storage = isStatic ? StorageDuration.Static : StorageDuration.Automatic;
        obj.EnclosingFunction = _function?.Symbol;
        var init = BindInitializer(type, c.Initializer, staticStorage: isStatic);
        obj.Type = CompleteArrayFromInitializer(type, init);
        obj.IsDefined = true;
        if (isStatic) { obj.Initializer = init; _fileCompoundLiterals.Add(obj); }
        else _function!.Locals.Add(obj);
        return new BoundCompoundLiteral(c.Location, obj.Type, obj, init) { Category = ValueCategory.LValue };
    }

    /// <summary>Generic selection (C17 6.5.1.1): resolved here; the result is the selected expression.</summary>
    private BoundExpression BindGeneric(GenericSelectionExpressionSyntax g)
    {
        var control = BindExpression(g.Controlling);
        if (control is BoundErrorExpression) return control;
        var ctype = RValue(control).Type;
        ExpressionSyntax? selected = null;
        ExpressionSyntax? fallback = null;
        var seen = new List<CType>();
        bool sawDefault = false;
        foreach (var assoc in g.Associations)
        {
            if (assoc.Type is null)
            {
                if (sawDefault) Report(SemanticErrors.GenericDuplicateDefault, assoc.Location);
                sawDefault = true;
                fallback = assoc.Expression;
                continue;
            }
            var t = BindTypeName(assoc.Type);
            foreach (var s in seen)
                if (TypeRules.AreCompatible(s, t)) { Report(SemanticErrors.GenericDuplicate, assoc.Location); break; }
            seen.Add(t);
            if (selected is null && TypeRules.AreCompatible(ctype, t)) selected = assoc.Expression;
        }
        selected ??= fallback;
        if (selected is null)
        {
            Report(SemanticErrors.GenericNoMatch, g.Location, ctype.ToString());
            return new BoundErrorExpression(g.Location);
        }
        return BindExpression(selected);
    }

    /// <summary>GNU statement expression: the value of its last expression statement.</summary>
    private BoundExpression BindStatementExpression(StatementExpressionSyntax s)
    {
        if (_function is null)
        {
            Report(SemanticErrors.Unsupported, s.Location, "a statement expression outside a function");
            return new BoundErrorExpression(s.Location);
        }
        PushScope(ScopeKind.Block);
        try
        {
            var items = s.Body.Items;
            BoundExpression? result = null;
            ImmutableArray<BoundStatement> statements;
            // The value is that of the last expression statement, possibly labeled (gcc): the labels stay in the body, at its end.
            var labels = new List<LabeledStatementSyntax>();
            StatementSyntax? tail = items.Count > 0 ? items[^1] as StatementSyntax : null;
            while (tail is LabeledStatementSyntax ls) { labels.Add(ls); tail = ls.Statement; }
            if (tail is ExpressionStatementSyntax last)
            {
                var init = new List<BlockItemSyntax>(items.Count + labels.Count);
                for (int i = 0; i < items.Count - 1; i++) init.Add(items[i]);
                foreach (var ls in labels) init.Add(ls with { Statement = new NullStatementSyntax(ls.Location, []) });
                var all = new List<BoundStatement>();
                Dictionary<string, LabelSymbol>? localLabels = null;
                if (items[0] is LabelDeclarationSyntax)
                {
                    localLabels = new Dictionary<string, LabelSymbol>(StringComparer.Ordinal);
                    _function.LocalLabelScopes.Add(localLabels);
                }
                try
                {
                    BindBlockItemsInto(init, all, localLabels);
                    result = BindValue(last.Expression);
                }
                finally
                {
                    if (localLabels is not null) _function.LocalLabelScopes.RemoveAt(_function.LocalLabelScopes.Count - 1);
                }
                statements = [.. all];
            }
            else statements = BindBlockItems(items);
            var type = result?.Type ?? BasicType.Void;
            return new BoundStatementExpression(s.Location, type, new BoundBlock(s.Body.Location, statements), result);
        }
        finally
        {
            PopScope();
        }
    }

    private bool IsVaList(CType t) => t is PointerType { Pointee: RecordType r } && ReferenceEquals(r.Decl, VaListTag)
        || t is ArrayType { Element: RecordType r2 } && ReferenceEquals(r2.Decl, VaListTag);

    /// <summary>__builtin_va_arg(ap, type).</summary>
    private BoundExpression BindVaArg(VaArgExpressionSyntax v)
    {
        var list = BindValue(v.List);
        var type = BindTypeName(v.Type);
        if (list is BoundErrorExpression) return list;
        if (!IsVaList(list.Type))
        {
            Report(SemanticErrors.VaArgNotVaList, v.Location, "va_arg");
            return new BoundErrorExpression(v.Location);
        }
        if (!type.IsComplete) { Report(SemanticErrors.IncompleteType, v.Location, type.ToString()); return new BoundErrorExpression(v.Location); }
        return new BoundVaArg(v.Location, type.Unqualified, list);
    }

    /// <summary>__builtin_offsetof(type, member-designator) (C17 7.19p3), symbolic with a constant value when indices are constant.</summary>
    private BoundExpression BindOffsetof(OffsetofExpressionSyntax o)
    {
        var type = BindTypeName(o.Type);
        if (!type.IsRecord || !type.IsComplete)
        {
            Report(SemanticErrors.OffsetofInvalid, o.Location, type.IsRecord ? $"invalid use of undefined type '{type}'" : $"offsetof applied to non-struct/union type '{type}'");
            return new BoundErrorExpression(o.Location);
        }
        var steps = ImmutableArray.CreateBuilder<OffsetofStep>();
        CType current = type;
        Int128 offset = 0;
        bool constant = true;
        foreach (var d in o.Path)
        {
            switch (d)
            {
                case MemberDesignatorSyntax md:
                {
                    if (current is not RecordType rt || !rt.Decl.IsComplete)
                    {
                        Report(SemanticErrors.OffsetofInvalid, md.Location, $"'{current}' is not a structure or union");
                        return new BoundErrorExpression(o.Location);
                    }
                    var path = rt.Decl.FindMember(md.Name);
                    if (path is null) { Report(SemanticErrors.NoSuchMember, md.Location, current.ToString(), md.Name); return new BoundErrorExpression(o.Location); }
                    foreach (var f in path.Value)
                    {
                        if (f.IsBitField) { Report(SemanticErrors.OffsetofInvalid, md.Location, $"attempt to take address of bit-field structure member '{f.Name}'"); return new BoundErrorExpression(o.Location); }
                        steps.Add(new OffsetofStep(f, null, current));
                        offset += f.Offset;
                        current = f.Type;
                    }
                    break;
                }
                case IndexDesignatorSyntax id:
                {
                    if (current is not ArrayType at)
                    {
                        Report(SemanticErrors.OffsetofInvalid, id.Location, $"'{current}' is not an array");
                        return new BoundErrorExpression(o.Location);
                    }
                    var idx = BindValue(id.Index);
                    if (!idx.Type.IsInteger) { Report(SemanticErrors.SubscriptNotInteger, id.Location); return new BoundErrorExpression(o.Location); }
                    steps.Add(new OffsetofStep(null, idx, current));
                    if (idx.Constant is { IsInteger: true } ic && idx.IsIntegerConstant) offset += ic.Integer * TypeLayout.SizeOf(at.Element);
                    else constant = false;
                    current = at.Element;
                    break;
                }
            }
        }
        return new BoundOffsetOf(o.Location, TypeRules.SizeT, type, steps.ToImmutable())
        {
            Constant = constant ? ConstantValue.OfInteger(offset) : null,
            IsIntegerConstant = constant,
        };
    }

    /// <summary>__builtin_types_compatible_p(t1, t2): 1 when the unqualified types are compatible.</summary>
    private BoundExpression BindTypesCompatible(TypesCompatibleExpressionSyntax t)
    {
        var a = BindTypeName(t.First).Unqualified;
        var b = BindTypeName(t.Second).Unqualified;
        int v = TypeRules.AreCompatible(a, b) ? 1 : 0;
        return new BoundLiteral(t.Location, BasicType.Int, ConstantValue.OfInteger(v), v.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Constant = ConstantValue.OfInteger(v), IsIntegerConstant = true };
    }

    /// <summary>GNU &amp;&amp;label.</summary>
    private BoundExpression BindLabelAddress(LabelAddressExpressionSyntax l)
    {
        if (_function is null)
        {
            Report(SemanticErrors.LabelOutsideFunction, l.Location, l.Label);
            return new BoundErrorExpression(l.Location);
        }
        var label = UseLabel(l.Label, l.Location);
        label.IsAddressTaken = true;
        return new BoundLabelAddress(l.Location, TypeRules.VoidPointer(), label) { Constant = ConstantValue.OfAddress(label, 0) };
    }
}
