using System.Text;
using Altitude.Memory;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc;

/// <summary>
/// getopt, getopt_long and getopt_long_only with glibc's behaviour: argv is permuted so that operands
/// end up after the options (unless optstring starts with '+' or POSIXLY_CORRECT is set; '-' returns
/// operands as option 1), "--" ends the options, long options may be abbreviated to a unique prefix,
/// and errors print glibc's messages on stderr unless opterr is 0 or optstring starts with ':'.
/// </summary>
public sealed partial class SystemLibrary
{
    private Blob? _optarg, _optind, _opterr, _optopt;
    private bool _getoptInitialized;
    private int _firstNonopt, _lastNonopt;
    private Pointer _nextchar; // inside the current argv element; Null when none
    private enum Ordering { RequireOrder, Permute, ReturnInOrder }
    private Ordering _ordering;
    // glibc keeps optopt in its own state (0 at first) and copies it to the global after every call.
    private int _optoptState;

    private Blob GetoptObject(Machine m, string name)
    {
        Blob Make(ref Blob? b, string n, int size, int initial, ScalarKind kind)
        {
            if (b is null)
            {
                b = m.Memory.AllocateStatic(n, (ulong)size, (ulong)size, Altitude.Text.SourceLocation.None, new NamedAllocationType(kind == ScalarKind.Int ? "int" : "char *", size));
                if (kind == ScalarKind.Int) m.Memory.WriteInt32(MemorySpace.PointerTo(b), m.Tags[(int)ScalarKind.Int], initial);
                else m.Memory.WritePointer(MemorySpace.PointerTo(b), m.Tags[(int)ScalarKind.DataPointer], Pointer.Null);
            }
            return b;
        }
        return name switch
        {
            "optarg" => Make(ref _optarg, name, 8, 0, ScalarKind.DataPointer),
            "optind" => Make(ref _optind, name, 4, 1, ScalarKind.Int),
            "opterr" => Make(ref _opterr, name, 4, 1, ScalarKind.Int),
            _ => Make(ref _optopt, name, 4, '?', ScalarKind.Int),
        };
    }

    private int GetInt(Machine m, string name) =>
        m.Memory.ReadInt32(MemorySpace.PointerTo(GetoptObject(m, name)), m.Tags[(int)ScalarKind.Int], m.At, out _);

    private void SetInt(Machine m, string name, int v) =>
        m.Memory.WriteInt32(MemorySpace.PointerTo(GetoptObject(m, name)), m.Tags[(int)ScalarKind.Int], v);

    private void SetOptarg(Machine m, Pointer p) =>
        m.Memory.WritePointer(MemorySpace.PointerTo(GetoptObject(m, "optarg")), m.Tags[(int)ScalarKind.DataPointer], p);

    private void RegisterGetopt()
    {
        Add("getopt", (m, b, n) => RetInt(m, Getopt(m, b, longOptions: false, longOnly: false)));
        Add("getopt_long", (m, b, n) => RetInt(m, Getopt(m, b, longOptions: true, longOnly: false)));
        Add("getopt_long_only", (m, b, n) => RetInt(m, Getopt(m, b, longOptions: true, longOnly: true)));
    }

    private static Pointer ArgvAt(Machine m, Pointer argv, int i) =>
        m.Memory.ReadPointer(m.Memory.Add(argv, i * 8L), m.Tags[(int)ScalarKind.DataPointer], m.At, out _);

    private static void WriteArgv(Machine m, Pointer argv, int i, Pointer p) =>
        m.Memory.WritePointer(m.Memory.Add(argv, i * 8L), m.Tags[(int)ScalarKind.DataPointer], p);

    private static byte ByteAt(Machine m, Pointer p, long i) => m.Memory.GetBytes(m.Memory.Add(p, i), 1)[0];

    private void GetoptError(Machine m, Pointer argv, string message)
    {
        var prog = Text(CString(m, ArgvAt(m, argv, 0)));
        m.Stderr.Write(Encoding.Latin1.GetBytes(prog + ": " + message + "\n"));
    }

    /// <summary>Moves the operands [firstNonopt, lastNonopt) after the options [lastNonopt, optind), keeping both orders.</summary>
    private void Exchange(Machine m, Pointer argv, int optind)
    {
        var nonopts = new List<Pointer>();
        var opts = new List<Pointer>();
        for (var i = _firstNonopt; i < _lastNonopt; i++) nonopts.Add(ArgvAt(m, argv, i));
        for (var i = _lastNonopt; i < optind; i++) opts.Add(ArgvAt(m, argv, i));
        var k = _firstNonopt;
        foreach (var p in opts) WriteArgv(m, argv, k++, p);
        foreach (var p in nonopts) WriteArgv(m, argv, k++, p);
        _firstNonopt += optind - _lastNonopt;
        _lastNonopt = optind;
    }

    private int Getopt(Machine m, int b, bool longOptions, bool longOnly)
    {
        var argc = (int)Arg(m, b, 0).I;
        var argv = Arg(m, b, 1).P;
        var optstring = CString(m, Arg(m, b, 2).P);
        var longopts = longOptions ? Arg(m, b, 3).P : Pointer.Null;
        var longind = longOptions ? Arg(m, b, 4).P : Pointer.Null;
        var optind = GetInt(m, "optind");
        SetOptarg(m, Pointer.Null);
        if (argc < 1) return -1;

        var spec = 0;
        if (optind == 0 || !_getoptInitialized)
        {
            if (optind == 0) optind = 1;
            _firstNonopt = _lastNonopt = optind;
            _nextchar = Pointer.Null;
            _getoptInitialized = true;
        }
        if (optstring.Length > 0 && optstring[0] == '-') { _ordering = Ordering.ReturnInOrder; spec = 1; }
        else if (optstring.Length > 0 && optstring[0] == '+') { _ordering = Ordering.RequireOrder; spec = 1; }
        else _ordering = GetEnvironment(m, "POSIXLY_CORRECT") is not null ? Ordering.RequireOrder : Ordering.Permute;
        var shorts = optstring[spec..];
        var colonMode = shorts.Length > 0 && shorts[0] == ':';
        var printErrors = GetInt(m, "opterr") != 0 && !colonMode;

        bool NonOption(int i)
        {
            var s = ArgvAt(m, argv, i);
            return ByteAt(m, s, 0) != '-' || ByteAt(m, s, 1) == 0;
        }

        try
        {
            if (_nextchar.IsNull || ByteAt(m, _nextchar, 0) == 0)
            {
                if (_lastNonopt > optind) _lastNonopt = optind;
                if (_firstNonopt > optind) _firstNonopt = optind;
                if (_ordering == Ordering.Permute)
                {
                    if (_firstNonopt != _lastNonopt && _lastNonopt != optind) Exchange(m, argv, optind);
                    else if (_lastNonopt != optind) _firstNonopt = optind;
                    while (optind < argc && NonOption(optind)) optind++;
                    _lastNonopt = optind;
                }
                if (optind != argc && Text(CString(m, ArgvAt(m, argv, optind))) == "--")
                {
                    optind++;
                    if (_firstNonopt != _lastNonopt && _lastNonopt != optind) Exchange(m, argv, optind);
                    else if (_firstNonopt == _lastNonopt) _firstNonopt = optind;
                    _lastNonopt = argc;
                    optind = argc;
                }
                if (optind == argc)
                {
                    if (_firstNonopt != _lastNonopt) optind = _firstNonopt;
                    return -1;
                }
                if (NonOption(optind))
                {
                    if (_ordering == Ordering.RequireOrder) return -1;
                    SetOptarg(m, ArgvAt(m, argv, optind++));
                    return 1;
                }
                var current = ArgvAt(m, argv, optind);
                if (!longopts.IsNull)
                {
                    if (ByteAt(m, current, 1) == '-')
                    {
                        _nextchar = m.Memory.Add(current, 2);
                        return LongOption(m, argc, argv, ref optind, shorts, longopts, longind, longOnly, printErrors, colonMode, "--");
                    }
                    if (longOnly && (ByteAt(m, current, 2) != 0 || Array.IndexOf(shorts, ByteAt(m, current, 1)) < 0))
                    {
                        _nextchar = m.Memory.Add(current, 1);
                        var r = LongOption(m, argc, argv, ref optind, shorts, longopts, longind, longOnly, printErrors, colonMode, "-");
                        if (r != -1) return r;
                    }
                }
                _nextchar = m.Memory.Add(current, 1);
            }

            // A short option (possibly one of several clustered in one argument).
            var c = ByteAt(m, _nextchar, 0);
            _nextchar = m.Memory.Add(_nextchar, 1);
            var at = Array.IndexOf(shorts, c);
            if (ByteAt(m, _nextchar, 0) == 0) optind++;
            if (at < 0 || c == ':' || c == ';')
            {
                if (printErrors) GetoptError(m, argv, $"invalid option -- '{(char)c}'");
                _optoptState = c;
                return '?';
            }
            var takesArgument = at + 1 < shorts.Length && shorts[at + 1] == ':';
            var optional = takesArgument && at + 2 < shorts.Length && shorts[at + 2] == ':';
            if (optional)
            {
                if (ByteAt(m, _nextchar, 0) != 0) { SetOptarg(m, _nextchar); optind++; }
                _nextchar = Pointer.Null;
            }
            else if (takesArgument)
            {
                if (ByteAt(m, _nextchar, 0) != 0) { SetOptarg(m, _nextchar); optind++; }
                else if (optind == argc)
                {
                    if (printErrors) GetoptError(m, argv, $"option requires an argument -- '{(char)c}'");
                    _optoptState = c;
                    c = colonMode ? (byte)':' : (byte)'?';
                }
                else SetOptarg(m, ArgvAt(m, argv, optind++));
                _nextchar = Pointer.Null;
            }
            return c;
        }
        finally
        {
            SetInt(m, "optind", optind);
            SetInt(m, "optopt", _optoptState);
        }
    }

    private readonly record struct LongOptionEntry(int Index, string Name, int HasArg, Pointer Flag, int Val);

    private static List<LongOptionEntry> LongOptions(Machine m, Pointer longopts)
    {
        // struct option { const char *name; int has_arg; int *flag; int val; } is 32 bytes; a NULL name ends the table.
        var list = new List<LongOptionEntry>();
        var ptag = m.Tags[(int)ScalarKind.DataPointer];
        var itag = m.Tags[(int)ScalarKind.Int];
        for (var i = 0; ; i++)
        {
            var entry = m.Memory.Add(longopts, i * 32L);
            var name = m.Memory.ReadPointer(entry, ptag, m.At, out _);
            if (name.IsNull) return list;
            var hasArg = m.Memory.ReadInt32(m.Memory.Add(entry, 8), itag, m.At, out _);
            var flag = m.Memory.ReadPointer(m.Memory.Add(entry, 16), ptag, m.At, out _);
            var val = m.Memory.ReadInt32(m.Memory.Add(entry, 24), itag, m.At, out _);
            list.Add(new LongOptionEntry(i, Text(CString(m, name)), hasArg, flag, val));
        }
    }

    private int LongOption(Machine m, int argc, Pointer argv, ref int optind, byte[] shorts, Pointer longopts, Pointer longind, bool longOnly,
        bool printErrors, bool colonMode, string prefix)
    {
        var text = Text(CString(m, _nextchar));
        var eq = text.IndexOf('=');
        var name = eq < 0 ? text : text[..eq];
        var options = LongOptions(m, longopts);
        LongOptionEntry? found = options.FirstOrDefault(o => o.Name == name);
        if (found is { Name: null }) found = null;
        if (found is null)
        {
            var matches = options.Where(o => o.Name.StartsWith(name, StringComparison.Ordinal)).ToList();
            if (matches.Count > 0)
            {
                var first = matches[0];
                var ambiguous = matches.Skip(1).Where(o => longOnly || o.HasArg != first.HasArg || o.Flag != first.Flag || o.Val != first.Val).ToList();
                if (ambiguous.Count > 0)
                {
                    if (printErrors)
                    {
                        var sb = new StringBuilder($"option '{prefix}{text}' is ambiguous; possibilities:");
                        foreach (var o in matches) sb.Append($" '{prefix}{o.Name}'");
                        GetoptError(m, argv, sb.ToString());
                    }
                    _nextchar = Pointer.Null;
                    optind++;
                    _optoptState = 0;
                    return '?';
                }
                found = first;
            }
        }
        if (found is null)
        {
            var current = ArgvAt(m, argv, optind);
            if (!longOnly || ByteAt(m, current, 1) == '-' || Array.IndexOf(shorts, ByteAt(m, _nextchar, 0)) < 0)
            {
                if (printErrors) GetoptError(m, argv, $"unrecognized option '{prefix}{text}'");
                _nextchar = Pointer.Null;
                optind++;
                _optoptState = 0;
                return '?';
            }
            return -1;
        }
        var option = found.Value;
        optind++;
        var valueStart = eq < 0 ? Pointer.Null : m.Memory.Add(_nextchar, Encoding.Latin1.GetByteCount(text[..(eq + 1)]));
        _nextchar = Pointer.Null;
        if (eq >= 0)
        {
            if (option.HasArg == 0)
            {
                if (printErrors) GetoptError(m, argv, $"option '{prefix}{option.Name}' doesn't allow an argument");
                _optoptState = option.Val;
                return '?';
            }
            SetOptarg(m, valueStart);
        }
        else if (option.HasArg == 1)
        {
            if (optind < argc) SetOptarg(m, ArgvAt(m, argv, optind++));
            else
            {
                if (printErrors) GetoptError(m, argv, $"option '{prefix}{option.Name}' requires an argument");
                _optoptState = option.Val;
                return colonMode ? ':' : '?';
            }
        }
        if (!longind.IsNull) m.Memory.WriteInt32(longind, m.Tags[(int)ScalarKind.Int], option.Index);
        if (!option.Flag.IsNull)
        {
            m.Memory.WriteInt32(option.Flag, m.Tags[(int)ScalarKind.Int], option.Val);
            return 0;
        }
        return option.Val;
    }
}
