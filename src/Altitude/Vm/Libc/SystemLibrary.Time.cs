using System.Diagnostics;
using System.Text;
using Altitude.Memory;
using Altitude.Text;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc;

/// <summary>
/// time.h and the POSIX clocks. Broken-down times use glibc's struct tm layout (56 bytes: nine ints,
/// long tm_gmtoff at 40, const char *tm_zone at 48); gmtime and localtime share one static result
/// as in glibc, and asctime and ctime share one string buffer.
/// </summary>
public sealed partial class SystemLibrary
{
    private const int EOVERFLOW = 75, EINVAL = 22;
    private static readonly string[] DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private TimeZoneRules? _zone;
    private Blob? _tmBuffer, _asctimeBuffer, _tzname, _timezone, _daylight;
    private readonly Dictionary<string, Pointer> _zoneStrings = new(StringComparer.Ordinal);
    private readonly Stopwatch _monotonic = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>A broken-down time: the nine int members plus tm_gmtoff and tm_zone.</summary>
    private struct BrokenDown
    {
        public long Sec, Min, Hour, Mday, Mon, Year, Wday, Yday, Isdst, Gmtoff;
        public string? Zone;
    }

    private void RegisterTime()
    {
        Add("time", (m, b, n) =>
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var p = Arg(m, b, 0).P;
            if (!p.IsNull) m.Memory.WriteInt64(p, m.Tags[(int)ScalarKind.Long], now);
            RetInt(m, now);
        });
        // clock(): processor time used since the program started, in CLOCKS_PER_SEC (1000000) units.
        Add("clock", (m, b, n) => RetInt(m, GuestCpuTime().Ticks / 10));
        Add("difftime", (m, b, n) => RetDouble(m, (double)Arg(m, b, 0).I - (double)Arg(m, b, 1).I));
        Add("gmtime", (m, b, n) => GmtimeInto(m, Arg(m, b, 0).P, TmBuffer(m), local: false));
        Add("gmtime_r", (m, b, n) => GmtimeInto(m, Arg(m, b, 0).P, Arg(m, b, 1).P, local: false));
        Add("localtime", (m, b, n) => GmtimeInto(m, Arg(m, b, 0).P, TmBuffer(m), local: true));
        Add("localtime_r", (m, b, n) => GmtimeInto(m, Arg(m, b, 0).P, Arg(m, b, 1).P, local: true));
        Add("mktime", (m, b, n) => RetInt(m, MakeTime(m, Arg(m, b, 0).P, local: true)));
        Add("timegm", (m, b, n) => RetInt(m, MakeTime(m, Arg(m, b, 0).P, local: false)));
        Add("timelocal", _functions["mktime"]);
        Add("tzset", (m, b, n) => { Zone(m); RetInt(m, 0); });
        Add("asctime", (m, b, n) => RetPtr(m, AscTime(m, Arg(m, b, 0).P, AsctimeBuffer(m))));
        Add("asctime_r", (m, b, n) => RetPtr(m, AscTime(m, Arg(m, b, 0).P, Arg(m, b, 1).P)));
        Add("ctime", (m, b, n) => RetPtr(m, CTime(m, Arg(m, b, 0).P, AsctimeBuffer(m))));
        Add("ctime_r", (m, b, n) => RetPtr(m, CTime(m, Arg(m, b, 0).P, Arg(m, b, 1).P)));
        Add("strftime", (m, b, n) => RetInt(m, StrFTime(m, Arg(m, b, 0).P, Arg(m, b, 1).I, Arg(m, b, 2).P, Arg(m, b, 3).P)));
        Add("strftime_l", _functions["strftime"]);
        Add("timespec_get", (m, b, n) =>
        {
            if (Arg(m, b, 1).I != 1) { RetInt(m, 0); return; }
            WriteTimespec(m, Arg(m, b, 0).P, RealtimeTicks(), 1_000_000_000);
            RetInt(m, 1);
        });
        Add("clock_gettime", (m, b, n) =>
        {
            var p = Arg(m, b, 1).P;
            switch (Arg(m, b, 0).I)
            {
                case 0 or 5: WriteTimespec(m, p, RealtimeTicks(), 1_000_000_000); break;
                case 1 or 4 or 6 or 7: WriteTimespec(m, p, _monotonic.Elapsed.Ticks, 1_000_000_000); break;
                case 2 or 3: WriteTimespec(m, p, GuestCpuTime().Ticks, 1_000_000_000); break;
                default: SetErrno(m, EINVAL); RetInt(m, -1); return;
            }
            RetInt(m, 0);
        });
        Add("clock_getres", (m, b, n) =>
        {
            var id = Arg(m, b, 0).I;
            if (id is < 0 or > 7) { SetErrno(m, EINVAL); RetInt(m, -1); return; }
            var p = Arg(m, b, 1).P;
            // Linux reports 1 ns for the high-resolution clocks and 4 ms (one jiffy) for the coarse ones.
            if (!p.IsNull) WriteTimespec(m, p, id is 5 or 6 ? 40_000 : 0, 1_000_000_000, nanosecondsOverride: id is 5 or 6 ? 4_000_000 : 1);
            RetInt(m, 0);
        });
        Add("gettimeofday", (m, b, n) =>
        {
            var tv = Arg(m, b, 0).P;
            if (!tv.IsNull) WriteTimespec(m, tv, RealtimeTicks(), 1_000_000);
            var tz = Arg(m, b, 1).P;
            if (!tz.IsNull)
            {
                m.Memory.WriteInt32(tz, m.Tags[(int)ScalarKind.Int], 0);
                m.Memory.WriteInt32(m.Memory.Add(tz, 4), m.Tags[(int)ScalarKind.Int], 0);
            }
            RetInt(m, 0);
        });
        Add("nanosleep", (m, b, n) =>
        {
            var req = Arg(m, b, 0).P;
            var sec = m.Memory.ReadInt64(req, m.Tags[(int)ScalarKind.Long], m.At, out var i1);
            var nsec = m.Memory.ReadInt64(m.Memory.Add(req, 8), m.Tags[(int)ScalarKind.Long], m.At, out var i2);
            if (i1 is not null) Checks.Invalid(m, i1);
            if (i2 is not null) Checks.Invalid(m, i2);
            if (sec < 0 || nsec is < 0 or > 999_999_999) { SetErrno(m, EINVAL); RetInt(m, -1); return; }
            Sleep(m, TimeSpan.FromTicks(sec * TimeSpan.TicksPerSecond + nsec / 100));
            RetInt(m, 0);
        });
        Add("sleep", (m, b, n) => { Sleep(m, TimeSpan.FromSeconds((uint)Arg(m, b, 0).I)); RetInt(m, 0); });
        Add("usleep", (m, b, n) => { Sleep(m, TimeSpan.FromTicks((uint)Arg(m, b, 0).I * 10L)); RetInt(m, 0); });
    }

    /// <summary>Processor time the VM's process used since this program started.</summary>
    private TimeSpan GuestCpuTime() => Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;

    private static void Sleep(Machine m, TimeSpan span)
    {
        m.Stdout.Flush();
        if (span > TimeSpan.Zero) Thread.Sleep(span);
    }

    private static long RealtimeTicks() => DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks;

    /// <summary>Writes {seconds, fraction} (timespec with unitsPerSecond 1e9, timeval with 1e6) from .NET ticks.</summary>
    private static void WriteTimespec(Machine m, Pointer p, long ticks, long unitsPerSecond, long nanosecondsOverride = -1)
    {
        var tag = m.Tags[(int)ScalarKind.Long];
        var seconds = ticks / TimeSpan.TicksPerSecond;
        var fraction = nanosecondsOverride >= 0 ? nanosecondsOverride : ticks % TimeSpan.TicksPerSecond * unitsPerSecond / TimeSpan.TicksPerSecond;
        if (nanosecondsOverride >= 0) seconds = 0;
        m.Memory.WriteInt64(p, tag, seconds);
        m.Memory.WriteInt64(m.Memory.Add(p, 8), tag, fraction);
    }

    private TimeZoneRules Zone(Machine m)
    {
        // glibc re-reads TZ whenever localtime/mktime/tzset run, so setenv("TZ", ...) takes effect.
        var tz = GetEnvironment(m, "TZ");
        if (_zone is null || tz != _zoneSource)
        {
            _zone = TimeZoneRules.FromEnvironment(tz);
            _zoneSource = tz;
        }
        WriteTzGlobals(m, _zone);
        return _zone;
    }

    private string? _zoneSource;

    private void WriteTzGlobals(Machine m, TimeZoneRules zone)
    {
        if (_tzname is not null)
        {
            var p = MemorySpace.PointerTo(_tzname);
            var tag = m.Tags[(int)ScalarKind.DataPointer];
            m.Memory.WritePointer(p, tag, ZoneString(m, zone.StandardName));
            m.Memory.WritePointer(m.Memory.Add(p, 8), tag, ZoneString(m, zone.DaylightName));
        }
        if (_timezone is not null) m.Memory.WriteInt64(MemorySpace.PointerTo(_timezone), m.Tags[(int)ScalarKind.Long], zone.SecondsWest);
        if (_daylight is not null) m.Memory.WriteInt32(MemorySpace.PointerTo(_daylight), m.Tags[(int)ScalarKind.Int], zone.HasDaylight ? 1 : 0);
    }

    /// <summary>tzname, timezone and daylight: glibc's values before tzset are "GMT", "GMT", 0, 0.</summary>
    private Blob TimeObject(Machine m, string name)
    {
        switch (name)
        {
            case "tzname":
                _tzname ??= m.Memory.AllocateStatic("tzname", 16, 8, SourceLocation.None, new NamedAllocationType("char *[2]", 16));
                var tag = m.Tags[(int)ScalarKind.DataPointer];
                m.Memory.WritePointer(MemorySpace.PointerTo(_tzname), tag, ZoneString(m, "GMT"));
                m.Memory.WritePointer(m.Memory.Add(MemorySpace.PointerTo(_tzname), 8), tag, ZoneString(m, "GMT"));
                return _tzname;
            case "timezone":
                _timezone ??= m.Memory.AllocateStatic("timezone", 8, 8, SourceLocation.None, new NamedAllocationType("long", 8));
                m.Memory.WriteInt64(MemorySpace.PointerTo(_timezone), m.Tags[(int)ScalarKind.Long], 0);
                return _timezone;
            default:
                _daylight ??= m.Memory.AllocateStatic("daylight", 4, 4, SourceLocation.None, new NamedAllocationType("int", 4));
                m.Memory.WriteInt32(MemorySpace.PointerTo(_daylight), m.Tags[(int)ScalarKind.Int], 0);
                return _daylight;
        }
    }

    /// <summary>A time zone abbreviation as a static read-only string (tm_zone and tzname point at these).</summary>
    private Pointer ZoneString(Machine m, string s)
    {
        if (_zoneStrings.TryGetValue(s, out var p)) return p;
        var bytes = Encoding.ASCII.GetBytes(s + "\0");
        var blob = m.Memory.AllocateStatic("time zone name \"" + s + "\"", (ulong)bytes.Length, 1, SourceLocation.None, new NamedAllocationType("char", 1), readOnly: false);
        p = MemorySpace.PointerTo(blob);
        m.Memory.WriteBytes(p, bytes, m.CharTag);
        _zoneStrings[s] = p;
        return p;
    }

    private Pointer TmBuffer(Machine m) =>
        MemorySpace.PointerTo(_tmBuffer ??= m.Memory.AllocateStatic("gmtime/localtime result", 56, 8, SourceLocation.None, new NamedAllocationType("struct tm", 56)));

    private Pointer AsctimeBuffer(Machine m) =>
        MemorySpace.PointerTo(_asctimeBuffer ??= m.Memory.AllocateStatic("asctime/ctime result", 114, 1, SourceLocation.None, new NamedAllocationType("char", 1)));

    private static long ReadTimeT(Machine m, Pointer p)
    {
        var t = m.Memory.ReadInt64(p, m.Tags[(int)ScalarKind.Long], m.At, out var invalid);
        if (invalid is not null) Checks.Invalid(m, invalid);
        return t;
    }

    /// <summary>gmtime/localtime: fills the tm at dest, or returns NULL with EOVERFLOW when the year does not fit an int.</summary>
    private void GmtimeInto(Machine m, Pointer timer, Pointer dest, bool local)
    {
        var t = ReadTimeT(m, timer);
        if (!BreakDown(m, t, local, out var tm)) { SetErrno(m, EOVERFLOW); RetPtr(m, Pointer.Null); return; }
        WriteTm(m, dest, tm);
        RetPtr(m, dest);
    }

    private bool BreakDown(Machine m, long t, bool local, out BrokenDown tm)
    {
        tm = default;
        long offset = 0;
        var zone = "GMT";
        var dst = false;
        if (local)
        {
            var type = Zone(m).At(t);
            offset = type.UtcOffset;
            zone = type.Abbreviation;
            dst = type.IsDst;
        }
        if (t > long.MaxValue / 2 || t < long.MinValue / 2) return false;
        var lt = t + offset;
        var days = CivilTime.FloorDiv(lt, 86400);
        var secs = lt - days * 86400;
        var (year, month, day) = CivilTime.CivilFromDays(days);
        if (year - 1900 > int.MaxValue || year - 1900 < int.MinValue) return false;
        tm.Sec = secs % 60;
        tm.Min = secs / 60 % 60;
        tm.Hour = secs / 3600;
        tm.Mday = day;
        tm.Mon = month - 1;
        tm.Year = year - 1900;
        tm.Wday = ((days + 4) % 7 + 7) % 7;
        tm.Yday = days - CivilTime.DaysFromCivil(year, 1, 1);
        tm.Isdst = dst ? 1 : 0;
        tm.Gmtoff = offset;
        tm.Zone = zone;
        return true;
    }

    private void WriteTm(Machine m, Pointer p, in BrokenDown tm)
    {
        var it = m.Tags[(int)ScalarKind.Int];
        long[] ints = [tm.Sec, tm.Min, tm.Hour, tm.Mday, tm.Mon, tm.Year, tm.Wday, tm.Yday, tm.Isdst];
        for (var i = 0; i < ints.Length; i++) m.Memory.WriteInt32(m.Memory.Add(p, 4 * i), it, (int)ints[i]);
        m.Memory.WriteInt64(m.Memory.Add(p, 40), m.Tags[(int)ScalarKind.Long], tm.Gmtoff);
        m.Memory.WritePointer(m.Memory.Add(p, 48), m.Tags[(int)ScalarKind.DataPointer], tm.Zone is null ? Pointer.Null : ZoneString(m, tm.Zone));
    }

    /// <summary>Reads struct tm member i (0 tm_sec … 8 tm_isdst), reporting an indeterminate one.</summary>
    private static int TmField(Machine m, Pointer p, int i)
    {
        var v = m.Memory.ReadInt32(m.Memory.Add(p, 4 * i), m.Tags[(int)ScalarKind.Int], m.At, out var invalid);
        if (invalid is not null) Checks.Invalid(m, invalid);
        return v;
    }

    /// <summary>mktime/timegm: normalizes the fields, fills tm_wday/tm_yday and returns the time_t (-1 with EOVERFLOW if out of range).</summary>
    private long MakeTime(Machine m, Pointer p, bool local)
    {
        long sec = TmField(m, p, 0), min = TmField(m, p, 1), hour = TmField(m, p, 2), mday = TmField(m, p, 3);
        long mon = TmField(m, p, 4), year = TmField(m, p, 5);
        var isdst = local ? TmField(m, p, 8) : 0;
        var y = year + 1900 + CivilTime.FloorDiv(mon, 12);
        var mo = mon - CivilTime.FloorDiv(mon, 12) * 12;
        var days = CivilTime.DaysFromCivil(y, mo + 1, 1) + mday - 1;
        var localSeconds = days * 86400 + hour * 3600 + min * 60 + sec;
        var t = localSeconds;
        if (local)
        {
            var zone = Zone(m);
            // Find an offset consistent with the resulting instant; honour tm_isdst when both readings exist.
            var guess = localSeconds - zone.At(localSeconds).UtcOffset;
            var type = zone.At(guess);
            t = localSeconds - type.UtcOffset;
            if (zone.At(t).UtcOffset != type.UtcOffset) t = localSeconds - zone.At(t).UtcOffset;
            var actual = zone.At(t);
            if (isdst >= 0 && (isdst > 0) != actual.IsDst)
            {
                // The requested tm_isdst is not in effect then: take the offset of the nearest time (probing
                // weekly up to about 17 years away) that has it, else assume a one-hour DST shift, as glibc does.
                var found = false;
                for (long delta = 601200; delta < 536454000 && !found; delta += 601200)
                {
                    foreach (var direction in (ReadOnlySpan<int>)[-1, 1])
                    {
                        var other = zone.At(t + delta * direction);
                        if (other.IsDst != isdst > 0) continue;
                        t = localSeconds - other.UtcOffset;
                        found = true;
                        break;
                    }
                }
                if (!found) t += 3600 * ((isdst == 0 ? 1 : 0) - (actual.IsDst ? 0 : 1));
            }
        }
        if (!BreakDown(m, t, local, out var tm) || tm.Year > int.MaxValue || tm.Year < int.MinValue)
        {
            SetErrno(m, EOVERFLOW);
            return -1;
        }
        if (!local) tm.Zone = "GMT";
        WriteTm(m, p, tm);
        return t;
    }

    private Pointer AscTime(Machine m, Pointer tmp, Pointer buffer)
    {
        int wday = TmField(m, tmp, 6), mon = TmField(m, tmp, 4);
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} {1}{2,3} {3:00}:{4:00}:{5:00} {6}\n",
            wday is >= 0 and < 7 ? DayNames[wday][..3] : "???", mon is >= 0 and < 12 ? MonthNames[mon][..3] : "???",
            TmField(m, tmp, 3), TmField(m, tmp, 2), TmField(m, tmp, 1), TmField(m, tmp, 0), (long)TmField(m, tmp, 5) + 1900);
        var bytes = Encoding.ASCII.GetBytes(text);
        WriteCString(m, buffer, bytes);
        return buffer;
    }

    private Pointer CTime(Machine m, Pointer timer, Pointer buffer)
    {
        var t = ReadTimeT(m, timer);
        if (!BreakDown(m, t, local: true, out var tm)) { SetErrno(m, EOVERFLOW); return Pointer.Null; }
        var scratch = TmBuffer(m);
        WriteTm(m, scratch, tm);
        return AscTime(m, scratch, buffer);
    }

    // ---- strftime (C locale) ----

    private long StrFTime(Machine m, Pointer s, long max, Pointer format, Pointer tmp)
    {
        var fmt = CString(m, format);
        var output = new StringBuilder();
        var pieces = new List<(int End, bool Composite)>();
        Format(m, fmt, tmp, output, pieces);
        var bytes = Encoding.Latin1.GetBytes(output.ToString());
        if (bytes.Length + 1 > max)
        {
            // glibc stores each piece (a literal character or a conversion's text) while it fits with
            // room for the terminator and returns 0 at the first that does not: the array then holds
            // that prefix, unterminated, except that a composite conversion (%c, %D…) is written by an
            // inner strftime that terminates it.
            var (fits, terminated) = FittingPrefix(pieces, max);
            if (fits > 0) m.Memory.WriteBytes(s, bytes.AsSpan(0, fits), m.CharTag);
            if (terminated) m.Memory.WriteBytes(m.Memory.Add(s, fits), [0], m.CharTag);
            return 0;
        }
        WriteCString(m, s, bytes);
        return bytes.Length;
    }

    /// <summary>The length of the longest run of whole pieces that leaves room for a terminator in max, and whether its last piece is composite.</summary>
    private static (int Length, bool LastComposite) FittingPrefix(List<(int End, bool Composite)> pieceEnds, long max)
    {
        var fits = 0;
        var composite = false;
        foreach (var (end, isComposite) in pieceEnds)
        {
            if (end >= max) break;
            fits = end;
            composite = isComposite;
        }
        return (fits, composite);
    }

    private void Format(Machine m, byte[] fmt, Pointer tmp, StringBuilder o, List<(int End, bool Composite)>? pieceEnds = null)
    {
        for (var i = 0; i < fmt.Length; i++)
        {
            if (fmt[i] != '%') { o.Append((char)fmt[i]); pieceEnds?.Add((o.Length, false)); continue; }
            var start = i;
            var pad = '\0';
            var upcase = false;
            var swapCase = false;
            i++;
            for (; i < fmt.Length; i++)
            {
                if (fmt[i] is (byte)'_' or (byte)'-' or (byte)'0') pad = (char)fmt[i];
                else if (fmt[i] == '^') upcase = true;
                else if (fmt[i] == '#') swapCase = true;
                else break;
            }
            var width = -1;
            while (i < fmt.Length && fmt[i] is >= (byte)'0' and <= (byte)'9') width = (width < 0 ? 0 : width * 10) + (fmt[i++] - '0');
            if (i < fmt.Length && fmt[i] is (byte)'E' or (byte)'O') i++;
            if (i >= fmt.Length) { o.Append(Encoding.Latin1.GetString(fmt, start, fmt.Length - start)); return; }
            var c = (char)fmt[i];
            var item = Conversion(m, c, tmp, pad, width, upcase, swapCase);
            if (item is null) o.Append(Encoding.Latin1.GetString(fmt, start, i - start + 1));
            else o.Append(item);
            pieceEnds?.Add((o.Length, item is not null && c is 'c' or 'D' or 'x' or 'F' or 'r' or 'R' or 'T' or 'X'));
        }
    }

    /// <summary>One conversion's text, or null for an unknown conversion (glibc copies those as written).</summary>
    private string? Conversion(Machine m, char c, Pointer tmp, char pad, int width, bool upcase, bool swapCase)
    {
        int F(int i) => TmField(m, tmp, i);
        string Text(string s, bool lowerOnSwap = false)
        {
            if (upcase) s = s.ToUpperInvariant();
            else if (swapCase) s = lowerOnSwap ? s.ToLowerInvariant() : s.ToUpperInvariant();
            return width > s.Length ? new string(pad == '0' ? '0' : ' ', width - s.Length) + s : s;
        }
        string Number(long v, int digits, char defaultPad = '0')
        {
            var p = pad is '_' or '-' or '0' ? pad : defaultPad;
            var neg = v < 0;
            var s = Math.Abs(v).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var w = width >= 0 ? width : digits;
            if (neg) w--;
            // '-' suppresses the default padding, but an explicit width still pads (with spaces).
            if (p == '-' && width >= 0 && s.Length < w) s = new string(' ', w - s.Length) + s;
            else if (p != '-' && s.Length < w) s = new string(p == '_' ? ' ' : '0', w - s.Length) + s;
            if (neg)
            {
                if (p == '_') { var firstDigit = s.TrimStart(' '); s = new string(' ', s.Length - firstDigit.Length) + "-" + firstDigit; }
                else s = "-" + s;
            }
            return s;
        }
        string Sub(string format)
        {
            var sb = new StringBuilder();
            Format(m, Encoding.ASCII.GetBytes(format), tmp, sb);
            return Text(sb.ToString());
        }
        switch (c)
        {
            case '%': return Text("%");
            case 'n': return Text("\n");
            case 't': return Text("\t");
            case 'a': { var d = F(6); return Text(d is >= 0 and < 7 ? DayNames[d][..3] : "?"); }
            case 'A': { var d = F(6); return Text(d is >= 0 and < 7 ? DayNames[d] : "?"); }
            case 'b' or 'h': { var mo = F(4); return Text(mo is >= 0 and < 12 ? MonthNames[mo][..3] : "?"); }
            case 'B': { var mo = F(4); return Text(mo is >= 0 and < 12 ? MonthNames[mo] : "?"); }
            case 'c': return Sub("%a %b %e %H:%M:%S %Y");
            case 'C': return Number(CivilTime.FloorDiv(F(5) + 1900L, 100), 2);
            case 'd': return Number(F(3), 2);
            case 'D' or 'x': return Sub("%m/%d/%y");
            case 'e': return Number(F(3), 2, '_');
            case 'F': return Sub("%Y-%m-%d");
            case 'H': return Number(F(2), 2);
            case 'I': return Number((F(2) % 12 + 11) % 12 + 1, 2);
            case 'k': return Number(F(2), 2, '_');
            case 'l': return Number((F(2) % 12 + 11) % 12 + 1, 2, '_');
            case 'j': return Number(F(7) + 1, 3);
            case 'm': return Number(F(4) + 1, 2);
            case 'M': return Number(F(1), 2);
            case 'p': return Text(F(2) >= 12 ? "PM" : "AM", lowerOnSwap: true);
            case 'P': { var s = F(2) >= 12 ? "pm" : "am"; return Text(upcase ? s.ToUpperInvariant() : s); }
            case 'r': return Sub("%I:%M:%S %p");
            case 'R': return Sub("%H:%M");
            case 'S': return Number(F(0), 2);
            case 'T' or 'X': return Sub("%H:%M:%S");
            case 'u': return Number((F(6) + 6) % 7 + 1, 1);
            case 'w': return Number(F(6), 1);
            case 'U': return Number((F(7) + 7 - F(6)) / 7, 2);
            case 'W': return Number((F(7) + 7 - (F(6) + 6) % 7) / 7, 2);
            case 'G' or 'g' or 'V':
            {
                var (isoYear, week) = IsoWeek(F(5) + 1900L, F(7), F(6));
                return c switch
                {
                    'G' => Number(isoYear, 1),
                    'g' => Number(((isoYear % 100) + 100) % 100, 2),
                    _ => Number(week, 2),
                };
            }
            case 'y': return Number(((F(5) + 1900L) % 100 + 100) % 100, 2);
            case 'Y': return Number(F(5) + 1900L, 1);
            case 's':
            {
                // Seconds since the Epoch of the local time in *tm (mktime on a copy, so *tm is unchanged).
                var copy = m.Memory.Malloc(56, m.At);
                m.Memory.Memcpy(copy, tmp, 56);
                var t = MakeTime(m, copy, local: true);
                m.Memory.Free(copy, m.At);
                return Number(t, 1);
            }
            case 'z':
            {
                var off = m.Memory.ReadInt64(m.Memory.Add(tmp, 40), m.Tags[(int)ScalarKind.Long], m.At, out var invalid);
                if (invalid is not null) Checks.Invalid(m, invalid);
                var a = Math.Abs(off) / 60;
                var digits = (a / 60 * 100 + a % 60).ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
                var s = (off < 0 ? "-" : "+") + digits;
                return width > s.Length ? s[0] + new string(pad == '_' ? ' ' : '0', width - s.Length) + s[1..] : s;
            }
            case 'Z':
            {
                var zp = m.Memory.ReadPointer(m.Memory.Add(tmp, 48), m.Tags[(int)ScalarKind.DataPointer], m.At, out var invalid);
                if (invalid is not null) Checks.Invalid(m, invalid);
                var name = zp.IsNull ? "" : SystemLibrary.Text(CString(m, zp));
                if (name.Length == 0)
                {
                    // A tm without tm_zone (filled by hand) shows the local zone's name for its tm_isdst.
                    var isdst = F(8);
                    var zone = Zone(m);
                    name = isdst < 0 ? "" : isdst > 0 ? zone.DaylightName : zone.StandardName;
                }
                return Text(name, lowerOnSwap: true);
            }
            default: return null;
        }
    }

    /// <summary>ISO 8601 week-based year and week number (weeks start on Monday; week 1 holds the first Thursday).</summary>
    private static (long Year, int Week) IsoWeek(long year, int yday, int wday)
    {
        // Days from the Monday of week 1 to the given day, for a year whose day yday falls on wday.
        static int DaysBeforeWeek1(long y, int yday, int wday)
        {
            var jan1 = ((wday - yday) % 7 + 7) % 7;
            var mondayBased = (jan1 + 6) % 7;
            var week1Start = mondayBased <= 3 ? -mondayBased : 7 - mondayBased;
            return yday - week1Start;
        }
        var days = DaysBeforeWeek1(year, yday, wday);
        if (days < 0)
        {
            year--;
            days = DaysBeforeWeek1(year, yday + (CivilTime.IsLeap(year) ? 366 : 365), wday);
        }
        else
        {
            var d = DaysBeforeWeek1(year + 1, yday - (CivilTime.IsLeap(year) ? 366 : 365), wday);
            if (d >= 0) { year++; days = d; }
        }
        return (year, days / 7 + 1);
    }
}
