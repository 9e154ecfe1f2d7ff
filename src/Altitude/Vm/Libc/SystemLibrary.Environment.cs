using System.Text;
using Altitude.Memory;
using Altitude.Text;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc;

/// <summary>
/// The environment (getenv, setenv, unsetenv, putenv, clearenv, environ): main's envp as the runner built it
/// (the host's variables), as "NAME=value" strings the library owns (putenv's strings are the guest's own).
/// </summary>
public sealed partial class SystemLibrary
{
    private sealed record EnvEntry(string Name, string Value, Pointer Text);

    private List<EnvEntry>? _environment;
    private Blob? _environVariable;

    private List<EnvEntry> Environment(Machine? m)
    {
        if (_environment is not null) return _environment;
        _environment = [];
        if (m is not null && !m.EnvironmentPointer.IsNull)
        {
            // The runner built main's envp (the host environment, or the one a test supplies): the
            // library's environment starts as exactly those strings, as environ == envp in glibc.
            var tag = m.Tags[(int)ScalarKind.DataPointer];
            for (var i = 0; ; i++)
            {
                var p = m.Memory.ReadPointer(m.Memory.Add(m.EnvironmentPointer, i * 8L), tag, m.At, out _);
                if (p.IsNull) break;
                var text = System.Text.Encoding.UTF8.GetString(CString(m, p));
                var eq = text.IndexOf('=');
                if (eq > 0) _environment.Add(new EnvEntry(text[..eq], text[(eq + 1)..], p));
            }
            return _environment;
        }
        foreach (var (name, value) in HostEnvironment())
            _environment.Add(new EnvEntry(name, value, m is null ? Pointer.Null : EnvString(m, name + "=" + value)));
        return _environment;
    }

    /// <summary>The host's variables (used when no runner prepared an envp).</summary>
    private static IEnumerable<(string, string)> HostEnvironment()
    {
        foreach (System.Collections.DictionaryEntry e in System.Environment.GetEnvironmentVariables())
            yield return ((string)e.Key, (string?)e.Value ?? "");
    }

    /// <summary>The current value of a variable as the guest sees it (used by the time zone code).</summary>
    private string? GetEnvironment(Machine m, string name)
    {
        foreach (var e in Environment(m)) if (e.Name == name) return e.Value;
        return null;
    }

    private static Pointer EnvString(Machine m, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text + "\0");
        return MemorySpace.PointerTo(m.Memory.AllocateAuxv("environment string", bytes, m.CharTag, SourceLocation.None));
    }

    private void RegisterEnvironment()
    {
        SystemCall getenv = (m, b, n) =>
        {
            var name = Text(CString(m, Arg(m, b, 0).P));
            var env = Environment(m);
            FillPointers(m, env);
            foreach (var e in env)
                if (e.Name == name) { RetPtr(m, m.Memory.Add(e.Text, Encoding.UTF8.GetByteCount(name) + 1)); return; }
            RetPtr(m, Pointer.Null);
        };
        Add("getenv", getenv);
        Add("secure_getenv", getenv);
        Add("setenv", (m, b, n) =>
        {
            var name = Text(CString(m, Arg(m, b, 0).P));
            var value = Text(CString(m, Arg(m, b, 1).P));
            var overwrite = Arg(m, b, 2).I != 0;
            if (name.Length == 0 || name.Contains('=')) { SetErrno(m, EINVAL); RetInt(m, -1); return; }
            var env = Environment(m);
            var i = env.FindIndex(e => e.Name == name);
            if (i >= 0 && !overwrite) { RetInt(m, 0); return; }
            var entry = new EnvEntry(name, value, EnvString(m, name + "=" + value));
            if (i >= 0) env[i] = entry; else env.Add(entry);
            UpdateEnviron(m);
            RetInt(m, 0);
        });
        Add("unsetenv", (m, b, n) =>
        {
            var name = Text(CString(m, Arg(m, b, 0).P));
            if (name.Length == 0 || name.Contains('=')) { SetErrno(m, EINVAL); RetInt(m, -1); return; }
            Environment(m).RemoveAll(e => e.Name == name);
            UpdateEnviron(m);
            RetInt(m, 0);
        });
        Add("putenv", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var text = Text(CString(m, p));
            var eq = text.IndexOf('=');
            var env = Environment(m);
            if (eq < 0) env.RemoveAll(e => e.Name == text);
            else
            {
                var entry = new EnvEntry(text[..eq], text[(eq + 1)..], p);
                var i = env.FindIndex(e => e.Name == entry.Name);
                if (i >= 0) env[i] = entry; else env.Add(entry);
            }
            UpdateEnviron(m);
            RetInt(m, 0);
        });
        Add("clearenv", (m, b, n) => { Environment(m).Clear(); UpdateEnviron(m); RetInt(m, 0); });
        Add("system", (m, b, n) =>
        {
            // system(NULL) asks whether a command processor exists: the VM has none.
            if (Arg(m, b, 0).P.IsNull) { RetInt(m, 0); return; }
            throw m.Error(RuntimeErrors.UnsupportedFunction, "system");
        });
    }

    private void FillPointers(Machine m, List<EnvEntry> env)
    {
        for (var i = 0; i < env.Count; i++)
            if (env[i].Text.IsNull) env[i] = env[i] with { Text = EnvString(m, env[i].Name + "=" + env[i].Value) };
    }

    /// <summary>environ: a variable pointing at a NULL-terminated array of the entries, rebuilt after each change.</summary>
    private Blob EnvironObject(Machine m)
    {
        _environVariable ??= m.Memory.AllocateStatic("environ", 8, 8, SourceLocation.None, new NamedAllocationType("char **", 8));
        // Until the program changes its environment, environ is main's envp itself.
        if (!m.EnvironmentPointer.IsNull && !_environmentChanged)
            m.Memory.WritePointer(MemorySpace.PointerTo(_environVariable), m.Tags[(int)ScalarKind.DataPointer], m.EnvironmentPointer);
        else UpdateEnviron(m);
        return _environVariable;
    }

    private bool _environmentChanged;

    private void UpdateEnviron(Machine m)
    {
        _environmentChanged = true;
        if (_environVariable is null) return;
        var env = Environment(m);
        FillPointers(m, env);
        var tag = m.Tags[(int)ScalarKind.DataPointer];
        var array = MemorySpace.PointerTo(m.Memory.AllocateAuxv("environ array", new byte[(env.Count + 1) * 8], tag, SourceLocation.None));
        for (var i = 0; i < env.Count; i++) m.Memory.WritePointer(m.Memory.Add(array, i * 8), tag, env[i].Text);
        m.Memory.WritePointer(m.Memory.Add(array, env.Count * 8), tag, Pointer.Null);
        m.Memory.WritePointer(MemorySpace.PointerTo(_environVariable), tag, array);
    }
}
