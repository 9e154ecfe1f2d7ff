using System.Collections.Immutable;
using Altitude.Front.Parsing;
using Altitude.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

/// <summary>Initialization (C17 6.7.9): brace elision, designators, string literals for character arrays, unknown sizes.</summary>
internal sealed partial class Binder
{
    /// <summary>A sub-object being initialised element by element while the braces are walked.</summary>
    private sealed class InitNode(CType type, SourceLocation location)
    {
        public CType Type { get; } = type;
        public SourceLocation Location { get; } = location;
        /// <summary>Array index or member index → (count, member, value: BoundInitializer or InitNode).</summary>
        public SortedDictionary<long, (long Count, Field? Member, object Value)> Entries { get; } = new();
        public long MaxIndex { get; set; } = -1;
    }

    /// <summary>initializer (C17 6.7.9) for an object of <paramref name="type"/>; static storage requires constants (p4).</summary>
    private BoundInitializer BindInitializer(CType type, InitializerSyntax init, bool staticStorage)
    {
        if (!Enter(init.Location)) { Leave(); return new BoundExpressionInitializer(init.Location, type, new BoundErrorExpression(init.Location)); }
        try
        {
            if (init is ExpressionInitializerSyntax ei)
            {
                var raw = BindExpression(ei.Expression);
                var done = InitializeFromExpression(type, raw, staticStorage, ei.Expression.Location);
                if (done is not null) return done;
                if (type.IsRecord) Report(SemanticErrors.IncompatibleTypes, ei.Expression.Location, "initializing", type.ToString(), RValue(raw).Type.ToString());
                else Report(SemanticErrors.InvalidInitializer, ei.Expression.Location);
                return new BoundExpressionInitializer(init.Location, type, new BoundErrorExpression(init.Location));
            }
            var list = (InitializerListSyntax)init;
            // A character array may be initialised by a string literal in braces (C17 6.7.9p14).
            if (type is ArrayType && list.Elements is [{ Designators.Count: 0, Value: ExpressionInitializerSyntax { Expression: StringLiteralExpressionSyntax str } }])
            {
                var raw = BindExpression(str);
                if (raw is BoundStringLiteral sl && type is ArrayType at && IsCharacterArrayFor(at, sl))
                    return InitializeFromExpression(type, raw, staticStorage, str.Location)!;
                var node1 = new InitNode(type, list.Location);
                int pos1 = 0;
                FillList(node1, list.Elements, ref pos1, braced: true, startCursor: 0, pending: raw, staticStorage);
                return Finish(node1);
            }
            if (type.IsScalar || !type.IsArray && !type.IsRecord)
                return ScalarFromList(type, list, staticStorage);
            var node = new InitNode(type, list.Location);
            int pos = 0;
            FillList(node, list.Elements, ref pos, braced: true, startCursor: 0, pending: null, staticStorage);
            return Finish(node);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>A scalar initialised from a brace list: exactly one element (C17 6.7.9p11).</summary>
    private BoundInitializer ScalarFromList(CType type, InitializerListSyntax list, bool staticStorage)
    {
        if (list.Elements.Count == 0)
        {
            Report(SemanticErrors.EmptyScalarInitializer, list.Location);
            return new BoundExpressionInitializer(list.Location, type, new BoundErrorExpression(list.Location));
        }
        var first = list.Elements[0];
        if (first.Designators.Count > 0)
            Report(first.Designators[0] is MemberDesignatorSyntax ? SemanticErrors.DesignatorNotRecord : SemanticErrors.DesignatorNotArray, first.Designators[0].Location);
        if (list.Elements.Count > 1) Report(SemanticErrors.ExcessScalarInitializer, list.Elements[1].Location);
        return BindInitializer(type, first.Value, staticStorage);
    }

    /// <summary>One expression initialising an object of <paramref name="type"/> (no braces at this level); null if it needs brace elision.</summary>
    private BoundInitializer? InitializeFromExpression(CType type, BoundExpression raw, bool staticStorage, SourceLocation location)
    {
        if (raw is BoundErrorExpression) return new BoundExpressionInitializer(location, type, raw);
        if (type is ArrayType at)
        {
            if (raw is BoundStringLiteral sl && IsCharacterArrayFor(at, sl))
            {
                long len = sl.Literal.Length;
                if (at.Length is { } n && len - 1 > n) Report(SemanticErrors.StringTooLong, location, at.Element.Unqualified.ToString());
                var t = at.Length is null ? new ArrayType(at.Element, len).WithQualifiers(at.Qualifiers) : type;
                return new BoundStringInitializer(location, t, sl.Literal);
            }
            if (raw is BoundStringLiteral && TypeRules.IsCharacter(at.Element) || raw is BoundStringLiteral && at.Element.IsInteger && TypeLayout.SizeOf(at.Element) > 1)
            {
                Report(SemanticErrors.CharArrayFromString, location);
                return new BoundExpressionInitializer(location, type, new BoundErrorExpression(location));
            }
            return null;
        }
        var value = RValue(raw);
        if (type.IsRecord && !TypeRules.AreCompatible(type.Unqualified, value.Type.Unqualified)) return null;
        var converted = ConvertForAssignment(value, type, AssignContext.Initialization, location);
        if (staticStorage && converted is not BoundErrorExpression && !IsStaticInitializerConstant(converted))
            Report(SemanticErrors.InitializerNotConstant, location);
        return new BoundExpressionInitializer(location, type.Unqualified, converted);
    }

    /// <summary>C17 6.6p7-9: an arithmetic constant, an address constant (± integer), or a null pointer; GNU also accepts constant compound literals.</summary>
    private static bool IsStaticInitializerConstant(BoundExpression e)
    {
        if (e.Constant is not null) return true;
        if (e is BoundCompoundLiteral cl) return cl.Object.Storage == StorageDuration.Static;
        if (e is BoundConversion { Kind: ConversionKind.NoOp or ConversionKind.LvalueToRvalue, Operand: BoundCompoundLiteral inner }) return inner.Object.Storage == StorageDuration.Static;
        return false;
    }

    /// <summary>C17 6.7.9p14-15: character arrays from character string literals, wide arrays from matching wide literals.</summary>
    private static bool IsCharacterArrayFor(ArrayType at, BoundStringLiteral sl)
    {
        var elem = TypeRules.StripEnum(at.Element.Unqualified);
        var litElem = sl.Literal.ElementType;
        if (litElem.Kind == TypeKind.Char) return TypeRules.IsCharacter(elem);
        return elem.IsInteger && TypeLayout.SizeOf(elem) == TypeLayout.SizeOf(litElem) && TypeRules.AreCompatible(TypeRules.ToUnsigned(elem), TypeRules.ToUnsigned(litElem));
    }

    private static bool IsAggregateOrUnion(CType t) => t.IsArray || t.IsRecord;

    /// <summary>The next member or element index at or after <paramref name="cursor"/> that takes an initializer, or -1 when the object is full.</summary>
    private static long NextSlot(InitNode node, long cursor)
    {
        switch (node.Type)
        {
            case ArrayType at:
                if (at.Length is { } n && cursor >= n) return -1;
                return cursor;
            case RecordType rt:
            {
                var fields = rt.Decl.Fields;
                if (rt.Decl.IsUnion && cursor > 0) return -1; // positionally, a union takes only its first member
                for (long i = cursor; i < fields.Length; i++)
                {
                    var f = fields[(int)i];
                    if (f.IsBitField && f.Name is null) continue; // unnamed bit-fields take no initializer
                    return i;
                }
                return -1;
            }
        }
        return -1;
    }

    private static CType SlotType(InitNode node, long index) => node.Type switch
    {
        ArrayType at => at.Element,
        RecordType rt => rt.Decl.Fields[(int)index].Type.AddQualifiers(node.Type.Qualifiers & ~Types.TypeQualifiers.Restrict),
        _ => node.Type,
    };

    private static Field? SlotField(InitNode node, long index) => node.Type is RecordType rt ? rt.Decl.Fields[(int)index] : null;

    private void SetEntry(InitNode node, long index, long count, object value)
    {
        if (node.Type.IsUnion) node.Entries.Clear();
        node.Entries[index] = (count, SlotField(node, index), value);
        if (index + count - 1 > node.MaxIndex) node.MaxIndex = index + count - 1;
    }

    private InitNode ChildNode(InitNode node, long index)
    {
        if (node.Entries.TryGetValue(index, out var e) && e.Value is InitNode existing) return existing;
        var child = new InitNode(SlotType(node, index), node.Location);
        // A designator reaching into a sub-object that a braced list already initialised updates it in place (as gcc).
        if (e.Value is BoundAggregateInitializer prior)
        {
            foreach (var pe in prior.Entries)
            {
                child.Entries[pe.Index] = (pe.Count, pe.Member, pe.Value);
                child.MaxIndex = Math.Max(child.MaxIndex, pe.Index + pe.Count - 1);
            }
        }
        SetEntry(node, index, 1, child);
        return child;
    }

    /// <summary>
    /// Walks initializer-list elements into <paramref name="node"/> from <paramref name="startCursor"/>.
    /// When <paramref name="braced"/> is false the node's braces were elided: it stops when the node is
    /// full or at a designator, leaving the rest to the enclosing list (C17 6.7.9p20).
    /// </summary>
    private void FillList(InitNode node, IReadOnlyList<InitializerElementSyntax> elements, ref int pos, bool braced, long startCursor, BoundExpression? pending, bool staticStorage)
    {
        long cursor = startCursor;
        int pendingPos = pending is null ? -1 : pos;
        while (pos < elements.Count)
        {
            if (_diagnostics.ReachedErrorLimit) { pos = elements.Count; return; }
            var el = elements[pos];
            if (el.Designators.Count > 0 && pos != pendingPos)
            {
                if (!braced) return;
                cursor = Designate(node, elements, ref pos, 0, staticStorage);
                continue;
            }
            long slot = NextSlot(node, cursor);
            if (slot < 0)
            {
                if (!braced) return;
                if (node.Type.IsArray) Report(SemanticErrors.ExcessArrayInitializer, el.Location);
                else Report(SemanticErrors.ExcessStructInitializer, el.Location, node.Type.IsUnion ? "union" : "struct");
                if (pos != pendingPos && el.Value is ExpressionInitializerSyntax ex) BindExpression(ex.Expression);
                pos++;
                continue;
            }
            AssignSlot(node, slot, elements, ref pos, pos == pendingPos ? pending : null, staticStorage);
            cursor = slot + 1;
        }
    }

    /// <summary>Initialises slot <paramref name="slot"/> of <paramref name="node"/> from the element at <paramref name="pos"/> (and, with brace elision, those after it).</summary>
    private void AssignSlot(InitNode node, long slot, IReadOnlyList<InitializerElementSyntax> elements, ref int pos, BoundExpression? pending, bool staticStorage, long count = 1)
    {
        var el = elements[pos];
        var subType = SlotType(node, slot);
        // GNU: a flexible array member may be initialised in a static object (the object grows); never in an automatic one.
        if (subType is ArrayType { Length: null, IsVla: false } && (!staticStorage || el.Value is not InitializerListSyntax))
        {
            if (el.Value is ExpressionInitializerSyntax fe && fe.Expression is StringLiteralExpressionSyntax && staticStorage) { }
            else
            {
                Report(SemanticErrors.InvalidInitializer, el.Location);
                pos++;
                return;
            }
        }
        if (el.Value is InitializerListSyntax list)
        {
            SetEntry(node, slot, count, BindInitializer(subType, list, staticStorage));
            pos++;
            return;
        }
        var expr = (ExpressionInitializerSyntax)el.Value;
        var raw = pending ?? BindExpression(expr.Expression);
        if (!IsAggregateOrUnion(subType))
        {
            var done = InitializeFromExpression(subType, raw, staticStorage, expr.Location)!;
            SetEntry(node, slot, count, done);
            pos++;
            return;
        }
        var direct = InitializeFromExpression(subType, raw, staticStorage, expr.Location);
        if (direct is not null)
        {
            SetEntry(node, slot, count, direct);
            pos++;
            return;
        }
        if (subType is ArrayType { Length: null })
        {
            Report(SemanticErrors.InvalidInitializer, expr.Location);
            pos++;
            return;
        }
        // Brace elision: the expression starts the initialization of the sub-aggregate.
        var child = ChildNode(node, slot);
        int before = pos;
        FillList(child, elements, ref pos, braced: false, startCursor: 0, pending: raw, staticStorage);
        if (pos == before) pos++; // never loop on an element that nothing accepted
    }

    /// <summary>designation (C17 6.7.9p17-18): positions at the designated sub-object and initialises it; returns the next cursor in <paramref name="node"/>.</summary>
    private long Designate(InitNode node, IReadOnlyList<InitializerElementSyntax> elements, ref int pos, int di, bool staticStorage)
    {
        var el = elements[pos];
        var d = el.Designators[di];
        long low, high;
        if (d is IndexDesignatorSyntax id)
        {
            if (node.Type is not ArrayType at)
            {
                Report(SemanticErrors.DesignatorNotArray, d.Location);
                pos++;
                return long.MaxValue / 2;
            }
            var lv = RequireIntegerConstant(BindValue(id.Index), id.Index.Location, "array index in initializer");
            var hv = id.RangeEnd is null ? lv : RequireIntegerConstant(BindValue(id.RangeEnd), id.RangeEnd.Location, "array index in initializer");
            if (lv is null || hv is null) { pos++; return 0; }
            if (lv < 0 || hv < lv || (at.Length is { } n && hv >= n) || hv > int.MaxValue)
            {
                Report(SemanticErrors.DesignatorOutOfBounds, d.Location);
                pos++;
                return 0;
            }
            low = (long)lv.Value;
            high = (long)hv.Value;
        }
        else
        {
            var md = (MemberDesignatorSyntax)d;
            if (node.Type is not RecordType rt)
            {
                Report(SemanticErrors.DesignatorNotRecord, d.Location);
                pos++;
                return long.MaxValue / 2;
            }
            var path = rt.Decl.FindMember(md.Name);
            if (path is null)
            {
                Report(SemanticErrors.DesignatorNoMember, d.Location, node.Type.Unqualified.ToString(), md.Name);
                pos++;
                return long.MaxValue / 2;
            }
            // A member of an anonymous struct/union: descend through the anonymous members first.
            var target = node;
            for (int k = 0; k < path.Value.Length - 1; k++)
            {
                var anon = path.Value[k];
                var child = ChildNode(target, anon.Index);
                if (k == 0) { /* the cursor of `node` continues after the anonymous member */ }
                target = child;
            }
            long index = path.Value[^1].Index;
            if (!ReferenceEquals(target, node))
            {
                long innerNext = DesignateAt(target, index, index, elements, ref pos, di, staticStorage);
                FillList(target, elements, ref pos, braced: false, startCursor: innerNext, pending: null, staticStorage);
                return path.Value[0].Index + 1;
            }
            low = high = index;
        }
        return DesignateAt(node, low, high, elements, ref pos, di, staticStorage);
    }

    private long DesignateAt(InitNode node, long low, long high, IReadOnlyList<InitializerElementSyntax> elements, ref int pos, int di, bool staticStorage)
    {
        var el = elements[pos];
        if (di == el.Designators.Count - 1)
        {
            AssignSlot(node, low, elements, ref pos, null, staticStorage, high - low + 1);
            if (low + (high - low) > node.MaxIndex) node.MaxIndex = high;
            return high + 1;
        }
        var child = ChildNode(node, low);
        long next = Designate(child, elements, ref pos, di + 1, staticStorage);
        FillList(child, elements, ref pos, braced: false, startCursor: next, pending: null, staticStorage);
        // GNU `[a ... b].member = v`: every element of the range gets what the first one got.
        for (var index = low + 1; index <= high; index++) CopyEntries(child, ChildNode(node, index));
        if (high > node.MaxIndex) node.MaxIndex = high;
        return high + 1;
    }

    /// <summary>Copies what was designated into one sub-object onto another; later entries override (C17 6.7.9p19).</summary>
    private static void CopyEntries(InitNode from, InitNode to)
    {
        foreach (var (key, (count, member, value)) in from.Entries)
        {
            object copied = value;
            if (value is InitNode nested)
            {
                var clone = new InitNode(nested.Type, nested.Location);
                CopyEntries(nested, clone);
                copied = clone;
            }
            to.Entries[key] = (count, member, copied);
        }
        to.MaxIndex = Math.Max(to.MaxIndex, from.MaxIndex);
    }

    /// <summary>Turns the walked tree into the bound initializer; an array of unknown size gets its length (C17 6.7.9p22).</summary>
    private BoundAggregateInitializer Finish(InitNode node)
    {
        var entries = ImmutableArray.CreateBuilder<BoundInitializerEntry>(node.Entries.Count);
        foreach (var (index, (count, member, value)) in node.Entries)
        {
            var bound = value is InitNode child ? Finish(child) : (BoundInitializer)value;
            entries.Add(new BoundInitializerEntry(index, count, member, bound));
        }
        var type = node.Type;
        if (type is ArrayType { Length: null, IsVla: false } at)
            type = new ArrayType(at.Element, node.MaxIndex + 1).WithQualifiers(at.Qualifiers);
        return new BoundAggregateInitializer(node.Location, type, entries.ToImmutable());
    }
}
