using Altitude.Memory;
using Altitude.Text;
using Altitude.Vm.Compile;

namespace Altitude.Vm.Execute;

/// <summary>A library function implemented in C#: arguments at Stack[argBase..argBase+count), result in Machine.Ret.</summary>
public delegate void SystemCall(Machine m, int argBase, int count);

/// <summary>How a callee takes one argument from the value stack into its frame.</summary>
public abstract class ParamBinding
{
    public abstract void Bind(Frame f, in Value v);
}
// A parameter receives the argument's validity with its bits: an invalid argument is not yet a
// suspicious use, only what the callee does with it may be.
public sealed class BindIntSlot(int slot, int state) : ParamBinding { public override void Bind(Frame f, in Value v) { f.I[slot] = v.I; Validity.SetSlot(f, state, v.Invalid); } }
public sealed class BindFltSlot(int slot, int state) : ParamBinding { public override void Bind(Frame f, in Value v) { f.D[slot] = v.D; Validity.SetSlot(f, state, v.Invalid); } }
public sealed class BindPtrSlot(int slot, int state) : ParamBinding { public override void Bind(Frame f, in Value v) { f.P[slot] = v.P; Validity.SetSlot(f, state, v.Invalid); } }
public sealed class BindIntBlob(int local, int size, TypeTag tag) : ParamBinding
{
    public override void Bind(Frame f, in Value v)
    {
        var p = MemorySpace.PointerTo(MemorySpace.Local(f.Blob!, local));
        if (v.Invalid is { } bad) f.M.Memory.WriteInvalid(p, size, (ulong)v.I, bad);
        else f.M.Memory.WriteScalar(p, size, tag, (ulong)v.I);
    }
}
public sealed class BindFltBlob(int local, bool isFloat, TypeTag tag) : ParamBinding
{
    public override void Bind(Frame f, in Value v)
    {
        var p = MemorySpace.PointerTo(MemorySpace.Local(f.Blob!, local));
        if (v.Invalid is { } bad) f.M.Memory.WriteInvalid(p, isFloat ? 4 : 8, isFloat ? BitConverter.SingleToUInt32Bits((float)v.D) : BitConverter.DoubleToUInt64Bits(v.D), bad);
        else if (isFloat) f.M.Memory.WriteFloat(p, tag, (float)v.D);
        else f.M.Memory.WriteDouble(p, tag, v.D);
    }
}
public sealed class BindPtrBlob(int local, TypeTag tag) : ParamBinding
{
    public override void Bind(Frame f, in Value v)
    {
        var p = MemorySpace.PointerTo(MemorySpace.Local(f.Blob!, local));
        if (v.Invalid is { } bad) f.M.Memory.WriteInvalid(p, 8, v.P.Address, bad);
        else f.M.Memory.WritePointer(p, tag, v.P);
    }
}
public sealed class BindAggBlob(int local, long size) : ParamBinding
{
    public override void Bind(Frame f, in Value v)
    {
        if (size > 0) f.M.Memory.Memmove(MemorySpace.PointerTo(MemorySpace.Local(f.Blob!, local)), v.P, (ulong)size);
    }
}

/// <summary>A function of the program (compiled body) or of the C library (a <see cref="SystemCall"/>).</summary>
public sealed class VmFunction(string name, VmType type, Blob blob)
{
    public string Name { get; } = name;
    public VmType Type { get; } = type;
    public Blob Blob { get; } = blob;
    public SourceLocation Location;
    public Stmt[] Body = [];
    public int Ints, Doubles, Pointers;
    public FrameLayout? Layout;
    public ParamBinding[] Params = [];
    /// <summary>Names of the slot locals, by defined-index (ints, then doubles, then pointers).</summary>
    public string[] SlotNames = [];
    public SystemCall? Native;
    /// <summary>Set when neither the program nor the library defines it: calling it is an error.</summary>
    public bool Missing;
    public bool IsMain;

    public Pointer Address => MemorySpace.PointerTo(Blob);

    /// <summary>Frames of returned activations, reused by the next calls (calls reuse frame storage).</summary>
    private Frame? _freeFrames;
    private int _freeFrameCount;
    private const int FramePoolLimit = 8;

    /// <summary>Calls the function with the arguments pushed at Stack[argBase..]; the caller's At is the call site.</summary>
    public void Invoke(Machine m, int argBase, int count)
    {
        if (Native is not null)
        {
            Validity.CheckSystemCallArguments(m, Name, argBase, count);
            Native(m, argBase, count);
            m.Sp = argBase;
            return;
        }
        if (Missing)
        {
            throw m.Error(RuntimeErrors.UnsupportedFunction, Name);
        }
        if (m.Depth >= m.MaxDepth) throw m.Error(RuntimeErrors.StackOverflow, m.MaxDepth);
        // Deeply nested expressions make each guest call cost many host frames: stop cleanly
        // before the host stack runs out, whatever the depth limit says.
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw m.Error(RuntimeErrors.StackOverflow, m.Depth);
        var f = _freeFrames;
        if (f is not null)
        {
            _freeFrames = f.NextFree;
            _freeFrameCount--;
            f.NextFree = null;
        }
        else
        {
            f = new Frame(m, this, Ints, Doubles, Pointers);
        }
        f.Caller = m.Current;
        f.CallSite = m.At;
        if (Layout is not null) f.Blob = m.Memory.PushFrame(Layout, m.At);
        var fixedCount = Math.Min(Params.Length, count);
        for (var i = 0; i < fixedCount; i++) Params[i].Bind(f, m.Stack[argBase + i]);
        if (count > Params.Length && Type.Variadic)
        {
            f.VarArgs = new Value[count - Params.Length];
            Array.Copy(m.Stack, argBase + Params.Length, f.VarArgs, 0, f.VarArgs.Length);
        }
        m.Sp = argBase;
        m.Depth++;
        m.Current = f;
        f.Depth = m.Depth;
        var pc = m.MaxSteps == long.MaxValue ? Run(f, 0) : RunCounted(f, 0);
        if (pc != Stmts.ReturnPc)
        {
            // Falling off the end: main returns 0 (5.1.2.2.3); others return nothing usable.
            m.Ret = default;
        }
        if (f.Blob is not null) m.Memory.PopFrame(f.Blob, m.At);
        m.Current = f.Caller;
        m.Depth--;
        m.At = f.CallSite;
        Recycle(f);
    }

    // A frame goes back to the pool only when nothing can reach it any more: a frame that called
    // setjmp stays reachable through its jump target (longjmp checks that the frame is active), so
    // it is never reused. Frames unwound by an exception are simply dropped.
    private void Recycle(Frame f)
    {
        if (f.Pinned || _freeFrameCount >= FramePoolLimit) return;
        f.Reset();
        f.NextFree = _freeFrames;
        _freeFrames = f;
        _freeFrameCount++;
    }

    /// <summary>Runs the body from <paramref name="pc"/> until it returns or falls off the end; a longjmp back into this activation re-enters the loop.</summary>
    private int Run(Frame f, int pc)
    {
        // The try stays outside the statement loop, so the loop itself carries no handler.
        while (true)
        {
            try
            {
                var body = Body;
                while ((uint)pc < (uint)body.Length)
                {
                    f.Pc = pc;
                    pc = body[pc].Exec(f);
                }
                return pc;
            }
            catch (LongJump jump) when (jump.Target.Frame == f)
            {
                pc = CatchJump(f, jump);
            }
        }
    }

    /// <summary>Like <see cref="Run"/>, counting statements against --max-steps.</summary>
    private int RunCounted(Frame f, int pc)
    {
        var m = f.M;
        while (true)
        {
            try
            {
                var body = Body;
                while ((uint)pc < (uint)body.Length)
                {
                    if (++m.Steps > m.MaxSteps) throw m.Error(RuntimeErrors.StepLimit, m.MaxSteps);
                    f.Pc = pc;
                    pc = body[pc].Exec(f);
                }
                return pc;
            }
            catch (LongJump jump) when (jump.Target.Frame == f)
            {
                pc = CatchJump(f, jump);
            }
        }
    }

    /// <summary>
    /// longjmp back into this activation: unwind the frames above it and re-run the statement that
    /// called setjmp, which now returns the jump's value (C17 7.13.2.1).
    /// </summary>
    private static int CatchJump(Frame f, LongJump jump)
    {
        var m = f.M;
        for (var g = m.Current; g is not null && g != f; g = g.Caller)
        {
            if (g.Blob is not null) m.Memory.PopFrame(g.Blob, m.At);
        }
        m.Current = f;
        m.Depth = f.Depth;
        m.Sp = jump.Target.Sp;
        m.SetjmpResult = jump.Value == 0 ? 1 : jump.Value;
        return jump.Target.Pc;
    }
}

/// <summary>Where a setjmp was called: the activation, its statement, the value stack height.</summary>
public sealed class JumpTarget
{
    public JumpTarget(Frame frame, int pc, int sp)
    {
        Frame = frame;
        Pc = pc;
        Sp = sp;
        // The target keeps the activation reachable: its frame object must never be reused.
        frame.Pinned = true;
    }

    public Frame Frame { get; }
    public int Pc { get; }
    public int Sp { get; }
}

/// <summary>longjmp in flight: caught by the activation that called setjmp.</summary>
public sealed class LongJump(JumpTarget target, int value) : Exception("longjmp")
{
    public JumpTarget Target { get; } = target;
    public int Value { get; } = value;
}

/// <summary>Evaluates one argument, with its validity, into its slot of the value stack (a consumer: see <see cref="Validity"/>).</summary>
public abstract class ArgPush { public abstract void Push(Frame f, int slot); }
public sealed class PushInt(IntNode e) : ArgPush
{
    public override void Push(Frame f, int slot) { var m = f.M; m.Taint = null; var v = e.Eval(f); m.Stack[slot] = new Value { I = v, Kind = ValueTag.Int, Invalid = m.Taint }; }
}
public sealed class PushFlt(FltNode e) : ArgPush
{
    public override void Push(Frame f, int slot) { var m = f.M; m.Taint = null; var v = e.Eval(f); m.Stack[slot] = new Value { D = v, Kind = ValueTag.Double, Invalid = m.Taint }; }
}
public sealed class PushPtr(PtrNode e) : ArgPush
{
    public override void Push(Frame f, int slot) { var m = f.M; m.Taint = null; var v = e.Eval(f); m.Stack[slot] = new Value { P = v, Kind = ValueTag.Pointer, Invalid = m.Taint }; }
}
public sealed class PushAgg(AggNode e) : ArgPush
{
    // A struct's validity is in its bytes' shadow, copied with them.
    public override void Push(Frame f, int slot) { var m = f.M; var v = e.Eval(f); m.Stack[slot] = new Value { P = v, Kind = ValueTag.Aggregate }; }
}

/// <summary>The callee of a call: a function known at compile time, or a function pointer.</summary>
public sealed class CallTarget(VmFunction? direct, PtrNode? pointer, ArgPush[] args)
{
    public void Call(Frame f, SourceLocation loc)
    {
        var m = f.M;
        VmFunction? fn = direct;
        if (fn is null)
        {
            m.Taint = null;
            var p = pointer!.Eval(f);
            if (m.Taint is { } bad) throw Validity.Use(m, loc, "the called function pointer", bad);
            m.At = loc;
            if (p.Provenance is null || !m.FunctionsByBlob.TryGetValue(p.Provenance, out fn) || p.Address != p.Provenance.Base)
                throw m.Error(RuntimeErrors.BadFunctionPointer, p.ToString());
        }
        // The arguments' slots are reserved first; calls made while evaluating them push above.
        // The order of evaluation is unspecified (C17 6.5.2.2p10); gcc on x86-64 evaluates the
        // last argument first, and so does Altitude, so programs that depend on it by accident
        // print what their gcc build prints.
        m.EnsureStack(args.Length + 1);
        var argBase = m.Sp;
        m.Sp = argBase + args.Length;
        for (var i = args.Length - 1; i >= 0; i--) args[i].Push(f, argBase + i);
        m.At = loc;
        fn.Invoke(m, argBase, args.Length);
    }
}

// A call node keeps the enclosing expression's taint across the call (arguments and the callee's
// statements clear the register) and adds the validity of the returned value.
public sealed class CallInt(CallTarget t, int size, bool signed) : IntNode
{
    public override long Eval(Frame f)
    {
        var m = f.M;
        var outer = m.Taint;
        t.Call(f, Loc);
        m.Taint = outer ?? m.Ret.Invalid;
        var v = m.Ret.I;
        return size switch { 1 => signed ? (sbyte)v : (byte)v, 2 => signed ? (short)v : (ushort)v, 4 => signed ? (int)v : (uint)v, _ => v };
    }
}
public sealed class CallFlt(CallTarget t) : FltNode
{
    public override double Eval(Frame f) { var m = f.M; var outer = m.Taint; t.Call(f, Loc); m.Taint = outer ?? m.Ret.Invalid; return m.Ret.D; }
}
public sealed class CallPtr(CallTarget t) : PtrNode
{
    public override Pointer Eval(Frame f) { var m = f.M; var outer = m.Taint; t.Call(f, Loc); m.Taint = outer ?? m.Ret.Invalid; return m.Ret.P; }
}
public sealed class CallVoid(CallTarget t) : VoidNode
{
    public override void Eval(Frame f) { var m = f.M; var outer = m.Taint; t.Call(f, Loc); m.Taint = outer; }
}

/// <summary>A call returning a struct: copies the callee's return buffer into this call site's own.</summary>
public sealed class CallAgg(CallTarget t, PtrNode resultBuffer, long size) : AggNode
{
    public override Pointer Eval(Frame f)
    {
        var buffer = resultBuffer.Eval(f);
        var outer = f.M.Taint;
        t.Call(f, Loc);
        f.M.Taint = outer;
        if (size > 0) f.M.Memory.Memmove(buffer, f.M.Ret.P, (ulong)size);
        return buffer;
    }
}
