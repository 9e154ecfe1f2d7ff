using Altitude.Vm.Libc.Formatting;

namespace Altitude.Tests.Libc;

/// <summary>strto* facts that hold without gcc (checked against glibc 2.36).</summary>
public class StrToUnitTests
{
    [Fact]
    public void Integers()
    {
        Assert.Equal(new ConversionResult<long>(0, 1, 0), StrToInteger.StrToL("0x"u8, 0));
        Assert.Equal(new ConversionResult<long>(0, 2, 0), StrToInteger.StrToL(" 0xg"u8, 16));
        Assert.Equal(new ConversionResult<long>(-31, 5, 0), StrToInteger.StrToL("-0x1f"u8, 0));
        Assert.Equal(new ConversionResult<long>(8, 3, 0), StrToInteger.StrToL("010"u8, 0));
        Assert.Equal(new ConversionResult<long>(long.MaxValue, 19, ErrnoTable.ERANGE), StrToInteger.StrToL("9223372036854775808"u8, 10));
        Assert.Equal(new ConversionResult<long>(long.MinValue, 20, 0), StrToInteger.StrToL("-9223372036854775808"u8, 10));
        Assert.Equal(new ConversionResult<ulong>(ulong.MaxValue, 2, 0), StrToInteger.StrToUL("-1"u8, 10));
        Assert.Equal(new ConversionResult<ulong>(ulong.MaxValue, 21, ErrnoTable.ERANGE), StrToInteger.StrToUL("-18446744073709551616"u8, 10));
        Assert.Equal(new ConversionResult<long>(0, 0, 0), StrToInteger.StrToL("  +"u8, 10));
        Assert.Equal(new ConversionResult<long>(0, -1, ErrnoTable.EINVAL), StrToInteger.StrToL("12"u8, 1));
        Assert.Equal(35 * 36 + 35, StrToInteger.StrToL("zz"u8, 36).Value);
        Assert.Equal(0, StrToInteger.AtoI("4294967296"u8));
        Assert.Equal(12, StrToInteger.AtoI("12\0 34"u8));
    }

    [Fact]
    public void Floats()
    {
        Assert.Equal(new ConversionResult<double>(1, 1, 0), StrToFloat.StrToD("1e"u8));
        Assert.Equal(new ConversionResult<double>(0, 1, 0), StrToFloat.StrToD("0x"u8));
        var r = StrToFloat.StrToD("  -0x1p-1074"u8);
        Assert.Equal((-double.Epsilon, 12, 0), (r.Value, r.End, r.Errno));
        Assert.Equal(new ConversionResult<double>(double.PositiveInfinity, 5, ErrnoTable.ERANGE), StrToFloat.StrToD("1e400"u8));
        Assert.Equal(new ConversionResult<double>(double.Epsilon, 8, ErrnoTable.ERANGE), StrToFloat.StrToD("4.9e-324"u8));
        Assert.Equal(new ConversionResult<double>(double.Epsilon, 23, ErrnoTable.ERANGE), StrToFloat.StrToD("2.4703282292062328e-324"u8));
        Assert.Equal(new ConversionResult<double>(0, 23, ErrnoTable.ERANGE), StrToFloat.StrToD("2.4703282292062327e-324"u8));
        Assert.Equal(new ConversionResult<double>(2.2250738585072014e-308, 23, 0), StrToFloat.StrToD("2.2250738585072014e-308"u8));
        var nan = StrToFloat.StrToD("nan(123)"u8);
        Assert.Equal((0x7FF800000000007BUL, 8), (BitConverter.DoubleToUInt64Bits(nan.Value), nan.End));
        Assert.Equal(3, StrToFloat.StrToD("nan("u8).End);
        Assert.Equal(8, StrToFloat.StrToD("infinity"u8).End);
        Assert.Equal(3, StrToFloat.StrToD("infinit"u8).End);
        Assert.True(BitConverter.DoubleToInt64Bits(StrToFloat.StrToD("-nan"u8).Value) < 0);
        // strtof rounds once, from the decimal: double rounding would give 1.00000012.
        Assert.Equal(1.0f, StrToFloat.StrToF("1.00000005960464477539062499"u8).Value);
        Assert.Equal(9007199254740992.0, StrToFloat.StrToD("9007199254740993"u8).Value);
        Assert.Equal(9007199254740994.0, StrToFloat.StrToD("9007199254740993.0000000001"u8).Value);
    }
}
