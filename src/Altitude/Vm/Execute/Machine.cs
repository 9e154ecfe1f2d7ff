using System.Text;
using Altitude.Diagnostics;
using Altitude.Memory;
using Altitude.Text;
using Altitude.Vm.Compile;

namespace Altitude.Vm.Execute;

/// <summary>One argument or return value on the engine's value stack: the bits of whichever kind it is.</summary>
public struct Value
{
    public long I;
    public double D;
    public Pointer P;
    /// <summary>What the caller passed (for checks of variadic reads: va_arg, printf).</summary>
    public ValueTag Kind;
    /// <summary>Null for a valid value, else why it is invalid (see <see cref="Validity"/>).</summary>
    public InvalidReason? Invalid;
}

public enum ValueTag : byte { Unknown, Int, Double, Pointer, Aggregate }

/// <summary>An activation: slots for locals whose address is never taken, the stack-frame blob for the others.</summary>
public sealed class Frame(Machine machine, VmFunction function, int ints, int doubles, int pointers)
{
    public readonly Machine M = machine;
    public readonly VmFunction Function = function;
    public readonly long[] I = ints == 0 ? [] : new long[ints];
    public readonly double[] D = doubles == 0 ? [] : new double[doubles];
    public readonly Pointer[] P = pointers == 0 ? [] : new Pointer[pointers];
    /// <summary>
    /// Per slot (ints, then doubles, then pointers): <see cref="Validity.Valid"/>, null (never
    /// stored) or why the value it holds is invalid.
    /// </summary>
    public readonly InvalidReason?[] SlotState = ints + doubles + pointers == 0 ? [] : new InvalidReason?[ints + doubles + pointers];
    public Blob? Blob;
    public Frame? Caller;
    /// <summary>Where the caller called this function (for backtraces).</summary>
    public SourceLocation CallSite;
    /// <summary>The variadic arguments of this call.</summary>
    public Value[]? VarArgs;
    /// <summary>The statement being executed (for setjmp).</summary>
    public int Pc;
    public int Depth;
    /// <summary>setjmp was called in this activation: its frame object is never reused.</summary>
    public bool Pinned;
    /// <summary>Next frame in the function's pool of returned frames.</summary>
    internal Frame? NextFree;

    /// <summary>Makes a returned frame like a fresh one for the next call of the same function.</summary>
    internal void Reset()
    {
        if (I.Length > 0) Array.Clear(I);
        if (D.Length > 0) Array.Clear(D);
        if (P.Length > 0) Array.Clear(P);
        if (SlotState.Length > 0) Array.Clear(SlotState);
        Blob = null;
        Caller = null;
        VarArgs = null;
        Pc = 0;
    }
}

/// <summary>A guest error: a located diagnostic plus the backtrace at the moment it happened.</summary>
public sealed class GuestError(Diagnostic diagnostic, IReadOnlyList<string> backtrace) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
    public IReadOnlyList<string> Backtrace { get; } = backtrace;
    /// <summary>Exit status the VM uses (134 for a failed assert, as the abort signal gives).</summary>
    public int ExitCode { get; init; } = 1;
    /// <summary>Already printed in glibc's own words (assert, abort): no diagnostic text.</summary>
    public bool Silent { get; init; }
    /// <summary>The process dies without flushing stdio (abort, a fatal signal): buffered output is lost, as in glibc.</summary>
    public bool DiscardsOutput { get; init; }
}

/// <summary>exit() or return from main: unwinds the interpreter.</summary>
public sealed class GuestExit(int code) : Exception("exit")
{
    public int Code { get; } = code;
    /// <summary>_exit/_Exit: the process ends without flushing stdio buffers.</summary>
    public bool DiscardsOutput { get; init; }
}

/// <summary>Buffered guest output stream (stdout like glibc: line-buffered on a terminal, else fully buffered).</summary>
public sealed class GuestStream(TextWriter writer, bool lineBuffered, bool unbuffered)
{
    private const int Capacity = 1 << 16;
    private byte[] _buffer = new byte[256];
    private int _count;
    private char[] _chars = [];
    private readonly Decoder _decoder = new UTF8Encoding(false, false).GetDecoder();

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (_count + bytes.Length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _count + bytes.Length));
        bytes.CopyTo(_buffer.AsSpan(_count));
        _count += bytes.Length;
        if (unbuffered || _count >= Capacity || (lineBuffered && bytes.IndexOf((byte)'\n') >= 0)) Flush();
    }

    public void Write(byte b)
    {
        if (_count == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        _buffer[_count++] = b;
        if (unbuffered || _count >= Capacity || (lineBuffered && b == (byte)'\n')) Flush();
    }

    /// <summary>Drops unwritten output, as when the process dies without flushing.</summary>
    public void Discard() => _count = 0;

    public void Flush()
    {
        if (_count == 0) return;
        var n = _decoder.GetCharCount(_buffer, 0, _count, false);
        if (_chars.Length < n) _chars = new char[Math.Max(n, _chars.Length * 2)];
        _decoder.GetChars(_buffer, 0, _count, _chars, 0, false);
        _count = 0;
        writer.Write(_chars, 0, n);
        writer.Flush();
    }
}

/// <summary>The running program: memory, the value stack, output streams, limits.</summary>
public sealed class Machine
{
    public Machine(TextWriter stdout, TextWriter stderr, bool stdoutIsTerminal = false)
    {
        Memory = new MemorySpace();
        Stdout = new GuestStream(stdout, stdoutIsTerminal, false);
        Stderr = new GuestStream(stderr, false, true);
        foreach (ScalarKind k in Enum.GetValues<ScalarKind>())
        {
            if (k is ScalarKind.None or ScalarKind.Count) continue;
            Tags[(int)k] = Memory.Tags.Register(k, TypeTagTable.AnyPosition, CName(k));
        }
    }

    /// <summary>How diagnostics name a scalar kind: as C spells the type (signedness of char is not tracked).</summary>
    private static string CName(ScalarKind k) => k switch
    {
        ScalarKind.Char => "char",
        ScalarKind.Bool => "_Bool",
        ScalarKind.Short => "short",
        ScalarKind.UShort => "unsigned short",
        ScalarKind.Int => "int",
        ScalarKind.UInt => "unsigned int",
        ScalarKind.Long => "long",
        ScalarKind.ULong => "unsigned long",
        ScalarKind.LongLong => "long long",
        ScalarKind.ULongLong => "unsigned long long",
        ScalarKind.Int128 => "__int128",
        ScalarKind.UInt128 => "unsigned __int128",
        ScalarKind.Float => "float",
        ScalarKind.Double => "double",
        ScalarKind.LongDouble => "long double",
        ScalarKind.DataPointer => "a pointer",
        ScalarKind.FunctionPointer => "a function pointer",
        _ => k.ToString(),
    };

    public readonly MemorySpace Memory;
    public readonly GuestStream Stdout;
    public readonly GuestStream Stderr;
    /// <summary>One typemap tag per scalar kind (abstract positions come later).</summary>
    public readonly TypeTag[] Tags = new TypeTag[(int)ScalarKind.Count];
    public TypeTag TagOf(VmType t) => Tags[(int)(t.Scalar == ScalarKind.None ? ScalarKind.Char : t.Scalar)];
    public TypeTag CharTag => Tags[(int)ScalarKind.Char];

    /// <summary>Location of the operation being executed (set by nodes that can fail).</summary>
    public SourceLocation At;
    /// <summary>
    /// Why the value being computed is invalid, or null: the validity that travels beside the bits
    /// nodes return (see <see cref="Validity"/>).
    /// </summary>
    public InvalidReason? Taint;
    public Value Ret;
    public Value[] Stack = new Value[1024];
    public int Sp;
    public Frame? Current;
    public int Depth;
    public int MaxDepth = 100_000;
    public long Steps;
    public long MaxSteps = long.MaxValue;
    public string ProgramName = "a.out";
    public readonly Dictionary<Blob, VmFunction> FunctionsByBlob = new(ReferenceEqualityComparer.Instance);
    public readonly Dictionary<long, (Value[] Args, int Position)> VaLists = [];
    public long NextVaId = 1;
    public readonly List<VmFunction> AtExit = [];
    public Pointer ErrnoLocation;
    /// <summary>The guest's envp array (auxv blobs): main's third parameter, and what getenv and environ read.</summary>
    public Pointer EnvironmentPointer;
    /// <summary>The value the re-executed setjmp returns after a longjmp (-1: none pending).</summary>
    public int SetjmpResult = -1;
    public readonly Dictionary<long, JumpTarget> JumpTargets = [];
    public long NextJumpId = 1;
    /// <summary>Blobs standing for GNU label addresses, and the pc they name.</summary>
    public readonly Dictionary<Blob, (VmFunction Function, int Pc)> LabelTargets = new(ReferenceEqualityComparer.Instance);

    public void EnsureStack(int more)
    {
        if (Sp + more > Stack.Length) Array.Resize(ref Stack, Math.Max(Stack.Length * 2, Sp + more));
    }

    public GuestError Error(DiagnosticDescriptor descriptor, params object?[] args)
    {
        // An arithmetic fault on an operand computed from an invalid value (uninitialised memory
        // reads as zero, so `x / uninit` divides by zero) is reported as what it is: a use of the
        // invalid value, with its origin.
        if (Taint is { } invalid && IsArithmeticFault(descriptor))
            return Validity.Use(this, At, "this operation", invalid);
        return new(descriptor.At(At, args), Backtrace());
    }

    private static bool IsArithmeticFault(DiagnosticDescriptor d) =>
        ReferenceEquals(d, RuntimeErrors.DivisionByZero) || ReferenceEquals(d, RuntimeErrors.SignedOverflow) ||
        ReferenceEquals(d, RuntimeErrors.ShiftOutOfRange) || ReferenceEquals(d, RuntimeErrors.FloatConversionOutOfRange) ||
        ReferenceEquals(d, RuntimeErrors.IndexOutOfRange);

    public List<string> Backtrace()
    {
        var lines = new List<string>();
        var at = At;
        for (var f = Current; f is not null && lines.Count < 64; f = f.Caller)
        {
            lines.Add($"    at {f.Function.Name} ({at})");
            at = f.CallSite;
        }
        return lines;
    }

    public int Errno
    {
        get => ErrnoLocation.IsNull ? 0 : Memory.ReadInt32(ErrnoLocation, Tags[(int)ScalarKind.Int], At, out _);
        set { if (!ErrnoLocation.IsNull) Memory.WriteInt32(ErrnoLocation, Tags[(int)ScalarKind.Int], value); }
    }
}
