namespace Altitude.Memory;

/// <summary>
/// What the memory layer needs to know of an allocation's type. The type system's uniqtypes will
/// implement it; the memory layer only prints the name and never interprets the type.
/// </summary>
public interface IAllocationType
{
    /// <summary>The C spelling used in messages, e.g. <c>int[10]</c> or <c>struct A</c>.</summary>
    string Name { get; }

    long SizeInBytes { get; }
}

/// <summary>A plain name-and-size type, for tests and for callers that have no uniqtype yet.</summary>
public sealed record NamedAllocationType(string Name, long SizeInBytes) : IAllocationType;
