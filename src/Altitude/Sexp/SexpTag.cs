namespace Altitude.Sexpcode;

/// <summary>
/// The fixed set of sexpcode tags. The text name of a tag is its member name in kebab case
/// (<c>UnsignedLong</c> → <c>unsigned-long</c>, <c>IfGoto</c> → <c>if-goto</c>). Every member is
/// documented, with its children and an example, in docs/sexpcode.md; its shape is in
/// <see cref="SexpTags"/>. Append new members anywhere: nothing depends on the numeric values.
/// </summary>
public enum SexpTag
{
    // ---- top level and sections
    Program,
    Unit,
    Files,
    Types,
    Globals,
    Functions,

    // ---- type definitions (types section)
    StructDef,
    UnionDef,
    StructDecl,
    UnionDecl,
    EnumDef,
    Enumerator,
    Field,
    BitField,
    Packed,
    Aligned,

    // ---- type references
    Void,
    Bool,
    Char,
    SignedChar,
    UnsignedChar,
    Short,
    UnsignedShort,
    Int,
    UnsignedInt,
    Long,
    UnsignedLong,
    LongLong,
    UnsignedLongLong,
    Int128,
    UnsignedInt128,
    Float,
    Double,
    LongDouble,
    VaList,
    Ptr,
    Array,
    Vla,
    Fun,
    Variadic,
    Unprototyped,
    Noreturn,
    Struct,
    Union,
    Enum,
    Const,
    Volatile,
    Restrict,
    Atomic,

    // ---- globals section
    Variable,
    Declare,
    External,
    Internal,
    ThreadLocal,

    // ---- functions section
    Function,
    Params,
    Locals,
    Var,
    Addressed,
    Temp,
    Body,

    // ---- statements
    Label,
    Goto,
    IfGoto,
    Switch,
    Case,
    CaseRange,
    Default,
    Expr,
    Init,
    Return,
    GotoPtr,
    VlaAlloc,
    EnterScope,
    LeaveScope,

    // ---- expressions: leaves and objects
    Lit,
    Local,
    Global,
    Func,
    String,
    WideString,
    LabelAddr,
    CompoundLiteral,

    // ---- expressions: memory
    Load,
    Store,
    Addr,
    Deref,
    Member,
    Index,
    Decay,
    PtrAdd,
    PtrSub,
    PtrDiff,

    // ---- expressions: arithmetic, comparison, logic
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Shl,
    Shr,
    BitAnd,
    BitOr,
    BitXor,
    Neg,
    BitNot,
    Not,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
    Convert,

    // ---- expressions: control and sequencing
    Call,
    Varargs,
    Seq,
    Cond,
    StmtExpr,

    // ---- expressions: symbolic layout
    Sizeof,
    Alignof,
    Offsetof,

    // ---- expressions: builtins
    VaStart,
    VaArg,
    VaEnd,
    VaCopy,
    Alloca,
    Builtin,

    // ---- initialisers
    InitStruct,
    InitField,
    InitUnion,
    InitArray,
    InitElem,
    InitRange,
    InitString,
    InitZero,
}
