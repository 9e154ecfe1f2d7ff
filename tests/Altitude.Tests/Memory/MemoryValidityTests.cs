using Altitude.Memory;
using static Altitude.Tests.Memory.MemoryTestKit;

namespace Altitude.Tests.Memory;

// Shadow state: initialisation, typemap tags, invalidation, and invalid values with their reasons.
public class MemoryValidityTests
{
    private readonly MemoryTestKit _k = new();

    private MemorySpace M => _k.Memory;

    [Fact]
    public void ScalarWrittenAndReadBackThroughTheSameTypeIsValid()
    {
        var p = M.Malloc(32, At(1, 1));
        M.WriteInt8(p, _k.Char, -5);
        M.WriteInt16(M.Add(p, 2), _k.Int, -300);
        M.WriteInt32(M.Add(p, 4), _k.Int, -70000);
        M.WriteInt64(M.Add(p, 8), _k.Long, long.MinValue + 3);
        M.WriteDouble(M.Add(p, 16), _k.Float, 2.5);
        M.WriteFloat(M.Add(p, 24), _k.Float, -1.25f);
        Assert.Equal(-5, M.ReadInt8(p, _k.Char, Here, out var i1));
        Assert.Equal(-300, M.ReadInt16(M.Add(p, 2), _k.Int, Here, out var i2));
        Assert.Equal(-70000, M.ReadInt32(M.Add(p, 4), _k.Int, Here, out var i3));
        Assert.Equal(long.MinValue + 3, M.ReadInt64(M.Add(p, 8), _k.Long, Here, out var i4));
        Assert.Equal(2.5, M.ReadDouble(M.Add(p, 16), _k.Float, Here, out var i5));
        Assert.Equal(-1.25f, M.ReadFloat(M.Add(p, 24), _k.Float, Here, out var i6));
        Assert.All(new[] { i1, i2, i3, i4, i5, i6 }, Assert.Null);
        Assert.Equal(unchecked((uint)-70000), M.ReadUInt32(M.Add(p, 4), _k.UInt, Here, out var viaUnsigned)); // 6.5p7 signed/unsigned variant
        Assert.Null(viaUnsigned);
    }

    [Fact]
    public void UninitialisedReadIsInvalidWithItsOrigin()
    {
        var p = M.Malloc(40, At(3, 13), IntArray(10));
        M.WriteInt32(p, _k.Int, 1);
        M.ReadInt32(M.Add(p, 8), _k.Int, At(7, 12), out var inv);
        Assert.NotNull(inv);
        Assert.Equal(InvalidKind.Uninitialised, inv.Kind);
        Assert.Same(p.Provenance, inv.Blob);
        Assert.Equal(8, inv.Offset);
        Assert.Equal(At(7, 12), inv.Location);
        Assert.Equal("read of 4 bytes at offset 8 of a 40-byte malloc blob of type int[10] allocated at f.c:3:13 that was never initialised at f.c:7:12", inv.Describe());
    }

    [Fact]
    public void SeedUnionExampleIntWrittenPointerRead()
    {
        // union U { int num; char *str; void *ptr; } u; u.num = 1; u.str is invalid.
        var u = M.Malloc(8, At(1, 1), new NamedAllocationType("union U", 8));
        M.WriteInt32(u, _k.UNum, 1);
        var str = M.ReadPointer(u, _k.UStr, At(2, 5), out var inv);
        Assert.NotNull(inv);
        Assert.Equal(InvalidKind.TypeMismatch, inv.Kind);
        Assert.Equal("int (U.num)", inv.StoredAs);
        Assert.Equal("char * (U.str)", inv.ReadAs);
        Assert.Contains("written as int (U.num), read as char * (U.str)", inv.Describe());
        Assert.Null(str.Provenance);
    }

    [Fact]
    public void SeedUnionExamplePointerMembersShareARepresentation()
    {
        // u.ptr = &x; then u.str reads it back: pointer↔pointer at the same position is valid.
        var x = M.AllocateStatic("x", 4, 4, At(1, 5), IntType);
        var u = M.Malloc(8, At(2, 1));
        M.WritePointer(u, _k.UPtr, MemorySpace.PointerTo(x));
        var str = M.ReadPointer(u, _k.UStr, Here, out var inv);
        Assert.Null(inv);
        Assert.Same(x, str.Provenance);
        // …but a pointer read at another abstract position is not the same storage.
        M.ReadPointer(u, _k.Next, Here, out var other);
        Assert.Equal(InvalidKind.TypeMismatch, other!.Kind);
    }

    [Fact]
    public void TypeMismatchAndMixedStores()
    {
        var p = M.Malloc(16, At(1, 1));
        M.WriteInt32(p, _k.Int, 1);
        M.WriteInt32(M.Add(p, 4), _k.Int, 2);
        M.ReadFloat(p, _k.Float, Here, out var asFloat); // 6.5p7: int stored, float read
        Assert.Equal(InvalidKind.TypeMismatch, asFloat!.Kind);
        M.ReadInt64(p, _k.Long, Here, out var asLong);
        Assert.Equal(InvalidKind.TypeMismatch, asLong!.Kind);
        M.ReadInt32(M.Add(p, 2), _k.Int, Here, out var straddling); // halves of two ints
        Assert.Equal(InvalidKind.MixedStores, straddling!.Kind);
        var shortTag = M.Tags.Register(ScalarKind.Short, PosX, "short");
        M.ReadInt16(p, shortTag, Here, out var half); // the low half of an int, as a short
        Assert.Equal(InvalidKind.TypeMismatch, half!.Kind);
        M.Tags.SetKindsCompatible(ScalarKind.Short, ScalarKind.Int, true); // even if the engine said they were compatible…
        M.ReadInt16(p, shortTag, Here, out var part);
        Assert.Equal(InvalidKind.MixedStores, part!.Kind); // …it is part of a wider store
    }

    [Fact]
    public void CharacterAccessReadsAndWritesRepresentationBytes()
    {
        var p = M.Malloc(4, At(1, 1));
        M.WriteInt32(p, _k.Int, 0x11223344);
        Assert.Equal(0x33, M.ReadUInt8(M.Add(p, 1), _k.Char, Here, out var b1));
        Assert.Null(b1);
        M.WriteInt8(M.Add(p, 1), _k.Char, 0x55); // changing one byte of an int's representation
        Assert.Equal(0x11225544, M.ReadInt32(p, _k.Int, Here, out var whole));
        Assert.Null(whole);
        var q = M.Malloc(4, At(2, 1));
        for (var i = 0; i < 4; i++)
            M.WriteInt8(M.Add(q, i), _k.Char, (sbyte)(i + 1));
        Assert.Equal(0x04030201, M.ReadInt32(q, _k.Int, Here, out var assembled));
        Assert.Null(assembled);

        var strict = new MemoryTestKit();
        strict.Tags.CharStoresReadableAsAnyScalar = false;
        var r = strict.Memory.Malloc(4, At(3, 1));
        for (var i = 0; i < 4; i++)
            strict.Memory.WriteInt8(strict.Memory.Add(r, i), strict.Char, 1);
        strict.Memory.ReadInt32(r, strict.Int, Here, out var refused);
        Assert.Equal(InvalidKind.TypeMismatch, refused!.Kind);
    }

    [Fact]
    public void PaddingAndZeroInitialisation()
    {
        var s = M.AllocateStatic("s", 8, 4, At(1, 1), new NamedAllocationType("struct { char c; int i; }", 8));
        Assert.Equal(0, M.ReadInt32(MemorySpace.PointerTo(s, 4), _k.Int, Here, out var zero)); // 6.7.9p10
        Assert.Null(zero);
        var p = M.Malloc(8, At(2, 1));
        M.WriteInt8(p, _k.Char, 1);
        MemorySpace.MarkPadding(p.Provenance!, 1, 3);
        M.ReadUInt8(M.Add(p, 2), _k.Char, Here, out var pad);
        Assert.Equal(InvalidKind.Padding, pad!.Kind);
        var c = M.Calloc(2, 4, At(3, 1));
        Assert.Equal(0, M.ReadInt32(M.Add(c, 4), _k.Int, Here, out var calloced));
        Assert.Null(calloced);
        Assert.True(M.Calloc(ulong.MaxValue / 2, 4, At(4, 1)).IsNull, "calloc's product overflows");
    }

    [Fact]
    public void SeedStructAbLayoutRule()
    {
        // struct S { struct S *next; int value; }; struct A { struct S st; union U un; char ch; };
        // struct B { struct S st; int num; };  A at x86-64 offsets: st 0..15, un 16..23, ch 24.
        var blob = M.Malloc(32, At(1, 1), new NamedAllocationType("struct A", 32));
        var pa = blob;
        M.WritePointer(pa, _k.Next, Pointer.Null);
        M.WriteInt32(M.Add(pa, 16), _k.ANum, 42);
        M.WriteInt8(M.Add(pa, 24), _k.ACh, (sbyte)'c');

        // pb->st.next is pa->st.next: same abstract position.
        M.ReadPointer(pa, _k.Next, Here, out var next);
        Assert.Null(next);
        // pb->num is not pa->un.num.
        M.ReadInt32(M.Add(pa, 16), _k.BNum, Here, out var bnum);
        Assert.Equal(InvalidKind.TypeMismatch, bnum!.Kind);

        // *i = 5 through &pb->num: the engine invalidates everything past the common prefix (st)
        // except the bytes it writes, though on x86-64 pa->ch is not overlapped.
        M.WriteInt32(M.Add(pa, 16), _k.BNum, 5);
        MemorySpace.InvalidateExcept(blob.Provenance!, 16, 32, 16, 4, At(8, 3));
        M.ReadInt8(M.Add(pa, 24), _k.ACh, At(9, 1), out var ch);
        Assert.Equal(InvalidKind.Invalidated, ch!.Kind);
        Assert.Contains("(at f.c:8:3)", ch.Describe());
        M.ReadInt32(M.Add(pa, 16), _k.BNum, Here, out var written);
        Assert.Null(written);
        M.ReadPointer(pa, _k.Next, Here, out var stillValid);
        Assert.Null(stillValid);
    }

    [Fact]
    public void InvalidValuesKeepTheirOriginThroughMemory()
    {
        var p = M.Malloc(8, At(1, 1));
        var q = M.Malloc(8, At(2, 1));
        M.ReadInt32(p, _k.Int, At(3, 9), out var origin);
        Assert.NotNull(origin);
        M.WriteInt32(M.Add(p, 4), _k.Int, 1);
        M.WriteInvalid(q, 4, 0xdead, origin);
        M.ReadInt32(q, _k.Int, Here, out var again);
        Assert.Same(origin, again);
        var r = M.Malloc(8, At(4, 1));
        M.Memcpy(r, q, 8); // struct copy: the invalid int stays invalid, for the same reason
        M.ReadInt32(r, _k.Int, Here, out var copied);
        Assert.Same(origin, copied);
        Assert.Equal(InvalidKind.Uninitialised, M.CheckInitialised(r, 8, Here)!.Kind);
    }

    [Fact]
    public void LongDoubleAndWideStores()
    {
        var ld = M.Tags.Register(ScalarKind.LongDouble, 9, "long double");
        var p = M.Malloc(16, At(1, 1));
        var bits = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();
        M.WriteBytes(p, bits, ld);
        var back = new byte[16];
        Assert.Null(M.ReadBytes(p, back, ld, Here));
        Assert.Equal(bits, back);
        Assert.Equal(InvalidKind.TypeMismatch, M.ReadBytes(p, back, _k.Int, Here)!.Kind);
    }
}
