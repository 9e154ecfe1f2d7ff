using Altitude.Memory;

namespace Altitude.Vm.Execute;

public static class Stmts
{
    /// <summary>The pc a return statement yields: outside every instruction array.</summary>
    public const int ReturnPc = -1;
}

public sealed class ExprStmt(VoidNode e) : Stmt
{
    // Each statement starts with no invalid value in flight (a fault's diagnostic consults it).
    public override int Exec(Frame f) { f.M.Taint = null; e.Eval(f); return Next; }
}

public sealed class GotoStmt : Stmt
{
    public int Target;
    public override int Exec(Frame f) => Target;
}

// Statements that branch are consumers at the top of an expression: they clear the taint register,
// evaluate, and report a branch on an invalid value (DESIGN.md "Values").
public sealed class IfGotoStmt(IntNode cond) : Stmt
{
    public int Target;
    public override int Exec(Frame f)
    {
        var m = f.M;
        m.Taint = null;
        var c = cond.Eval(f);
        if (m.Taint is { } bad) throw Validity.Use(m, Loc, "the branch", bad);
        return c != 0 ? Target : Next;
    }
}

public sealed class SwitchStmt(IntNode value) : Stmt
{
    public readonly Dictionary<long, int> Cases = [];
    public readonly List<(long Low, long High, int Target)> Ranges = [];
    public int Default = -2; // -2: none, go on

    public override int Exec(Frame f)
    {
        var m = f.M;
        m.Taint = null;
        var v = value.Eval(f);
        if (m.Taint is { } bad) throw Validity.Use(m, Loc, "the switch", bad);
        if (Cases.TryGetValue(v, out var target)) return target;
        foreach (var (lo, hi, t) in Ranges) if (v >= lo && v <= hi) return t;
        return Default == -2 ? Next : Default;
    }
}

// A return passes the value's validity to the caller in Ret.Invalid.
public sealed class ReturnInt(IntNode v) : Stmt
{
    public override int Exec(Frame f) { var m = f.M; m.Taint = null; var x = v.Eval(f); m.Ret.I = x; m.Ret.Invalid = m.Taint; return Stmts.ReturnPc; }
}
public sealed class ReturnFlt(FltNode v) : Stmt
{
    public override int Exec(Frame f) { var m = f.M; m.Taint = null; var x = v.Eval(f); m.Ret.D = x; m.Ret.Invalid = m.Taint; return Stmts.ReturnPc; }
}
public sealed class ReturnPtr(PtrNode v) : Stmt
{
    public override int Exec(Frame f) { var m = f.M; m.Taint = null; var x = v.Eval(f); m.Ret.P = x; m.Ret.Invalid = m.Taint; return Stmts.ReturnPc; }
}
public sealed class ReturnVoid : Stmt { public override int Exec(Frame f) { f.M.Ret.Invalid = null; return Stmts.ReturnPc; } }

/// <summary>Return of a struct: copied to the function's return buffer before its frame dies.</summary>
public sealed class ReturnAgg(AggNode v, Pointer buffer, long size) : Stmt
{
    public override int Exec(Frame f)
    {
        var src = v.Eval(f);
        f.M.At = Loc;
        if (size > 0) f.M.Memory.Memmove(buffer, src, (ulong)size);
        f.M.Ret.P = buffer;
        f.M.Ret.Invalid = null; // the bytes' shadow carries their validity
        return Stmts.ReturnPc;
    }
}

public sealed class EnterScopeStmt(int[] locals) : Stmt
{
    public override int Exec(Frame f)
    {
        foreach (var i in locals) f.M.Memory.RenewLocal(f.Blob!, i);
        return Next;
    }
}

public sealed class LeaveScopeStmt(int[] locals) : Stmt
{
    public override int Exec(Frame f)
    {
        foreach (var i in locals) MemorySpace.EndLocalScope(MemorySpace.Local(f.Blob!, i), Loc);
        return Next;
    }
}

/// <summary>GNU goto *p: p must be a label address of the running function.</summary>
public sealed class GotoPtrStmt(PtrNode target) : Stmt
{
    public override int Exec(Frame f)
    {
        f.M.Taint = null;
        var p = target.Eval(f);
        if (f.M.Taint is { } bad) throw Validity.Use(f.M, Loc, "the target of goto *", bad);
        f.M.At = Loc;
        if (p.Provenance is null || !f.M.LabelTargets.TryGetValue(p.Provenance, out var t) || t.Function != f.Function)
            throw f.M.Error(RuntimeErrors.Unsupported, "goto * to something that is not a label address of this function");
        return t.Pc;
    }
}

/// <summary>A construct the compiler could not handle: reported (ALT906) where it is, when it runs.</summary>
public sealed class UnsupportedStmt(string message) : Stmt
{
    public override int Exec(Frame f)
    {
        f.M.At = Loc;
        throw f.M.Error(RuntimeErrors.Unsupported, message);
    }
}
