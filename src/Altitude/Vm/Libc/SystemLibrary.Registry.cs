using Altitude.Memory;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc;

/// <summary>Registration of the header groups beyond stdio/stdlib/string/ctype, and the library's global objects.</summary>
public sealed partial class SystemLibrary
{
    private void RegisterLibc2()
    {
        RegisterMath();
        RegisterTime();
        RegisterStrptime();
        RegisterEnvironment();
        RegisterSignal();
        RegisterStrings();
        RegisterLocale();
        RegisterWide();
        RegisterMisc();
        RegisterErrAndLibgen();
        RegisterGetopt();
    }

    /// <summary>Global variables the C library defines (other than the standard streams).</summary>
    private Blob? LibraryObject(Machine m, string name) => name switch
    {
        "signgam" => SigngamObject(m),
        "tzname" or "timezone" or "daylight" => TimeObject(m, name),
        "environ" or "__environ" => EnvironObject(m),
        "optarg" or "optind" or "opterr" or "optopt" => GetoptObject(m, name),
        _ => null,
    };
}
