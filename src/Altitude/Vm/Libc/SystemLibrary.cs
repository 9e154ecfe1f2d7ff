using System.Text;
using Altitude.Memory;
using Altitude.Text;
using Altitude.Vm.Compile;
using Altitude.Vm.Execute;
using Altitude.Vm.Libc.Formatting;

namespace Altitude.Vm.Libc;

/// <summary>
/// The C library functions the VM implements in C# ("system calls"), grouped by header in the
/// partial files. Each reads its arguments from the value stack and leaves its result in Machine.Ret.
/// </summary>
public sealed partial class SystemLibrary : ISystemLibrary
{
    private readonly Dictionary<string, SystemCall> _functions = new(StringComparer.Ordinal);
    private Blob? _stdinFile, _stdoutFile, _stderrFile;

    public SystemLibrary() : this(null) { }

    /// <param name="host">Where the guest's standard streams and files go (null: the machine's writers, empty stdin).</param>
    public SystemLibrary(Streams.StdioHost? host)
    {
        _host = host ?? new Streams.StdioHost();
        RegisterStdio();
        RegisterStdlib();
        RegisterString();
        RegisterCtypeMath();
        RegisterExtra();
        RegisterLibc2();
        RegisterBuiltins();
        // Last: the FILE layer replaces the earlier exit (stream flushing at exit).
        RegisterStreams();
        RegisterPosix();
    }

    public SystemCall? Function(string name) => _functions.TryGetValue(name, out var f) ? f : null;

    public Blob? Object(Machine m, string name)
    {
        switch (name)
        {
            case "stdin": Stdio(m); return StreamVariable(m, name, _stdinFile!);
            case "stdout": Stdio(m); return StreamVariable(m, name, _stdoutFile!);
            case "stderr": Stdio(m); return StreamVariable(m, name, _stderrFile!);
            default: return LibraryObject(m, name);
        }
    }

    /// <summary>The FILE objects of the standard streams: opaque 216-byte static blobs (glibc's size).</summary>
    private static Blob StandardFileBlob(Machine m, string name, ref Blob? file) =>
        file ??= m.Memory.AllocateStatic("_IO_FILE " + name, 216, 16, SourceLocation.None, new NamedAllocationType("FILE", 216));

    /// <summary>The variable stdin/stdout/stderr: a FILE * to the stream's blob.</summary>
    private static Blob StreamVariable(Machine m, string name, Blob file)
    {
        var variable = m.Memory.AllocateStatic(name, 8, 8, SourceLocation.None, new NamedAllocationType("FILE *", 8));
        m.Memory.WritePointer(MemorySpace.PointerTo(variable), m.Tags[(int)ScalarKind.DataPointer], MemorySpace.PointerTo(file));
        return variable;
    }

    private void Add(string name, SystemCall call) => _functions[name] = call;

    // ---- helpers ----

    internal static ref Value Arg(Machine m, int argBase, int i) => ref m.Stack[argBase + i];

    internal static void RetInt(Machine m, long v) => m.Ret = new Value { I = v };
    internal static void RetPtr(Machine m, Pointer p) => m.Ret = new Value { P = p };
    internal static void RetDouble(Machine m, double d) => m.Ret = new Value { D = d };

    /// <summary>The bytes of a C string (without its NUL), bounds-checked against its blob.</summary>
    internal static byte[] CString(Machine m, Pointer p)
    {
        var n = m.Memory.StringLength(p, m.At, out var invalid);
        if (invalid is not null) Checks.Invalid(m, invalid);
        return m.Memory.GetBytes(p, (ulong)n).ToArray();
    }

    internal static void WriteCString(Machine m, Pointer p, ReadOnlySpan<byte> bytes)
    {
        Span<byte> withNul = new byte[bytes.Length + 1];
        bytes.CopyTo(withNul);
        m.Memory.WriteBytes(p, withNul, m.CharTag);
    }

    internal static string Text(byte[] bytes) => Encoding.Latin1.GetString(bytes);
}
