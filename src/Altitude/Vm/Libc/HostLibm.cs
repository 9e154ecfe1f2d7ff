using System.Runtime.InteropServices;

namespace Altitude.Vm.Libc;

/// <summary>
/// The host's C math library (glibc's libm on Linux). Altitude's guest must get exactly the results a
/// native build gets on the same machine, including the last bit and errno; glibc's libm is the only
/// source of truth for that, so math.h functions call it directly instead of re-deriving its
/// algorithms. Calls go through raw function pointers without a GC transition so that nothing runs
/// between the call and the read of errno.
/// </summary>
internal static class HostLibm
{
    private static readonly nint Library = Load();

    public static bool Available => Library != 0;

    private static nint Load()
    {
        foreach (var name in new[] { "libm.so.6", "libm.so", "libm" })
            if (NativeLibrary.TryLoad(name, out var handle)) return handle;
        return 0;
    }

    /// <summary>The address of a libm function, or 0 when the host has no such function.</summary>
    public static nint Symbol(string name) =>
        Library != 0 && NativeLibrary.TryGetExport(Library, name, out var p) ? p : 0;

    /// <summary>Clears the host errno before a call.</summary>
    public static void ClearErrno() => Marshal.SetLastSystemError(0);

    /// <summary>The host errno after a call (0 when the function reported no error).</summary>
    public static int Errno() => Marshal.GetLastSystemError();
}
