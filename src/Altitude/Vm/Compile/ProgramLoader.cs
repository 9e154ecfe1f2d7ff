using Altitude.Diagnostics;
using Altitude.Memory;
using Altitude.Sexpcode;
using Altitude.Text;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Compile;

/// <summary>A name with static storage: an object (a blob) or a function.</summary>
public sealed class GlobalSymbol(string name)
{
    public string Name { get; } = name;
    public VmType? Type;
    public Blob? Blob;
    public VmFunction? Function;
    public bool Defined;
    public bool IsFunction;
    public SourceLocation Site;
}

/// <summary>The C library the loader links undefined names against.</summary>
public interface ISystemLibrary
{
    SystemCall? Function(string name);
    /// <summary>Provides an object the library defines (stdout, stderr, stdin, environ...), or null.</summary>
    Blob? Object(Machine machine, string name);
}

/// <summary>
/// VM compile: takes sexpcode units, lays out their types, allocates their globals as static blobs,
/// links external names across units and with the C library, and compiles every function to
/// closure nodes. Errors are diagnostics in <see cref="Diagnostics"/>.
/// </summary>
public sealed class ProgramLoader
{
    private readonly Machine _m;
    private readonly ISystemLibrary _library;
    private readonly Dictionary<string, GlobalSymbol> _externals = new(StringComparer.Ordinal);
    private readonly List<UnitCompiler> _units = [];

    public ProgramLoader(Machine machine, ISystemLibrary library)
    {
        _m = machine;
        _library = library;
    }

    public DiagnosticBag Diagnostics { get; } = new();

    public VmFunction? Main { get; private set; }

    /// <summary>Loads the units; returns false (with diagnostics) if the program cannot run.</summary>
    public bool Load(IReadOnlyList<Sexp> units)
    {
        try
        {
            foreach (var unit in units)
            {
                var compiler = new UnitCompiler(_m, unit, this);
                _units.Add(compiler);
                compiler.Declare();
            }
            if (Diagnostics.HasErrors || !Link()) return false;
            foreach (var unit in _units) unit.InitializeGlobals();
            foreach (var unit in _units) unit.CompileFunctions();
        }
        catch (UnsupportedException e)
        {
            Diagnostics.Report(RuntimeErrors.Unsupported, _m.At, e.Message);
            return false;
        }
        catch (MemoryFault e)
        {
            Diagnostics.Report(e.Descriptor, _m.At, e.Detail);
            return false;
        }
        catch (GuestError e)
        {
            Diagnostics.Report(e.Diagnostic.Descriptor, e.Diagnostic.Location, e.Diagnostic.Message);
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException
                                      or KeyNotFoundException or InvalidCastException or NullReferenceException or OverflowException)
        {
            // Sexpcode that validates but does not describe a program the VM can lay out (read from
            // a hand-edited or hostile .sexp file): located where the compiler was, never a host trace.
            Diagnostics.Report(RuntimeErrors.Unsupported, _m.At, $"sexpcode the VM cannot compile ({e.Message})");
            return false;
        }
        if (_externals.TryGetValue("main", out var main) && main.Function is { Missing: false, Native: null } fn)
        {
            fn.IsMain = true;
            Main = fn;
            return true;
        }
        Diagnostics.Report(RuntimeErrors.NoMain, SourceLocation.None);
        return false;
    }

    internal void ReportDuplicate(GlobalSymbol first, SourceLocation second) =>
        Diagnostics.Report(RuntimeErrors.DuplicateDefinition, second, first.Name, first.Site.IsNone ? "an earlier unit" : first.Site.ToString());

    internal GlobalSymbol External(string name)
    {
        if (!_externals.TryGetValue(name, out var s)) _externals[name] = s = new GlobalSymbol(name);
        return s;
    }

    // A function a library header declares but the VM does not implement is reported when it is
    // called (ALT905), so programs that never call it still run.
    private static bool DeclaredByLibraryHeader(GlobalSymbol s) =>
        s.Site.IsNone || s.Site.File.StartsWith("<altitude>", StringComparison.Ordinal);

    private bool Link()
    {
        var ok = true;
        foreach (var s in _externals.Values)
        {
            if (s.Defined) continue;
            if (s.IsFunction)
            {
                var blob = _m.Memory.AllocateFunction(s.Name, SourceLocation.None);
                var fn = new VmFunction(s.Name, s.Type!, blob);
                // GNU __builtin_foo of a library function is foo itself (__builtin_memcpy, __builtin_strlen…).
                var native = _library.Function(s.Name)
                             ?? (s.Name.StartsWith("__builtin_", StringComparison.Ordinal) ? _library.Function(s.Name["__builtin_".Length..]) : null);
                if (native is null && !DeclaredByLibraryHeader(s))
                {
                    // Declared by the program itself and defined nowhere: a link error, as with gcc.
                    Diagnostics.Report(RuntimeErrors.UndefinedSymbol, s.Site, s.Name);
                    ok = false;
                }
                if (native is null) fn.Missing = true;
                else fn.Native = native;
                s.Function = fn;
                s.Blob = blob;
                _m.FunctionsByBlob[blob] = fn;
            }
            else
            {
                s.Blob = _library.Object(_m, s.Name);
                if (s.Blob is null)
                {
                    Diagnostics.Report(RuntimeErrors.UndefinedSymbol, s.Site, s.Name);
                    ok = false;
                }
            }
        }
        return ok;
    }
}
