using System.Text;
using Altitude.Memory;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc;

public sealed partial class SystemLibrary
{
    /// <summary>
    /// strptime in the C locale, as glibc: whitespace in the format matches any amount of input
    /// whitespace, numbers may be preceded by spaces, names match case-insensitively in full or
    /// abbreviated form; members the format does not mention are left alone, except that tm_wday
    /// and tm_yday are recomputed when the date was given. Returns the first unparsed character or NULL.
    /// </summary>
    private void RegisterStrptime()
    {
        Add("strptime", (m, b, n) =>
        {
            var input = Arg(m, b, 0).P;
            var s = CString(m, input);
            var fmt = CString(m, Arg(m, b, 1).P);
            var tmp = Arg(m, b, 2).P;
            var state = new StrptimeState();
            var pos = 0;
            var ok = Strptime(m, s, ref pos, fmt, tmp, state);
            if (ok) FinishStrptime(m, tmp, state);
            RetPtr(m, ok ? m.Memory.Add(input, pos) : Pointer.Null);
        });
    }

    private sealed class StrptimeState
    {
        public bool HaveI, IsPm, HaveWday, HaveYday, HaveMon, HaveMday, WantXday, WantCentury, HaveUweek, HaveWweek;
        public int Century = -1, Year2 = -1, Week;
    }

    private void SetTm(Machine m, Pointer tmp, int field, long value) => m.Memory.WriteInt32(m.Memory.Add(tmp, 4 * field), m.Tags[(int)ScalarKind.Int], (int)value);

    private static bool IsSpace(byte c) => c is (byte)' ' or >= (byte)'\t' and <= (byte)'\r';

    private static bool Number(byte[] s, ref int pos, int maxDigits, long min, long max, out long value)
    {
        value = 0;
        while (pos < s.Length && IsSpace(s[pos])) pos++;
        var start = pos;
        while (pos < s.Length && pos - start < maxDigits && s[pos] is >= (byte)'0' and <= (byte)'9') value = value * 10 + (s[pos++] - '0');
        return pos > start && value >= min && value <= max;
    }

    private static bool Name(byte[] s, ref int pos, string[] names, out int index)
    {
        for (index = 0; index < names.Length; index++)
        {
            foreach (var candidate in names[index].Length > 3 ? new[] { names[index], names[index][..3] } : [names[index]])
            {
                if (pos + candidate.Length > s.Length) continue;
                if (string.Equals(Encoding.Latin1.GetString(s, pos, candidate.Length), candidate, StringComparison.OrdinalIgnoreCase))
                {
                    pos += candidate.Length;
                    return true;
                }
            }
        }
        return false;
    }

    private bool Strptime(Machine m, byte[] s, ref int pos, byte[] fmt, Pointer tmp, StrptimeState st)
    {
        for (var i = 0; i < fmt.Length; i++)
        {
            if (IsSpace(fmt[i]))
            {
                while (pos < s.Length && IsSpace(s[pos])) pos++;
                continue;
            }
            if (fmt[i] != '%')
            {
                if (pos >= s.Length || s[pos] != fmt[i]) return false;
                pos++;
                continue;
            }
            i++;
            while (i < fmt.Length && fmt[i] is (byte)'-' or (byte)'_' or (byte)'0' or (byte)'^' or (byte)'#') i++;
            while (i < fmt.Length && fmt[i] is >= (byte)'0' and <= (byte)'9') i++;
            if (i < fmt.Length && fmt[i] is (byte)'E' or (byte)'O') i++;
            if (i >= fmt.Length) return false;
            long v;
            switch ((char)fmt[i])
            {
                case '%':
                    if (pos >= s.Length || s[pos] != '%') return false;
                    pos++;
                    break;
                case 'n' or 't':
                    while (pos < s.Length && IsSpace(s[pos])) pos++;
                    break;
                case 'a' or 'A':
                {
                    while (pos < s.Length && IsSpace(s[pos])) pos++;
                    if (!Name(s, ref pos, DayNames, out var d)) return false;
                    SetTm(m, tmp, 6, d);
                    st.HaveWday = true;
                    break;
                }
                case 'b' or 'B' or 'h':
                {
                    while (pos < s.Length && IsSpace(s[pos])) pos++;
                    if (!Name(s, ref pos, MonthNames, out var mo)) return false;
                    SetTm(m, tmp, 4, mo);
                    st.HaveMon = true;
                    st.WantXday = true;
                    break;
                }
                case 'c':
                    if (!Strptime(m, s, ref pos, "%a %b %e %H:%M:%S %Y"u8.ToArray(), tmp, st)) return false;
                    st.WantXday = true;
                    break;
                case 'C':
                    if (!Number(s, ref pos, 2, 0, 99, out v)) return false;
                    st.Century = (int)v;
                    st.WantXday = true;
                    break;
                case 'd' or 'e':
                    if (!Number(s, ref pos, 2, 1, 31, out v)) return false;
                    SetTm(m, tmp, 3, v);
                    st.HaveMday = true;
                    st.WantXday = true;
                    break;
                case 'D' or 'x':
                    if (!Strptime(m, s, ref pos, "%m/%d/%y"u8.ToArray(), tmp, st)) return false;
                    break;
                case 'F':
                    if (!Strptime(m, s, ref pos, "%Y-%m-%d"u8.ToArray(), tmp, st)) return false;
                    break;
                case 'H' or 'k':
                    if (!Number(s, ref pos, 2, 0, 23, out v)) return false;
                    SetTm(m, tmp, 2, v);
                    st.HaveI = false;
                    break;
                case 'I' or 'l':
                    if (!Number(s, ref pos, 2, 1, 12, out v)) return false;
                    SetTm(m, tmp, 2, v % 12);
                    st.HaveI = true;
                    break;
                case 'j':
                    if (!Number(s, ref pos, 3, 1, 366, out v)) return false;
                    SetTm(m, tmp, 7, v - 1);
                    st.HaveYday = true;
                    break;
                case 'm':
                    if (!Number(s, ref pos, 2, 1, 12, out v)) return false;
                    SetTm(m, tmp, 4, v - 1);
                    st.HaveMon = true;
                    st.WantXday = true;
                    break;
                case 'M':
                    if (!Number(s, ref pos, 2, 0, 59, out v)) return false;
                    SetTm(m, tmp, 1, v);
                    break;
                case 'p' or 'P':
                {
                    while (pos < s.Length && IsSpace(s[pos])) pos++;
                    if (!Name(s, ref pos, ["AM", "PM"], out var pm)) return false;
                    st.IsPm = pm == 1;
                    break;
                }
                case 'r':
                    if (!Strptime(m, s, ref pos, "%I:%M:%S %p"u8.ToArray(), tmp, st)) return false;
                    break;
                case 'R':
                    if (!Strptime(m, s, ref pos, "%H:%M"u8.ToArray(), tmp, st)) return false;
                    break;
                case 'S':
                    if (!Number(s, ref pos, 2, 0, 61, out v)) return false;
                    SetTm(m, tmp, 0, v);
                    break;
                case 'T' or 'X':
                    if (!Strptime(m, s, ref pos, "%H:%M:%S"u8.ToArray(), tmp, st)) return false;
                    break;
                case 'u':
                    if (!Number(s, ref pos, 1, 1, 7, out v)) return false;
                    SetTm(m, tmp, 6, v % 7);
                    st.HaveWday = true;
                    break;
                case 'w':
                    if (!Number(s, ref pos, 1, 0, 6, out v)) return false;
                    SetTm(m, tmp, 6, v);
                    st.HaveWday = true;
                    break;
                case 'U':
                    if (!Number(s, ref pos, 2, 0, 53, out v)) return false;
                    st.Week = (int)v;
                    st.HaveUweek = true;
                    break;
                case 'W':
                    if (!Number(s, ref pos, 2, 0, 53, out v)) return false;
                    st.Week = (int)v;
                    st.HaveWweek = true;
                    break;
                case 'V':
                    if (!Number(s, ref pos, 2, 0, 53, out _)) return false; // parsed and ignored, as glibc
                    break;
                case 'g':
                    if (!Number(s, ref pos, 2, 0, 99, out _)) return false;
                    break;
                case 'G':
                    if (!Number(s, ref pos, 4, 0, 9999, out _)) return false;
                    break;
                case 'y':
                    if (!Number(s, ref pos, 2, 0, 99, out v)) return false;
                    st.Year2 = (int)v;
                    SetTm(m, tmp, 5, v >= 69 ? v : v + 100);
                    st.WantCentury = true;
                    st.WantXday = true;
                    break;
                case 'Y':
                {
                    while (pos < s.Length && IsSpace(s[pos])) pos++;
                    var neg = pos < s.Length && s[pos] == '-';
                    if (pos < s.Length && s[pos] is (byte)'-' or (byte)'+') pos++;
                    if (!Number(s, ref pos, 4, 0, 9999, out v)) return false;
                    SetTm(m, tmp, 5, (neg ? -v : v) - 1900);
                    st.WantCentury = false;
                    st.WantXday = true;
                    break;
                }
                case 'z':
                {
                    while (pos < s.Length && s[pos] == ' ') pos++;
                    if (pos < s.Length && s[pos] == 'Z') { pos++; m.Memory.WriteInt64(m.Memory.Add(tmp, 40), m.Tags[(int)ScalarKind.Long], 0); break; }
                    if (pos >= s.Length || s[pos] is not ((byte)'+' or (byte)'-')) return false;
                    var neg = s[pos++] == '-';
                    var start = pos;
                    long digits = 0;
                    while (pos < s.Length && pos - start < 4 && (s[pos] is >= (byte)'0' and <= (byte)'9' || s[pos] == ':' && pos - start == 2))
                        if (s[pos] != ':') digits = digits * 10 + (s[pos++] - '0'); else { pos++; start++; }
                    var count = pos - start;
                    if (count == 2) digits *= 100;
                    else if (count != 4) return false;
                    if (digits % 100 >= 60 || digits / 100 > 12) return false;
                    var off = (digits / 100 * 3600 + digits % 100 * 60) * (neg ? -1 : 1);
                    m.Memory.WriteInt64(m.Memory.Add(tmp, 40), m.Tags[(int)ScalarKind.Long], off);
                    break;
                }
                case 'Z':
                    // glibc accepts and ignores a zone name here: it consumes nothing.
                    break;
                case 's':
                {
                    while (pos < s.Length && IsSpace(s[pos])) pos++;
                    var neg = pos < s.Length && s[pos] == '-';
                    if (neg) pos++;
                    if (!Number(s, ref pos, 19, 0, long.MaxValue, out v)) return false;
                    if (!BreakDown(m, neg ? -v : v, local: true, out var tm)) return false;
                    WriteTm(m, tmp, tm);
                    break;
                }
                default:
                    return false;
            }
        }
        return true;
    }

    private void FinishStrptime(Machine m, Pointer tmp, StrptimeState st)
    {
        if (st.HaveI && st.IsPm) SetTm(m, tmp, 2, TmField(m, tmp, 2) + 12);
        if (st.Century >= 0)
            SetTm(m, tmp, 5, st.WantCentury ? TmField(m, tmp, 5) % 100 + (st.Century - 19) * 100 : (st.Century - 19) * 100);
        long year = TmField(m, tmp, 5) + 1900L;
        if (st.WantXday && !st.HaveWday)
        {
            if (!(st.HaveMon && st.HaveMday) && st.HaveYday)
            {
                // Month and day from the day of the year.
                var yday = TmField(m, tmp, 7);
                var month = 0;
                while (month < 11 && CivilTime.DaysFromCivil(year, month + 2, 1) - CivilTime.DaysFromCivil(year, 1, 1) <= yday) month++;
                if (!st.HaveMon) SetTm(m, tmp, 4, month);
                if (!st.HaveMday) SetTm(m, tmp, 3, yday - (CivilTime.DaysFromCivil(year, month + 1, 1) - CivilTime.DaysFromCivil(year, 1, 1)) + 1);
            }
            if (year >= 0)
            {
                var days = CivilTime.DaysFromCivil(year, TmField(m, tmp, 4) + 1, 1) + TmField(m, tmp, 3) - 1;
                SetTm(m, tmp, 6, ((days + 4) % 7 + 7) % 7);
            }
        }
        if (st.WantXday && !st.HaveYday)
        {
            var days = CivilTime.DaysFromCivil(year, TmField(m, tmp, 4) + 1, 1) + TmField(m, tmp, 3) - 1;
            SetTm(m, tmp, 7, days - CivilTime.DaysFromCivil(year, 1, 1));
        }
    }
}
