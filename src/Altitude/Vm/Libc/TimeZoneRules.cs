using System.Buffers.Binary;
using System.Text;

namespace Altitude.Vm.Libc;

/// <summary>
/// The local time zone as glibc determines it: the TZ variable (a POSIX rule such as "EST5EDT" or
/// "CET-1CEST,M3.5.0,M10.5.0/3", or a zoneinfo file name, optionally after ':'), or /etc/localtime when
/// TZ is unset, and UTC when neither gives anything.
/// </summary>
internal sealed class TimeZoneRules
{
    public readonly record struct LocalType(long UtcOffset, bool IsDst, string Abbreviation);

    private long[] _transitions = [];
    private byte[] _transitionTypes = [];
    private LocalType[] _types = [new(0, false, "UTC")];
    private PosixRule? _footer;

    /// <summary>tzname[0], tzname[1], timezone (seconds west) and daylight as tzset sets them.</summary>
    public string StandardName { get; private set; } = "UTC";
    public string DaylightName { get; private set; } = "UTC";
    public long SecondsWest { get; private set; }
    public bool HasDaylight { get; private set; }

    public static TimeZoneRules FromEnvironment(string? tz)
    {
        var zone = new TimeZoneRules();
        if (tz is null) zone.LoadFile("/etc/localtime");
        else if (tz.Length == 0) { /* TZ="" means UTC */ }
        else if (tz[0] == ':') zone.LoadNamed(tz[1..]);
        else if (PosixRule.TryParse(tz, out var rule)) zone.UseRule(rule!);
        else zone.LoadNamed(tz);
        return zone;
    }

    private void LoadNamed(string name)
    {
        if (name.Length == 0) { LoadFile("/etc/localtime"); return; }
        var path = name.StartsWith('/') ? name : Path.Combine(Environment.GetEnvironmentVariable("TZDIR") ?? "/usr/share/zoneinfo", name);
        LoadFile(path);
    }

    private void UseRule(PosixRule rule)
    {
        _footer = rule;
        _types = [new(rule.StdOffset, false, rule.StdName)];
        StandardName = rule.StdName;
        DaylightName = rule.DstName ?? rule.StdName;
        SecondsWest = -rule.StdOffset;
        HasDaylight = rule.DstName is not null;
    }

    /// <summary>Reads a TZif file (version 2+ 64-bit data when present); an unreadable file leaves UTC.</summary>
    private void LoadFile(string path)
    {
        byte[] data;
        try { data = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException) { return; }
        if (data.Length < 44 || Encoding.ASCII.GetString(data, 0, 4) != "TZif") return;
        try { ParseTzif(data); }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException) { _transitions = []; _types = [new(0, false, "UTC")]; }
    }

    private void ParseTzif(byte[] data)
    {
        var version = data[4];
        var pos = 0;
        var (counts, body) = Header(data, pos);
        var timeSize = 4;
        if (version >= '2')
        {
            // Skip the 32-bit block and use the 64-bit one that follows.
            pos = body + BlockLength(counts, 4);
            (counts, body) = Header(data, pos);
            timeSize = 8;
        }
        var (isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt) = counts;
        var p = body;
        _transitions = new long[timecnt];
        for (var i = 0; i < timecnt; i++, p += timeSize)
            _transitions[i] = timeSize == 8 ? BinaryPrimitives.ReadInt64BigEndian(data.AsSpan(p)) : BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(p));
        _transitionTypes = data.AsSpan(p, timecnt).ToArray();
        p += timecnt;
        var rawTypes = new (int Offset, bool Dst, int Abbr)[typecnt];
        for (var i = 0; i < typecnt; i++, p += 6)
            rawTypes[i] = (BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(p)), data[p + 4] != 0, data[p + 5]);
        var chars = data.AsSpan(p, charcnt).ToArray();
        p += charcnt + leapcnt * (timeSize + 4) + isstdcnt + isutcnt;
        _types = rawTypes.Select(t =>
        {
            var end = Array.IndexOf(chars, (byte)0, t.Abbr) - t.Abbr;
            return new LocalType(t.Offset, t.Dst, Encoding.ASCII.GetString(chars, t.Abbr, end < 0 ? chars.Length - t.Abbr : end));
        }).ToArray();
        if (_types.Length == 0) _types = [new(0, false, "UTC")];
        if (timeSize == 8 && p < data.Length && data[p] == '\n')
        {
            var end = Array.IndexOf(data, (byte)'\n', p + 1);
            if (end > p + 1 && PosixRule.TryParse(Encoding.ASCII.GetString(data, p + 1, end - p - 1), out var rule)) _footer = rule;
        }
        // tzset's view: the last standard and daylight types the transitions use, overridden by the
        // footer rule's names where it has them (so a zone that once had DST keeps that tzname[1]).
        var used = _transitionTypes.Length > 0 ? _transitionTypes.Select(i => _types[i]).ToArray() : _types;
        var std = used.LastOrDefault(t => !t.IsDst, _types[0]);
        var dst = used.LastOrDefault(t => t.IsDst, std);
        StandardName = std.Abbreviation;
        DaylightName = dst.Abbreviation;
        SecondsWest = -std.UtcOffset;
        HasDaylight = _types.Any(t => t.IsDst);
        if (_footer is not null)
        {
            StandardName = _footer.StdName;
            SecondsWest = -_footer.StdOffset;
            if (_footer.DstName is not null) { DaylightName = _footer.DstName; HasDaylight = true; }
        }
    }

    private static ((int, int, int, int, int, int) Counts, int Body) Header(byte[] data, int pos)
    {
        int C(int i) => BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(pos + 20 + 4 * i));
        return ((C(0), C(1), C(2), C(3), C(4), C(5)), pos + 44);
    }

    private static int BlockLength((int isutcnt, int isstdcnt, int leapcnt, int timecnt, int typecnt, int charcnt) c, int timeSize) =>
        c.timecnt * timeSize + c.timecnt + c.typecnt * 6 + c.charcnt + c.leapcnt * (timeSize + 4) + c.isstdcnt + c.isutcnt;

    /// <summary>The local time type in effect at UTC time t.</summary>
    public LocalType At(long t)
    {
        if (_transitions.Length == 0 || t >= _transitions[^1] && _footer is not null)
            return _footer is not null ? _footer.At(t) : _types[0];
        if (t < _transitions[0]) return _types.FirstOrDefault(x => !x.IsDst, _types[0]);
        var i = Array.BinarySearch(_transitions, t);
        if (i < 0) i = ~i - 1;
        return _types[_transitionTypes[i]];
    }

    /// <summary>All the UTC offsets the zone uses (mktime tries them to honour tm_isdst).</summary>
    public IEnumerable<LocalType> Types => _footer is null ? _types : _types.Concat(_footer.Types);

    /// <summary>A POSIX TZ rule: std offset [dst [offset] [,start[/time],end[/time]]].</summary>
    internal sealed class PosixRule
    {
        public string StdName = "";
        public long StdOffset; // seconds east of UTC
        public string? DstName;
        public long DstOffset;
        private (char Kind, int A, int B, int C, long Time) _start = ('M', 3, 2, 0, 7200), _end = ('M', 11, 1, 0, 7200);

        public IEnumerable<LocalType> Types =>
            DstName is null ? [new(StdOffset, false, StdName)] : [new(StdOffset, false, StdName), new(DstOffset, true, DstName)];

        public static bool TryParse(string s, out PosixRule? rule)
        {
            rule = null;
            var r = new PosixRule();
            var i = 0;
            if (!Name(s, ref i, out r.StdName) || !Offset(s, ref i, out var std)) return false;
            r.StdOffset = -std;
            if (i < s.Length)
            {
                if (!Name(s, ref i, out var dst)) return false;
                r.DstName = dst;
                r.DstOffset = r.StdOffset + 3600;
                if (i < s.Length && s[i] != ',')
                {
                    if (!Offset(s, ref i, out var d)) return false;
                    r.DstOffset = -d;
                }
                if (i < s.Length)
                {
                    if (s[i] != ',') return false;
                    i++;
                    if (!Date(s, ref i, out r._start)) return false;
                    if (i >= s.Length || s[i] != ',') return false;
                    i++;
                    if (!Date(s, ref i, out r._end)) return false;
                    if (i != s.Length) return false;
                }
            }
            rule = r;
            return true;
        }

        private static bool Name(string s, ref int i, out string name)
        {
            name = "";
            var start = i;
            if (i < s.Length && s[i] == '<')
            {
                var close = s.IndexOf('>', i);
                if (close < 0) return false;
                name = s[(i + 1)..close];
                i = close + 1;
                return name.Length >= 3;
            }
            while (i < s.Length && char.IsAsciiLetter(s[i])) i++;
            name = s[start..i];
            return name.Length >= 3;
        }

        /// <summary>[+-]hh[:mm[:ss]] in seconds (POSIX: positive west of Greenwich).</summary>
        private static bool Offset(string s, ref int i, out long seconds)
        {
            seconds = 0;
            var sign = 1;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) { if (s[i] == '-') sign = -1; i++; }
            if (!Clock(s, ref i, out seconds)) return false;
            seconds *= sign;
            return true;
        }

        private static bool Clock(string s, ref int i, out long seconds)
        {
            seconds = 0;
            long unit = 3600;
            for (var part = 0; part < 3; part++)
            {
                var start = i;
                long v = 0;
                while (i < s.Length && char.IsAsciiDigit(s[i])) v = v * 10 + (s[i++] - '0');
                if (i == start) return part > 0 ? false : false;
                seconds += v * unit;
                unit /= 60;
                if (part < 2 && i < s.Length && s[i] == ':') i++;
                else break;
            }
            return true;
        }

        private static bool Date(string s, ref int i, out (char, int, int, int, long) date)
        {
            date = default;
            int Num(ref int j)
            {
                var v = 0;
                while (j < s.Length && char.IsAsciiDigit(s[j])) v = v * 10 + (s[j++] - '0');
                return v;
            }
            char kind;
            int a = 0, b = 0, c = 0;
            if (i < s.Length && s[i] == 'M')
            {
                kind = 'M';
                i++;
                a = Num(ref i);
                if (i >= s.Length || s[i++] != '.') return false;
                b = Num(ref i);
                if (i >= s.Length || s[i++] != '.') return false;
                c = Num(ref i);
            }
            else if (i < s.Length && s[i] == 'J') { kind = 'J'; i++; a = Num(ref i); }
            else if (i < s.Length && char.IsAsciiDigit(s[i])) { kind = 'D'; a = Num(ref i); }
            else return false;
            long time = 7200;
            if (i < s.Length && s[i] == '/')
            {
                i++;
                if (!Offset(s, ref i, out time)) return false;
            }
            date = (kind, a, b, c, time);
            return true;
        }

        /// <summary>Seconds from 1 January 00:00 of the year to the rule's day (at 00:00 local).</summary>
        private static long DayOfYear(long year, (char Kind, int A, int B, int C, long Time) d)
        {
            var leap = CivilTime.IsLeap(year);
            switch (d.Kind)
            {
                case 'J': return (d.A - 1 + (leap && d.A >= 60 ? 1 : 0)) * 86400L;
                case 'D': return d.A * 86400L;
                default:
                {
                    // Day d.C of week d.B (5 = last) of month d.A.
                    var first = CivilTime.DaysFromCivil(year, d.A, 1);
                    var wday = (int)(((first + 4) % 7 + 7) % 7);
                    var day = (d.C - wday + 7) % 7 + (d.B - 1) * 7;
                    var monthDays = CivilTime.DaysInMonth(year, d.A);
                    while (day >= monthDays) day -= 7;
                    return (first + day - CivilTime.DaysFromCivil(year, 1, 1)) * 86400L;
                }
            }
        }

        public LocalType At(long t)
        {
            if (DstName is null) return new(StdOffset, false, StdName);
            var year = CivilTime.YearOf(t + StdOffset);
            var jan1 = CivilTime.DaysFromCivil(year, 1, 1) * 86400L;
            var start = jan1 + DayOfYear(year, _start) + _start.Time - StdOffset;
            var end = jan1 + DayOfYear(year, _end) + _end.Time - DstOffset;
            var dst = start < end ? t >= start && t < end : !(t >= end && t < start);
            return dst ? new(DstOffset, true, DstName) : new(StdOffset, false, StdName);
        }
    }
}

/// <summary>Proleptic Gregorian calendar arithmetic on day numbers (day 0 = 1970-01-01).</summary>
internal static class CivilTime
{
    public static bool IsLeap(long y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);

    public static int DaysInMonth(long y, int month) => month switch
    {
        2 => IsLeap(y) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static long FloorDiv(long a, long b) => a / b - (a % b != 0 && (a < 0) != (b < 0) ? 1 : 0);

    /// <summary>Days from 1970-01-01 to year-month-day (month 1..12), via 400-year eras starting in March.</summary>
    public static long DaysFromCivil(long y, long month, long day)
    {
        y -= month <= 2 ? 1 : 0;
        var era = FloorDiv(y, 400);
        var yearOfEra = y - era * 400;
        var shiftedMonth = month > 2 ? month - 3 : month + 9;
        var dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1;
        var dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    public static (long Year, int Month, int Day) CivilFromDays(long z)
    {
        z += 719468;
        var era = FloorDiv(z, 146097);
        var dayOfEra = z - era * 146097;
        var yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        var dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        var mp = (5 * dayOfYear + 2) / 153;
        var day = (int)(dayOfYear - (153 * mp + 2) / 5 + 1);
        var month = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
    }

    public static long YearOf(long t) => CivilFromDays(FloorDiv(t, 86400)).Year;
}
