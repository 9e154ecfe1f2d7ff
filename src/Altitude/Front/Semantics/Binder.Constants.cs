using Altitude.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

/// <summary>Constant folding (C17 6.6): values computed as the target computes them (two's complement wrap, IEEE double).</summary>
internal sealed partial class Binder
{
    private static ConstantValue? FoldUnary(BoundUnaryOperator op, ConstantValue? operand, CType type)
    {
        if (operand is not { } v) return null;
        if (v.IsInteger)
        {
            return op switch
            {
                BoundUnaryOperator.Plus => v,
                BoundUnaryOperator.Negate => ConstantValue.OfInteger(TypeRules.Truncate(-v.Integer, type)),
                BoundUnaryOperator.BitwiseNot => ConstantValue.OfInteger(TypeRules.Truncate(~v.Integer, type)),
                _ => null,
            };
        }
        if (v.IsFloat)
        {
            return op switch
            {
                BoundUnaryOperator.Plus => v,
                BoundUnaryOperator.Negate => ConstantValue.OfFloat(-v.Float),
                _ => null,
            };
        }
        return null;
    }

    private ConstantValue? FoldBinary(BoundBinaryOperator op, ConstantValue? left, ConstantValue? right, CType type, SourceLocation location)
    {
        if (left is not { } l || right is not { } r) return null;
        if (l.IsInteger && r.IsInteger)
        {
            Int128 a = l.Integer, b = r.Integer;
            bool unsigned = !TypeRules.IsSigned(type) && type.IsInteger;
            if (unsigned && TypeLayout.SizeOf(type) >= 16) return null; // values beyond Int128 are not modelled
            switch (op)
            {
                case BoundBinaryOperator.Multiply: return Int(a * b, type);
                case BoundBinaryOperator.Add: return Int(a + b, type);
                case BoundBinaryOperator.Subtract: return Int(a - b, type);
                case BoundBinaryOperator.Divide or BoundBinaryOperator.Remainder:
                    if (b == 0) { Report(SemanticErrors.DivisionByZero, location); return null; }
                    return Int(op == BoundBinaryOperator.Divide ? a / b : a % b, type);
                case BoundBinaryOperator.ShiftLeft or BoundBinaryOperator.ShiftRight:
                {
                    int width = TypeLayout.BitWidth(type);
                    if (b < 0 || b >= width)
                    {
                        Report(SemanticErrors.ShiftCount, location, b < 0 ? "shift count is negative" : "shift count >= width of type");
                        return null;
                    }
                    return Int(op == BoundBinaryOperator.ShiftLeft ? a << (int)b : a >> (int)b, type);
                }
                case BoundBinaryOperator.BitwiseAnd: return Int(a & b, type);
                case BoundBinaryOperator.BitwiseOr: return Int(a | b, type);
                case BoundBinaryOperator.BitwiseXor: return Int(a ^ b, type);
                case BoundBinaryOperator.Less: return Bool(a < b);
                case BoundBinaryOperator.Greater: return Bool(a > b);
                case BoundBinaryOperator.LessEqual: return Bool(a <= b);
                case BoundBinaryOperator.GreaterEqual: return Bool(a >= b);
                case BoundBinaryOperator.Equal: return Bool(a == b);
                case BoundBinaryOperator.NotEqual: return Bool(a != b);
            }
            return null;
        }
        if (l.IsFloat && r.IsFloat)
        {
            double a = l.Float, b = r.Float;
            double? result = op switch
            {
                BoundBinaryOperator.Multiply => a * b,
                BoundBinaryOperator.Divide => a / b,
                BoundBinaryOperator.Add => a + b,
                BoundBinaryOperator.Subtract => a - b,
                _ => null,
            };
            if (result is { } d) return ConstantValue.OfFloat(type.Kind == TypeKind.Float ? (float)d : d);
            return op switch
            {
                BoundBinaryOperator.Less => Bool(a < b),
                BoundBinaryOperator.Greater => Bool(a > b),
                BoundBinaryOperator.LessEqual => Bool(a <= b),
                BoundBinaryOperator.GreaterEqual => Bool(a >= b),
                BoundBinaryOperator.Equal => Bool(a == b),
                BoundBinaryOperator.NotEqual => Bool(a != b),
                _ => null,
            };
        }
        return null;
    }

    private static ConstantValue Int(Int128 v, CType type) => ConstantValue.OfInteger(TypeRules.Truncate(v, type));

    private static ConstantValue Bool(bool b) => ConstantValue.OfInteger(b ? 1 : 0);
}
