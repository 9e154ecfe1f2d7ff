using Altitude.Diagnostics;

namespace Altitude.Front.Semantics;

/// <summary>
/// Diagnostics of semantic analysis. Every C17 constraint Altitude checks is an error here with its
/// clause; warnings mirror what gcc 12 warns about by default (so real code still compiles).
/// docs/constraints.md lists them.
/// </summary>
public static class SemanticErrors
{
    public static readonly DiagnosticDescriptor InternalError =
        new("SEM000", "internal-error", "internal error in semantic analysis: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor Undeclared =
        new("SEM001", "undeclared-identifier", "'{0}' undeclared", DiagnosticSeverity.Error, Clause: "6.5.1p2");

    public static readonly DiagnosticDescriptor ImplicitFunction =
        new("SEM002", "implicit-function-declaration", "implicit declaration of function '{0}'", DiagnosticSeverity.Error, Clause: "6.5.1p2");

    public static readonly DiagnosticDescriptor InvalidTypeSpecifiers =
        new("SEM003", "invalid-type-specifiers", "{0}", DiagnosticSeverity.Error, Clause: "6.7.2p2");

    public static readonly DiagnosticDescriptor MultipleStorageClasses =
        new("SEM004", "multiple-storage-classes", "multiple storage classes in declaration specifiers", DiagnosticSeverity.Error, Clause: "6.7.1p2");

    public static readonly DiagnosticDescriptor Unsupported =
        new("SEM005", "unsupported", "{0} is not supported by Altitude", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownTypeName =
        new("SEM006", "unknown-type-name", "unknown type name '{0}'", DiagnosticSeverity.Error, Clause: "6.7.2p2");

    public static readonly DiagnosticDescriptor TagRedefinition =
        new("SEM007", "tag-redefinition", "redefinition of '{0}'", DiagnosticSeverity.Error, Clause: "6.7.2.3p1");

    public static readonly DiagnosticDescriptor WrongTagKind =
        new("SEM008", "wrong-tag-kind", "'{0}' defined as wrong kind of tag", DiagnosticSeverity.Error, Clause: "6.7.2.3p2");

    public static readonly DiagnosticDescriptor DuplicateMember =
        new("SEM009", "duplicate-member", "duplicate member '{0}'", DiagnosticSeverity.Error, Clause: "6.7.2.1p2");

    public static readonly DiagnosticDescriptor FieldIncomplete =
        new("SEM010", "field-incomplete", "field '{0}' has incomplete type", DiagnosticSeverity.Error, Clause: "6.7.2.1p3");

    public static readonly DiagnosticDescriptor FieldFunction =
        new("SEM011", "field-function", "field '{0}' declared as a function", DiagnosticSeverity.Error, Clause: "6.7.2.1p3");

    public static readonly DiagnosticDescriptor FlexibleNotLast =
        new("SEM012", "flexible-array-not-last", "flexible array member not at end of struct", DiagnosticSeverity.Error, Clause: "6.7.2.1p3");

    public static readonly DiagnosticDescriptor FlexibleAlone =
        new("SEM013", "flexible-array-alone", "flexible array member in a struct with no named members", DiagnosticSeverity.Error, Clause: "6.7.2.1p3");

    public static readonly DiagnosticDescriptor BitFieldType =
        new("SEM014", "bit-field-type", "bit-field '{0}' has invalid type", DiagnosticSeverity.Error, Clause: "6.7.2.1p5");

    public static readonly DiagnosticDescriptor BitFieldNegative =
        new("SEM015", "bit-field-negative", "negative width in bit-field '{0}'", DiagnosticSeverity.Error, Clause: "6.7.2.1p4");

    public static readonly DiagnosticDescriptor BitFieldTooWide =
        new("SEM016", "bit-field-too-wide", "width of '{0}' exceeds its type", DiagnosticSeverity.Error, Clause: "6.7.2.1p4");

    public static readonly DiagnosticDescriptor BitFieldZeroNamed =
        new("SEM017", "bit-field-zero-named", "zero width for bit-field '{0}'", DiagnosticSeverity.Error, Clause: "6.7.2.1p4");

    public static readonly DiagnosticDescriptor NotIntegerConstant =
        new("SEM018", "not-integer-constant", "{0} is not an integer constant expression", DiagnosticSeverity.Error, Clause: "6.6p6");

    public static readonly DiagnosticDescriptor EnumeratorRedeclared =
        new("SEM019", "enumerator-redeclared", "redeclaration of enumerator '{0}'", DiagnosticSeverity.Error, Clause: "6.7p3");

    public static readonly DiagnosticDescriptor EnumeratorOverflow =
        new("SEM020", "enumerator-overflow", "overflow in enumeration values", DiagnosticSeverity.Error, Clause: "6.7.2.2p2");

    public static readonly DiagnosticDescriptor ArraySizeNegative =
        new("SEM021", "array-size-negative", "size of array {0}is negative", DiagnosticSeverity.Error, Clause: "6.7.6.2p1");

    public static readonly DiagnosticDescriptor ArraySizeNotInteger =
        new("SEM022", "array-size-not-integer", "size of array {0}has non-integer type", DiagnosticSeverity.Error, Clause: "6.7.6.2p1");

    public static readonly DiagnosticDescriptor ArrayOfFunctions =
        new("SEM023", "array-of-functions", "declaration of {0}as array of functions", DiagnosticSeverity.Error, Clause: "6.7.6.2p1");

    public static readonly DiagnosticDescriptor ArrayIncompleteElement =
        new("SEM024", "array-incomplete-element", "array type has incomplete element type '{0}'", DiagnosticSeverity.Error, Clause: "6.7.6.2p1");

    public static readonly DiagnosticDescriptor FunctionReturnsArray =
        new("SEM025", "function-returns-array", "{0}declared as function returning an array", DiagnosticSeverity.Error, Clause: "6.7.6.3p1");

    public static readonly DiagnosticDescriptor FunctionReturnsFunction =
        new("SEM026", "function-returns-function", "{0}declared as function returning a function", DiagnosticSeverity.Error, Clause: "6.7.6.3p1");

    public static readonly DiagnosticDescriptor VlaAtFileScope =
        new("SEM027", "vla-at-file-scope", "variably modified {0}at file scope", DiagnosticSeverity.Error, Clause: "6.7.6.2p2");

    public static readonly DiagnosticDescriptor ParameterStorageClass =
        new("SEM028", "parameter-storage-class", "storage class specified for parameter {0}", DiagnosticSeverity.Error, Clause: "6.7.6.3p2");

    public static readonly DiagnosticDescriptor VoidParameter =
        new("SEM029", "void-parameter", "'void' must be the only parameter", DiagnosticSeverity.Error, Clause: "6.7.6.3p10");

    public static readonly DiagnosticDescriptor ParameterIncomplete =
        new("SEM030", "parameter-incomplete", "parameter {0} ('{1}') has incomplete type", DiagnosticSeverity.Error, Clause: "6.7.6.3p4");

    public static readonly DiagnosticDescriptor ParameterNameOmitted =
        new("SEM031", "parameter-name-omitted", "parameter name omitted", DiagnosticSeverity.Error, Clause: "6.9.1p5");

    public static readonly DiagnosticDescriptor RedeclarationNoLinkage =
        new("SEM032", "redeclaration-no-linkage", "redeclaration of '{0}' with no linkage", DiagnosticSeverity.Error, Clause: "6.7p3");

    public static readonly DiagnosticDescriptor ConflictingTypes =
        new("SEM033", "conflicting-types", "conflicting types for '{0}'; have '{1}'", DiagnosticSeverity.Error, Clause: "6.7p4");

    public static readonly DiagnosticDescriptor Redefinition =
        new("SEM034", "redefinition", "redefinition of '{0}'", DiagnosticSeverity.Error, Clause: "6.9p5");

    public static readonly DiagnosticDescriptor StaticFollowsNonStatic =
        new("SEM035", "static-follows-non-static", "static declaration of '{0}' follows non-static declaration", DiagnosticSeverity.Error, Clause: "6.2.2p7");

    public static readonly DiagnosticDescriptor NonStaticFollowsStatic =
        new("SEM036", "non-static-follows-static", "non-static declaration of '{0}' follows static declaration", DiagnosticSeverity.Error, Clause: "6.2.2p7");

    public static readonly DiagnosticDescriptor DifferentKind =
        new("SEM037", "different-kind", "'{0}' redeclared as different kind of symbol", DiagnosticSeverity.Error, Clause: "6.7p3");

    public static readonly DiagnosticDescriptor TypedefRedefinition =
        new("SEM038", "typedef-redefinition", "conflicting types for typedef '{0}'", DiagnosticSeverity.Error, Clause: "6.7p3");

    public static readonly DiagnosticDescriptor VoidVariable =
        new("SEM039", "void-variable", "variable or field '{0}' declared void", DiagnosticSeverity.Error, Clause: "6.7p7");

    public static readonly DiagnosticDescriptor IncompleteVariable =
        new("SEM040", "incomplete-variable", "storage size of '{0}' isn't known", DiagnosticSeverity.Error, Clause: "6.7p7");

    public static readonly DiagnosticDescriptor ExternInitialized =
        new("SEM041", "extern-initialized", "'{0}' has both 'extern' and initializer", DiagnosticSeverity.Error, Clause: "6.7.9p5");

    public static readonly DiagnosticDescriptor InvalidFunctionStorage =
        new("SEM042", "invalid-function-storage", "invalid storage class for function '{0}'", DiagnosticSeverity.Error, Clause: "6.7.1p7");

    public static readonly DiagnosticDescriptor InitializerNotConstant =
        new("SEM043", "initializer-not-constant", "initializer element is not constant", DiagnosticSeverity.Error, Clause: "6.7.9p4");

    public static readonly DiagnosticDescriptor InvalidInitializer =
        new("SEM044", "invalid-initializer", "invalid initializer", DiagnosticSeverity.Error, Clause: "6.7.9p16");

    public static readonly DiagnosticDescriptor ExcessScalarInitializer =
        new("SEM045", "excess-scalar-initializer", "excess elements in scalar initializer", DiagnosticSeverity.Error, Clause: "6.7.9p2");

    public static readonly DiagnosticDescriptor ExcessArrayInitializer =
        new("SEM046", "excess-array-initializer", "excess elements in array initializer", DiagnosticSeverity.Warning, Clause: "6.7.9p2") { Pedantic = true };

    public static readonly DiagnosticDescriptor ExcessStructInitializer =
        new("SEM047", "excess-struct-initializer", "excess elements in {0} initializer", DiagnosticSeverity.Warning, Clause: "6.7.9p2") { Pedantic = true };

    public static readonly DiagnosticDescriptor StringTooLong =
        new("SEM048", "string-too-long", "initializer-string for array of '{0}' is too long", DiagnosticSeverity.Warning, Clause: "6.7.9p2") { Pedantic = true };

    public static readonly DiagnosticDescriptor DesignatorNoMember =
        new("SEM049", "designator-no-member", "'{0}' has no member named '{1}'", DiagnosticSeverity.Error, Clause: "6.7.9p7");

    public static readonly DiagnosticDescriptor DesignatorOutOfBounds =
        new("SEM050", "designator-out-of-bounds", "array index in initializer exceeds array bounds", DiagnosticSeverity.Error, Clause: "6.7.9p6");

    public static readonly DiagnosticDescriptor DesignatorNotArray =
        new("SEM051", "designator-not-array", "array index in non-array initializer", DiagnosticSeverity.Error, Clause: "6.7.9p6");

    public static readonly DiagnosticDescriptor DesignatorNotRecord =
        new("SEM052", "designator-not-record", "field name not in record or union initializer", DiagnosticSeverity.Error, Clause: "6.7.9p7");

    public static readonly DiagnosticDescriptor VlaInitialized =
        new("SEM053", "vla-initialized", "variable-sized object may not be initialized", DiagnosticSeverity.Error, Clause: "6.7.9p3");

    public static readonly DiagnosticDescriptor InvalidBinaryOperands =
        new("SEM054", "invalid-binary-operands", "invalid operands to binary {0} (have '{1}' and '{2}')", DiagnosticSeverity.Error, Clause: "6.5");

    public static readonly DiagnosticDescriptor InvalidUnaryOperand =
        new("SEM055", "invalid-unary-operand", "wrong type argument to unary {0}", DiagnosticSeverity.Error, Clause: "6.5.3.3p1");

    public static readonly DiagnosticDescriptor LvalueRequired =
        new("SEM056", "lvalue-required", "lvalue required as {0}", DiagnosticSeverity.Error, Clause: "6.5.16p2");

    public static readonly DiagnosticDescriptor ReadOnly =
        new("SEM057", "read-only", "{0} of read-only {1}", DiagnosticSeverity.Error, Clause: "6.5.16p2");

    public static readonly DiagnosticDescriptor ArrayAssignment =
        new("SEM058", "array-assignment", "assignment to expression with array type", DiagnosticSeverity.Error, Clause: "6.5.16p2");

    public static readonly DiagnosticDescriptor IncompatibleTypes =
        new("SEM059", "incompatible-types", "incompatible types when {0} type '{1}' from type '{2}'", DiagnosticSeverity.Error, Clause: "6.5.16.1p1");

    public static readonly DiagnosticDescriptor IncompatiblePointerTypes =
        new("SEM060", "incompatible-pointer-types", "{0} from incompatible pointer type '{1}'", DiagnosticSeverity.Warning, Clause: "6.5.16.1p1") { Pedantic = true };

    public static readonly DiagnosticDescriptor IntConversion =
        new("SEM061", "int-conversion", "{0} makes {1} from {2} without a cast", DiagnosticSeverity.Warning, Clause: "6.5.16.1p1") { Pedantic = true };

    public static readonly DiagnosticDescriptor DiscardedQualifiers =
        new("SEM062", "discarded-qualifiers", "{0} discards '{1}' qualifier from pointer target type", DiagnosticSeverity.Warning, Clause: "6.5.16.1p1") { Pedantic = true };

    public static readonly DiagnosticDescriptor NotAFunction =
        new("SEM063", "not-a-function", "called object is not a function or function pointer", DiagnosticSeverity.Error, Clause: "6.5.2.2p1");

    public static readonly DiagnosticDescriptor TooManyArguments =
        new("SEM064", "too-many-arguments", "too many arguments to function '{0}'", DiagnosticSeverity.Error, Clause: "6.5.2.2p2");

    public static readonly DiagnosticDescriptor TooFewArguments =
        new("SEM065", "too-few-arguments", "too few arguments to function '{0}'", DiagnosticSeverity.Error, Clause: "6.5.2.2p2");

    public static readonly DiagnosticDescriptor MemberOfNonRecord =
        new("SEM066", "member-of-non-record", "request for member '{0}' in something not a structure or union", DiagnosticSeverity.Error, Clause: "6.5.2.3p1");

    public static readonly DiagnosticDescriptor NoSuchMember =
        new("SEM067", "no-such-member", "'{0}' has no member named '{1}'", DiagnosticSeverity.Error, Clause: "6.5.2.3p1");

    public static readonly DiagnosticDescriptor InvalidArrow =
        new("SEM068", "invalid-arrow", "invalid type argument of '->' (have '{0}')", DiagnosticSeverity.Error, Clause: "6.5.2.3p2");

    public static readonly DiagnosticDescriptor SubscriptNotArray =
        new("SEM069", "subscript-not-array", "subscripted value is neither array nor pointer", DiagnosticSeverity.Error, Clause: "6.5.2.1p1");

    public static readonly DiagnosticDescriptor SubscriptNotInteger =
        new("SEM070", "subscript-not-integer", "array subscript is not an integer", DiagnosticSeverity.Error, Clause: "6.5.2.1p1");

    public static readonly DiagnosticDescriptor DereferenceNonPointer =
        new("SEM071", "dereference-non-pointer", "invalid type argument of unary '*' (have '{0}')", DiagnosticSeverity.Error, Clause: "6.5.3.2p2");

    public static readonly DiagnosticDescriptor AddressOfBitField =
        new("SEM072", "address-of-bit-field", "cannot take address of bit-field '{0}'", DiagnosticSeverity.Error, Clause: "6.5.3.2p1");

    public static readonly DiagnosticDescriptor AddressOfRegister =
        new("SEM073", "address-of-register", "address of register variable '{0}' requested", DiagnosticSeverity.Error, Clause: "6.5.3.2p1");

    public static readonly DiagnosticDescriptor SizeofIncomplete =
        new("SEM074", "sizeof-incomplete", "invalid application of '{0}' to incomplete type '{1}'", DiagnosticSeverity.Error, Clause: "6.5.3.4p1");

    public static readonly DiagnosticDescriptor SizeofBitField =
        new("SEM075", "sizeof-bit-field", "'{0}' applied to a bit-field", DiagnosticSeverity.Error, Clause: "6.5.3.4p1");

    public static readonly DiagnosticDescriptor CastToNonScalar =
        new("SEM076", "cast-to-non-scalar", "conversion to non-scalar type requested", DiagnosticSeverity.Error, Clause: "6.5.4p2");

    public static readonly DiagnosticDescriptor CastFromNonScalar =
        new("SEM077", "cast-from-non-scalar", "aggregate value used where a scalar was expected", DiagnosticSeverity.Error, Clause: "6.5.4p2");

    public static readonly DiagnosticDescriptor CastPointerFloat =
        new("SEM078", "cast-pointer-float", "cannot convert between pointer type and floating type ('{0}' to '{1}')", DiagnosticSeverity.Error, Clause: "6.5.4p4");

    public static readonly DiagnosticDescriptor VoidValueUsed =
        new("SEM079", "void-value-used", "void value not ignored as it ought to be", DiagnosticSeverity.Error, Clause: "6.3.2.2p1");

    public static readonly DiagnosticDescriptor ScalarRequired =
        new("SEM080", "scalar-required", "used {0} type value where scalar is required", DiagnosticSeverity.Error, Clause: "6.5.15p2");

    public static readonly DiagnosticDescriptor ConditionalMismatch =
        new("SEM081", "conditional-mismatch", "type mismatch in conditional expression", DiagnosticSeverity.Error, Clause: "6.5.15p3");

    public static readonly DiagnosticDescriptor ConditionalPointerMismatch =
        new("SEM082", "conditional-pointer-mismatch", "pointer type mismatch in conditional expression", DiagnosticSeverity.Warning, Clause: "6.5.15p3") { Pedantic = true };

    public static readonly DiagnosticDescriptor ConditionalPointerInteger =
        new("SEM083", "conditional-pointer-integer", "pointer/integer type mismatch in conditional expression", DiagnosticSeverity.Warning, Clause: "6.5.15p3") { Pedantic = true };

    public static readonly DiagnosticDescriptor DistinctPointerComparison =
        new("SEM084", "distinct-pointer-comparison", "comparison of distinct pointer types lacks a cast", DiagnosticSeverity.Warning, Clause: "6.5.9p2") { Pedantic = true };

    public static readonly DiagnosticDescriptor PointerIntegerComparison =
        new("SEM085", "pointer-integer-comparison", "comparison between pointer and integer", DiagnosticSeverity.Warning, Clause: "6.5.9p2") { Pedantic = true };

    public static readonly DiagnosticDescriptor BreakOutside =
        new("SEM086", "break-outside", "break statement not within loop or switch", DiagnosticSeverity.Error, Clause: "6.8.6.3p1");

    public static readonly DiagnosticDescriptor ContinueOutside =
        new("SEM087", "continue-outside", "continue statement not within a loop", DiagnosticSeverity.Error, Clause: "6.8.6.2p1");

    public static readonly DiagnosticDescriptor CaseOutside =
        new("SEM088", "case-outside", "case label not within a switch statement", DiagnosticSeverity.Error, Clause: "6.8.1p2");

    public static readonly DiagnosticDescriptor DefaultOutside =
        new("SEM089", "default-outside", "'default' label not within a switch statement", DiagnosticSeverity.Error, Clause: "6.8.1p2");

    public static readonly DiagnosticDescriptor DuplicateCase =
        new("SEM090", "duplicate-case", "duplicate case value", DiagnosticSeverity.Error, Clause: "6.8.4.2p3");

    public static readonly DiagnosticDescriptor DuplicateDefault =
        new("SEM091", "duplicate-default", "multiple default labels in one switch", DiagnosticSeverity.Error, Clause: "6.8.4.2p3");

    public static readonly DiagnosticDescriptor SwitchNotInteger =
        new("SEM092", "switch-not-integer", "switch quantity not an integer", DiagnosticSeverity.Error, Clause: "6.8.4.2p1");

    public static readonly DiagnosticDescriptor UndefinedLabel =
        new("SEM093", "undefined-label", "label '{0}' used but not defined", DiagnosticSeverity.Error, Clause: "6.8.6.1p1");

    public static readonly DiagnosticDescriptor DuplicateLabel =
        new("SEM094", "duplicate-label", "duplicate label '{0}'", DiagnosticSeverity.Error, Clause: "6.8.1p3");

    public static readonly DiagnosticDescriptor ReturnValueInVoid =
        new("SEM095", "return-value-in-void", "'return' with a value, in function returning void", DiagnosticSeverity.Error, Clause: "6.8.6.4p1");

    public static readonly DiagnosticDescriptor ReturnNoValue =
        new("SEM096", "return-no-value", "'return' with no value, in function returning non-void", DiagnosticSeverity.Warning, Clause: "6.8.6.4p1") { Pedantic = true };

    public static readonly DiagnosticDescriptor InlineAssembly =
        new("SEM097", "inline-assembly", "inline assembly is not supported", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor StaticAssertFailed =
        new("SEM098", "static-assert-failed", "static assertion failed{0}", DiagnosticSeverity.Error, Clause: "6.7.10p2");

    public static readonly DiagnosticDescriptor VectorSize =
        new("SEM099", "vector-size", "'vector_size' attribute is not supported", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GenericNoMatch =
        new("SEM100", "generic-no-match", "'_Generic' selector of type '{0}' is not compatible with any association", DiagnosticSeverity.Error, Clause: "6.5.1.1p2");

    public static readonly DiagnosticDescriptor GenericDuplicate =
        new("SEM101", "generic-duplicate", "'_Generic' specifies two compatible types", DiagnosticSeverity.Error, Clause: "6.5.1.1p2");

    public static readonly DiagnosticDescriptor GenericDuplicateDefault =
        new("SEM102", "generic-duplicate-default", "duplicate 'default' case in '_Generic'", DiagnosticSeverity.Error, Clause: "6.5.1.1p2");

    public static readonly DiagnosticDescriptor OffsetofInvalid =
        new("SEM103", "offsetof-invalid", "{0}", DiagnosticSeverity.Error, Clause: "7.19p3");

    public static readonly DiagnosticDescriptor VaArgNotVaList =
        new("SEM104", "va-arg-not-va-list", "first argument to '{0}' not of type 'va_list'", DiagnosticSeverity.Error, Clause: "7.16.1");

    public static readonly DiagnosticDescriptor NestedFunction =
        new("SEM105", "nested-function", "nested function definitions are not supported", DiagnosticSeverity.Error, Clause: "6.9.1");

    public static readonly DiagnosticDescriptor NestingTooDeep =
        new("SEM106", "nesting-too-deep", "nesting deeper than {0} levels", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DivisionByZero =
        new("SEM109", "division-by-zero", "division by zero", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MainReturnType =
        new("SEM110", "main-return-type", "return type of 'main' is not 'int'", DiagnosticSeverity.Warning) { Pedantic = true };

    public static readonly DiagnosticDescriptor NotAFunctionDefinition =
        new("SEM111", "not-a-function-definition", "'{0}' is not declared as a function but has a body", DiagnosticSeverity.Error, Clause: "6.9.1p2");

    public static readonly DiagnosticDescriptor FileScopeStorage =
        new("SEM112", "file-scope-storage", "file-scope declaration of '{0}' specifies '{1}'", DiagnosticSeverity.Error, Clause: "6.9p2");

    public static readonly DiagnosticDescriptor TypedefInitialized =
        new("SEM113", "typedef-initialized", "typedef '{0}' is initialized", DiagnosticSeverity.Error, Clause: "6.7.9p3");

    public static readonly DiagnosticDescriptor FunctionInitialized =
        new("SEM114", "function-initialized", "function '{0}' is initialized like a variable", DiagnosticSeverity.Error, Clause: "6.7.9p3");

    public static readonly DiagnosticDescriptor KnrNoSuchParameter =
        new("SEM115", "knr-no-such-parameter", "declaration for parameter '{0}' but no such parameter", DiagnosticSeverity.Error, Clause: "6.9.1p6");

    public static readonly DiagnosticDescriptor InvalidRestrict =
        new("SEM116", "invalid-restrict", "invalid use of 'restrict'", DiagnosticSeverity.Error, Clause: "6.7.3p2");

    public static readonly DiagnosticDescriptor IncompleteType =
        new("SEM117", "incomplete-type", "invalid use of undefined type '{0}'", DiagnosticSeverity.Error, Clause: "6.5.2.3");

    public static readonly DiagnosticDescriptor IncDecInvalid =
        new("SEM118", "inc-dec-invalid", "wrong type argument to {0}", DiagnosticSeverity.Error, Clause: "6.5.2.4p1");

    public static readonly DiagnosticDescriptor PointerArithIncomplete =
        new("SEM119", "pointer-arith-incomplete", "arithmetic on pointer to an incomplete type", DiagnosticSeverity.Error, Clause: "6.5.6p2");

    public static readonly DiagnosticDescriptor ThreadLocalAuto =
        new("SEM120", "thread-local-auto", "function-scope '{0}' implicitly auto and declared '_Thread_local'", DiagnosticSeverity.Error, Clause: "6.7.1p3");

    public static readonly DiagnosticDescriptor InvalidAlignment =
        new("SEM121", "invalid-alignment", "{0}", DiagnosticSeverity.Error, Clause: "6.7.5");

    public static readonly DiagnosticDescriptor UselessDeclaration =
        new("SEM122", "useless-declaration", "useless type name in empty declaration", DiagnosticSeverity.Warning, Clause: "6.7p2") { Pedantic = true };

    public static readonly DiagnosticDescriptor BuiltinArguments =
        new("SEM123", "builtin-arguments", "wrong number of arguments to function '{0}'", DiagnosticSeverity.Error, Clause: "6.5.2.2p2");

    public static readonly DiagnosticDescriptor CompoundLiteralVla =
        new("SEM124", "compound-literal-vla", "compound literal has variable size", DiagnosticSeverity.Error, Clause: "6.5.2.5p1");

    public static readonly DiagnosticDescriptor LabelOutsideFunction =
        new("SEM125", "label-outside-function", "label '{0}' referenced outside of any function", DiagnosticSeverity.Error, Clause: "6.8.6.1");

    public static readonly DiagnosticDescriptor InvalidUseOfVoid =
        new("SEM126", "invalid-use-of-void", "invalid use of void expression", DiagnosticSeverity.Error, Clause: "6.3.2.2p1");

    public static readonly DiagnosticDescriptor ParameterRedeclared =
        new("SEM127", "parameter-redeclared", "redefinition of parameter '{0}'", DiagnosticSeverity.Error, Clause: "6.7p3");

    public static readonly DiagnosticDescriptor IncompleteReturn =
        new("SEM128", "incomplete-return", "return type is an incomplete type", DiagnosticSeverity.Error, Clause: "6.9.1p3");

    public static readonly DiagnosticDescriptor ArraySizeTooLarge =
        new("SEM129", "array-size-too-large", "size of array {0}is too large", DiagnosticSeverity.Error, Clause: "6.7.6.2");

    public static readonly DiagnosticDescriptor VlaInStruct =
        new("SEM132", "vla-in-struct", "a member of a structure or union cannot have a variably modified type", DiagnosticSeverity.Error, Clause: "6.7.2.1p9");

    public static readonly DiagnosticDescriptor CharArrayFromString =
        new("SEM133", "char-array-init", "array of inappropriate type initialized from string constant", DiagnosticSeverity.Error, Clause: "6.7.9p14");

    public static readonly DiagnosticDescriptor EmptyScalarInitializer =
        new("SEM134", "empty-scalar-initializer", "empty scalar initializer", DiagnosticSeverity.Error, Clause: "6.7.9p11");

    public static readonly DiagnosticDescriptor ImplicitIntParameter =
        new("SEM135", "implicit-int-parameter", "type of '{0}' defaults to 'int'", DiagnosticSeverity.Warning, Clause: "6.9.1p6") { Pedantic = true };

    public static readonly DiagnosticDescriptor ArrayAssumedOneElement =
        new("SEM136", "array-assumed-one-element", "array '{0}' assumed to have one element", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor JumpIntoVla =
        new("SEM137", "goto-into-vla", "jump into scope of identifier with variably modified type", DiagnosticSeverity.Error, Clause: "6.8.6.1p1");

    public static readonly DiagnosticDescriptor AlignofIncomplete =
        new("SEM138", "alignof-incomplete", "invalid application of '_Alignof' to incomplete type '{0}'", DiagnosticSeverity.Error, Clause: "6.5.3.4p1");

    public static readonly DiagnosticDescriptor ShiftCount =
        new("SEM139", "shift-count", "{0}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IncompleteInitialized =
        new("SEM141", "incomplete-initialized", "variable '{0}' has initializer but incomplete type", DiagnosticSeverity.Error, Clause: "6.7.9p3");

    public static readonly DiagnosticDescriptor FunctionSpecifierOnObject =
        new("SEM142", "function-specifier-on-object", "variable '{0}' declared '{1}'", DiagnosticSeverity.Error, Clause: "6.7.4p1");

    /// <summary>Reported only with <see cref="SemanticOptions.PedanticErrors"/> (gcc accepts it silently otherwise), then an error.</summary>
    public static readonly DiagnosticDescriptor ZeroSizeArray =
        new("SEM143", "zero-size-array", "ISO C forbids zero-size array {0}", DiagnosticSeverity.Warning, Clause: "6.7.6.2p1") { Pedantic = true };

    /// <summary>Reported only with <see cref="SemanticOptions.PedanticErrors"/> (gcc accepts it silently otherwise), then an error.</summary>
    public static readonly DiagnosticDescriptor VoidPointerArithmetic =
        new("SEM144", "void-pointer-arithmetic", "pointer of type '{0}' used in arithmetic", DiagnosticSeverity.Warning, Clause: "6.5.6p2") { Pedantic = true };

    /// <summary>Reported only with <see cref="SemanticOptions.PedanticErrors"/> (gcc accepts it silently otherwise), then an error.</summary>
    public static readonly DiagnosticDescriptor SizeofFunctionOrVoid =
        new("SEM145", "sizeof-function-or-void", "invalid application of '{0}' to a {1} type", DiagnosticSeverity.Warning, Clause: "6.5.3.4p1") { Pedantic = true };

    /// <summary>Reported only with <see cref="SemanticOptions.PedanticErrors"/> (gcc accepts it silently otherwise), then an error.</summary>
    public static readonly DiagnosticDescriptor EnumeratorNotInt =
        new("SEM146", "enumerator-not-int", "ISO C restricts enumerator values to range of 'int'", DiagnosticSeverity.Warning, Clause: "6.7.2.2p2") { Pedantic = true };

    public static readonly DiagnosticDescriptor ParameterNamesWithoutTypes =
        new("SEM147", "parameter-names-without-types", "parameter names (without types) in function declaration", DiagnosticSeverity.Warning, Clause: "6.7.6.3p3");

    public static readonly DiagnosticDescriptor UsedButNeverDefined =
        new("SEM148", "used-but-never-defined", "'{0}' used but never defined", DiagnosticSeverity.Warning, Clause: "6.9p3");

    public static readonly DiagnosticDescriptor StaticArraySizeMissing =
        new("SEM149", "static-array-size-missing", "array size missing in '{0}'", DiagnosticSeverity.Error, Clause: "6.9.2p3");

    public static readonly DiagnosticDescriptor VariablyModifiedWithLinkage =
        new("SEM150", "variably-modified-with-linkage", "object with variably modified type must have no linkage ('{0}')", DiagnosticSeverity.Error, Clause: "6.7.6.2p2");

    /// <summary>Reported only with <see cref="SemanticOptions.PedanticErrors"/> (gcc accepts it silently otherwise), then an error.</summary>
    public static readonly DiagnosticDescriptor MainSignature =
        new("SEM151", "main-signature", "{0}", DiagnosticSeverity.Warning, Clause: "5.1.2.2.1") { Pedantic = true };

    public static readonly DiagnosticDescriptor VaStartFixedArguments =
        new("SEM152", "va-start-fixed-arguments", "'va_start' used in function with fixed arguments", DiagnosticSeverity.Error, Clause: "7.16.1.4");

    public static readonly DiagnosticDescriptor InvalidAtomicType =
        new("SEM153", "invalid-atomic-type", "_Atomic applied to {0} type", DiagnosticSeverity.Error, Clause: "6.7.2.4p3");

    public static readonly DiagnosticDescriptor AlignasNotAllowed =
        new("SEM154", "alignas-not-allowed", "'_Alignas' specified for {0}", DiagnosticSeverity.Error, Clause: "6.7.5p2");

}
