using Altitude.Memory;
using Altitude.Text;

namespace Altitude.Tests.Memory;

/// <summary>A memory space with the tags the tests use, standing in for what the engine computes.</summary>
internal sealed class MemoryTestKit
{
    public const int PosX = 1;      // some int object
    public const int PosUnion = 2;  // any member of union U
    public const int PosNext = 3;   // st.next (same in struct A and struct B)
    public const int PosANum = 4;   // pa->un.num
    public const int PosBNum = 5;   // pb->num
    public const int PosACh = 6;    // pa->ch

    public MemoryTestKit(MemoryOptions? options = null)
    {
        Tags = new TypeTagTable();
        Int = Tags.Register(ScalarKind.Int, PosX, "int");
        UInt = Tags.Register(ScalarKind.UInt, PosX, "unsigned int");
        Long = Tags.Register(ScalarKind.Long, PosX, "long");
        Float = Tags.Register(ScalarKind.Float, PosX, "float");
        Char = Tags.Register(ScalarKind.Char, TypeTagTable.AnyPosition, "char");
        Ptr = Tags.Register(ScalarKind.DataPointer, PosX, "void *");
        UNum = Tags.Register(ScalarKind.Int, PosUnion, "int (U.num)");
        UStr = Tags.Register(ScalarKind.DataPointer, PosUnion, "char * (U.str)");
        UPtr = Tags.Register(ScalarKind.DataPointer, PosUnion, "void * (U.ptr)");
        Next = Tags.Register(ScalarKind.DataPointer, PosNext, "struct S * (st.next)");
        ANum = Tags.Register(ScalarKind.Int, PosANum, "int (A.un.num)");
        BNum = Tags.Register(ScalarKind.Int, PosBNum, "int (B.num)");
        ACh = Tags.Register(ScalarKind.Char, PosACh, "char (A.ch)");
        Memory = new MemorySpace(options, Tags);
    }

    public TypeTagTable Tags { get; }

    public MemorySpace Memory { get; }

    public TypeTag Int { get; }

    public TypeTag UInt { get; }

    public TypeTag Long { get; }

    public TypeTag Float { get; }

    public TypeTag Char { get; }

    public TypeTag Ptr { get; }

    public TypeTag UNum { get; }

    public TypeTag UStr { get; }

    public TypeTag UPtr { get; }

    public TypeTag Next { get; }

    public TypeTag ANum { get; }

    public TypeTag BNum { get; }

    public TypeTag ACh { get; }

    public static SourceLocation At(int line, int column) => new("f.c", line, column, 0);

    public static readonly SourceLocation Here = At(9, 9);

    public static IAllocationType IntArray(int n) => new NamedAllocationType($"int[{n}]", 4L * n);

    public static readonly IAllocationType IntType = new NamedAllocationType("int", 4);
}
