using Altitude.Front.Semantics;
using Altitude.Sexpcode;
using Altitude.Types;
using SexpNode = Altitude.Sexpcode.Sexp;

namespace Altitude.Front.Lowering;

public sealed partial class Lowerer
{
    // initializer (C17 6.7.9), already resolved by the analyser: lowered as data. In a function the
    // values may be any expressions; for static objects they are constant expressions.
    private SexpNode LowerInitializer(BoundInitializer init)
    {
        switch (init)
        {
            case BoundExpressionInitializer e:
                return ConvertTo(e.Value, e.Type);
            case BoundStringInitializer s:
                return LowerStringInitializer(s);
            case BoundAggregateInitializer a:
                return LowerAggregate(a);
            default:
                Unsupported(init.Location, init.GetType().Name);
                return SexpNode.Make(SexpTag.InitZero, Type(init.Type));
        }
    }

    private SexpNode LowerStringInitializer(BoundStringInitializer s)
    {
        var literal = s.Literal;
        var elementSize = (int)Math.Max(1, TypeLayout.SizeOf(literal.ElementType));
        var units = literal.Bytes.Length / elementSize;
        var length = s.Type is ArrayType { Length: { } n } ? (int)Math.Min(n, units) : units;
        // The literal's terminating null is implied: init-string zero-fills the rest.
        if (length == units) length = Math.Max(0, units - 1);
        if (elementSize == 1)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++) chars[i] = (char)literal.Bytes[i];
            return SexpNode.Make(SexpTag.InitString, Type(s.Type), new string(chars));
        }
        var children = new List<SexpChild> { Type(s.Type) };
        var element = s.Type is ArrayType at ? Type(at.Element) : IntType;
        for (var i = 0; i < length; i++)
        {
            var v = ReadUnit(literal.Bytes, i * elementSize, elementSize);
            if (v != 0) children.Add(SexpNode.Make(SexpTag.InitElem, i, Lit(element, v)));
        }
        return SexpNode.Make(SexpTag.InitArray, children);
    }

    private SexpNode LowerAggregate(BoundAggregateInitializer a)
    {
        var type = a.Type;
        var t = Type(type);
        var entries = OrEmpty(a.Entries);
        if (type.IsUnion)
        {
            if (entries.Length == 0 || entries[0].Member is null) return SexpNode.Make(SexpTag.InitZero, t);
            return SexpNode.Make(SexpTag.InitUnion, t, FieldName(entries[0].Member!), LowerInitializer(entries[0].Value));
        }
        if (type.IsStruct)
        {
            var fields = new List<SexpChild> { t };
            foreach (var entry in entries)
            {
                if (entry.Member is null) continue;
                fields.Add(SexpNode.Make(SexpTag.InitField, FieldName(entry.Member), LowerInitializer(entry.Value)));
            }
            return fields.Count == 1 ? SexpNode.Make(SexpTag.InitZero, t) : SexpNode.Make(SexpTag.InitStruct, fields);
        }
        if (type.IsArray)
        {
            var elements = new List<SexpChild> { t };
            foreach (var entry in entries)
            {
                var value = LowerInitializer(entry.Value);
                elements.Add(entry.Count > 1
                    ? SexpNode.Make(SexpTag.InitRange, entry.Index, entry.Index + entry.Count - 1, value)
                    : SexpNode.Make(SexpTag.InitElem, entry.Index, value));
            }
            return elements.Count == 1 ? SexpNode.Make(SexpTag.InitZero, t) : SexpNode.Make(SexpTag.InitArray, elements);
        }
        // Braces around a scalar: { x } — the single entry is the value.
        if (entries.Length > 0) return LowerInitializer(entries[0].Value);
        return SexpNode.Make(SexpTag.InitZero, t);
    }
}
