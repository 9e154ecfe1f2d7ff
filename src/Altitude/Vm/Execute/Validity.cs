using System.Runtime.CompilerServices;
using Altitude.Memory;
using Altitude.Text;

namespace Altitude.Vm.Execute;

/// <summary>
/// Values carry validity (DESIGN.md "Values"). Nodes return bare bits; the invalidity of the value
/// being computed travels beside them in <see cref="Machine.Taint"/>: a load or slot read of an
/// invalid value records why (the first reason wins, like an MSan origin), arithmetic passes it on
/// by doing nothing, and every consumer — a store, an argument, a return, a branch, an address —
/// evaluates its operand with the register cleared, takes what the operand left there, and restores
/// the enclosing expression's state. Stores keep the reason with the stored bits (slot states,
/// <see cref="MemorySpace.WriteInvalid"/>), so invalidness propagates through copies and calls and is
/// reported only at a suspicious use: a branch, an address, a call through it, an argument of a
/// system call, main's exit status.
/// </summary>
public static class Validity
{
    /// <summary>
    /// The slot state of a slot holding a valid value. A slot state is this marker, null (never
    /// stored: the uninitialised local of C17 6.3.2.1p2) or the reason its value is invalid.
    /// Compared by reference only.
    /// </summary>
    public static readonly InvalidReason Valid = new(InvalidKind.Other, SourceLocation.None, Detail: "valid");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsValid(InvalidReason? state) => ReferenceEquals(state, Valid);

    /// <summary>Records a stored value's validity as its slot's state; the common case (still valid) writes nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetSlot(Frame f, int index, InvalidReason? taint)
    {
        ref var state = ref f.SlotState[index];
        if (taint is not null) state = taint;
        else if (!ReferenceEquals(state, Valid)) state = Valid;
    }

    /// <summary>
    /// A load of a scalar other than a pointer found invalid bytes. Never-initialised bytes, padding
    /// and stored invalid values make the value invalid. A type mismatch does not: reading a union
    /// member other than the one last stored reinterprets the bytes (C17 6.5.2.3p3), which is
    /// defined, and telling it apart from an effective-type violation needs the access path.
    /// </summary>
    public static void Loaded(Machine m, InvalidReason reason)
    {
        if (reason.Kind is InvalidKind.TypeMismatch or InvalidKind.MixedStores) return;
        m.Taint ??= reason;
    }

    /// <summary>
    /// A pointer load found invalid bytes. Besides the cases of <see cref="Loaded"/>, bytes stored as
    /// something other than a pointer that do not form the address of an exposed object (the memory
    /// model has already looked) are an invalid pointer: the seed's union of int and char*.
    /// </summary>
    public static void LoadedPointer(Machine m, InvalidReason reason) => m.Taint ??= reason;

    /// <summary>A read of a slot local that is not valid: never stored, or holding an invalid value.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void SlotRead(Frame f, Node at, int index, InvalidReason? state)
    {
        if (state is null)
        {
            var name = index < f.Function.SlotNames.Length ? f.Function.SlotNames[index] : "?";
            state = new InvalidReason(InvalidKind.Uninitialised, at.Loc,
                Detail: $"read of the uninitialised local '{name}', whose address is never taken");
        }
        f.M.Taint ??= state;
    }

    /// <summary>
    /// The error for a suspicious use of an invalid value: <paramref name="what"/> ("the branch",
    /// "argument 2 of 'printf'") depends on it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static GuestError Use(Machine m, in SourceLocation at, string what, InvalidReason reason)
    {
        m.At = at;
        var descriptor = reason.Kind is InvalidKind.TypeMismatch or InvalidKind.MixedStores
            ? RuntimeErrors.InvalidPointerValue
            : RuntimeErrors.IndeterminateValue;
        return m.Error(descriptor, what, reason.Describe());
    }

    /// <summary>Checks the arguments of a call into the C library: passing an invalid value is a suspicious use.</summary>
    public static void CheckSystemCallArguments(Machine m, string function, int argBase, int count)
    {
        var stack = m.Stack;
        for (var i = 0; i < count; i++)
        {
            if (stack[argBase + i].Invalid is { } bad) throw Use(m, m.At, $"argument {i + 1} of '{function}'", bad);
        }
    }
}
