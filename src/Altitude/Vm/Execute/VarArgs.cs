using Altitude.Memory;

namespace Altitude.Vm.Execute;

// A va_list object holds, in its first 8 bytes, the id of a cursor the machine keeps:
// the call's variadic argument values and the position of the next one.

public sealed class VaStart(PtrNode list) : VoidNode
{
    public override void Eval(Frame f)
    {
        var p = list.Eval(f);
        var m = f.M;
        m.At = Loc;
        var id = m.NextVaId++;
        m.VaLists[id] = (f.VarArgs ?? [], 0);
        m.Memory.WriteInt64(p, m.Tags[(int)ScalarKind.Long], id);
    }
}

public sealed class VaEnd(PtrNode list) : VoidNode
{
    public override void Eval(Frame f)
    {
        var p = list.Eval(f);
        var m = f.M;
        m.At = Loc;
        m.VaLists.Remove(m.Memory.ReadInt64(p, m.Tags[(int)ScalarKind.Long], Loc, out _));
    }
}

public sealed class VaCopy(PtrNode destination, PtrNode source) : VoidNode
{
    public override void Eval(Frame f)
    {
        var d = destination.Eval(f);
        var s = source.Eval(f);
        var m = f.M;
        m.At = Loc;
        var tag = m.Tags[(int)ScalarKind.Long];
        var id = m.Memory.ReadInt64(s, tag, Loc, out _);
        if (!m.VaLists.TryGetValue(id, out var cursor)) throw m.Error(RuntimeErrors.LibraryMisuse, "va_copy of a va_list that was not started");
        var copy = m.NextVaId++;
        m.VaLists[copy] = cursor;
        m.Memory.WriteInt64(d, tag, copy);
    }
}

public static class VaCursor
{
    public static Value Next(Frame f, PtrNode list, Node at, ValueTag expected)
    {
        var v = Next(f, list, at);
        // 7.16.1.1p2: the next argument's type must match (int vs double vs pointer vs struct).
        if (v.Kind != ValueTag.Unknown && v.Kind != expected && !(expected == ValueTag.Pointer && v.Kind == ValueTag.Int && v.I == 0))
            throw f.M.Error(RuntimeErrors.LibraryMisuse, $"va_arg reads {Describe(expected)} but the argument passed was {Describe(v.Kind)} (C17 7.16.1.1p2)");
        return v;
    }

    public static string Describe(ValueTag t) => t switch
    {
        ValueTag.Int => "an integer",
        ValueTag.Double => "a double",
        ValueTag.Pointer => "a pointer",
        ValueTag.Aggregate => "a struct or union",
        _ => "a value",
    };

    public static Value Next(Frame f, PtrNode list, Node at)
    {
        var p = list.Eval(f);
        var m = f.M;
        m.At = at.Loc;
        var id = m.Memory.ReadInt64(p, m.Tags[(int)ScalarKind.Long], at.Loc, out _);
        if (!m.VaLists.TryGetValue(id, out var cursor)) throw m.Error(RuntimeErrors.LibraryMisuse, "va_arg on a va_list that was not started with va_start");
        if (cursor.Position >= cursor.Args.Length) throw m.Error(RuntimeErrors.LibraryMisuse, $"va_arg reads argument {cursor.Position + 1} but only {cursor.Args.Length} variadic arguments were passed (C17 7.16.1.1p2)");
        m.VaLists[id] = (cursor.Args, cursor.Position + 1);
        var v = cursor.Args[cursor.Position];
        if (v.Invalid is { } bad) m.Taint ??= bad;
        return v;
    }
}

public sealed class VaArgInt(PtrNode list, int size, bool signed) : IntNode
{
    public override long Eval(Frame f)
    {
        var v = VaCursor.Next(f, list, this, ValueTag.Int);
        var x = v.P.Provenance is not null || (v.I == 0 && v.P.Address != 0) ? (long)v.P.Address : v.I;
        return size switch { 1 => signed ? (sbyte)x : (byte)x, 2 => signed ? (short)x : (ushort)x, 4 => signed ? (int)x : (uint)x, _ => x };
    }
}
public sealed class VaArgFlt(PtrNode list) : FltNode
{
    public override double Eval(Frame f) => VaCursor.Next(f, list, this, ValueTag.Double).D;
}
public sealed class VaArgPtr(PtrNode list) : PtrNode
{
    public override Pointer Eval(Frame f)
    {
        var v = VaCursor.Next(f, list, this, ValueTag.Pointer);
        if (v.P.Provenance is not null || v.P.Address != 0) return v.P;
        return v.I == 0 ? Pointer.Null : f.M.Memory.FromInteger((ulong)v.I);
    }
}

/// <summary>va_arg of a struct: the caller passed the address of its value; the reader copies it at once.</summary>
public sealed class VaArgAgg(PtrNode list) : AggNode
{
    public override Pointer Eval(Frame f) => VaCursor.Next(f, list, this, ValueTag.Aggregate).P;
}
