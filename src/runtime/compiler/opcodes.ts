/*
 * opcodes.ts
 * The instruction set of the VM. Names and stack effects follow CPython 3.12/3.13 where the
 * concept exists there; each instruction is two Int32 slots: the opcode and its argument.
 */

export const enum Op {
	NOP, //                               ( -- )
	POP_TOP, //                           (x -- )
	COPY, // n                            (... x_n ... -- ... x_n ... x_n)  n=1 is TOS
	SWAP, // n                            swap TOS and the n-th item
	LOAD_CONST, // i                      ( -- consts[i])
	LOAD_FAST, // slot                    ( -- v)  UnboundLocalError when unset
	STORE_FAST, // slot                   (v -- )
	DELETE_FAST, // slot
	LOAD_DEREF, // slot                   ( -- cell.value)  slot holds a cell
	STORE_DEREF, // slot                  (v -- )
	DELETE_DEREF, // slot
	LOAD_CLOSURE, // slot                 ( -- cell)
	LOAD_GLOBAL, // name                  ( -- v) globals, then builtins
	STORE_GLOBAL, // name
	DELETE_GLOBAL, // name
	LOAD_NAME, // name                    ( -- v) locals dict, globals, builtins
	STORE_NAME, // name
	DELETE_NAME, // name
	LOAD_CLASSDEREF, // slot              class body reading a free variable: namespace first, then the cell
	LOAD_ATTR, // name                    (obj -- v)
	LOAD_METHOD, // name                  (obj -- meth self) or (obj -- attr NULL)
	STORE_ATTR, // name                   (v obj -- )
	DELETE_ATTR, // name                  (obj -- )
	PUSH_NULL, //                         ( -- NULL)
	BINARY_OP, // op (+16 for in-place)   (a b -- r)
	UNARY_NEGATIVE,
	UNARY_POSITIVE,
	UNARY_INVERT,
	UNARY_NOT,
	COMPARE_OP, // CmpOp                  (a b -- r)
	IS_OP, // invert                      (a b -- bool)
	CONTAINS_OP, // invert                (item container -- bool)
	BINARY_SUBSCR, //                     (container key -- v)
	STORE_SUBSCR, //                      (v container key -- )
	DELETE_SUBSCR, //                     (container key -- )
	BUILD_SLICE, // 2|3                   (start stop [step] -- slice)
	BUILD_TUPLE, // n
	BUILD_LIST, // n
	BUILD_SET, // n
	BUILD_MAP, // n                       (k1 v1 ... kn vn -- dict)
	BUILD_STRING, // n                    (s1 ... sn -- s)
	LIST_APPEND, // i                     (... list ... v -- ... list ...) list is i-th from TOS after pop
	SET_ADD, // i
	MAP_ADD, // i                         (... dict ... k v -- ...)
	LIST_EXTEND, // i
	SET_UPDATE, // i
	DICT_UPDATE, // i
	DICT_MERGE, // i                      like DICT_UPDATE but duplicate keys raise (for **kwargs)
	LIST_TO_TUPLE, //                     (list -- tuple)
	FORMAT_VALUE, // flags                (v [spec] -- str); flags&3: 0 none 1 str 2 repr 3 ascii; flags&4: spec
	UNPACK_SEQUENCE, // n                 (seq -- v_n ... v_1)
	UNPACK_EX, // before | after << 8
	JUMP, // target
	POP_JUMP_IF_FALSE, // target
	POP_JUMP_IF_TRUE, // target
	POP_JUMP_IF_NONE, // target
	POP_JUMP_IF_NOT_NONE, // target
	JUMP_IF_FALSE_OR_POP, // target
	JUMP_IF_TRUE_OR_POP, // target
	GET_ITER, //                          (iterable -- iterator)
	FOR_ITER, // target                   (it -- it v) or (it -- ) and jump when exhausted
	MAKE_FUNCTION, // flags               (defaults? kwdefaults? annotations? closure? code -- fn)
	CALL, // argc                         (callable self_or_null args... -- r)
	CALL_KW, // argc                      (callable self_or_null args... kwnames -- r)
	CALL_FUNCTION_EX, // hasKwargs        (callable self_or_null args [kwargs] -- r)
	RETURN_VALUE, //                      (v -- )
	YIELD_VALUE, // inYieldFrom           (v -- sent)
	SEND, // target                       (receiver v -- receiver y) or (receiver v -- result) and jump
	GET_YIELD_FROM_ITER, //               (iterable -- iterator)
	GET_AWAITABLE, // where               (v -- awaitable iterator)
	GET_AITER, //                         (v -- aiter)
	GET_ANEXT, //                         (aiter -- aiter awaitable)
	END_ASYNC_FOR, //                     (aiter exc -- ) swallow StopAsyncIteration else re-raise
	ASYNC_GEN_WRAP, //                    (v -- wrapped)
	RAISE_VARARGS, // 0|1|2
	RERAISE, // lasti?                    (exc -- ) re-raise without a new traceback entry
	PUSH_EXC_INFO, //                     (exc -- prev exc)
	POP_EXCEPT, //                        (prev -- )
	CHECK_EXC_MATCH, //                   (exc type -- exc bool)
	CHECK_EG_MATCH, //                    (eg type -- rest match)
	WITH_EXCEPT_START, //                 (exit self lasti prev exc -- exit self lasti prev exc res)
	BEFORE_WITH, //                       (mgr -- exit self enter_result)
	BEFORE_ASYNC_WITH, //                 (mgr -- exit self awaitable)
	LOAD_ASSERTION_ERROR,
	IMPORT_NAME, // name                  (level fromlist -- module)
	IMPORT_FROM, // name                  (module -- module v)
	IMPORT_STAR, //                       (module -- )
	LOAD_BUILD_CLASS, //                  ( -- __build_class__)
	SETUP_ANNOTATIONS,
	STOPITERATION_ERROR, //               (exc -- ) PEP 479: convert StopIteration escaping a generator
	CLEANUP_THROW, //                     unused placeholder (throw() is handled in generators.ts)
	CONVERT_NONE_TO_EMPTY_KW, //          reserved
	LOAD_LOCALS, //                       ( -- locals dict)
	EXC_MATCH_STAR_PREP, //               reserved
	PREP_RERAISE_STAR, //                 (orig list -- exc_or_None)
	CHECK_EXC_NOT_NONE, //                reserved
	RETURN_GENERATOR, //                  reserved (generators are created at call time)
	MATCH_CLASS, // count                 (subject cls names -- attrs_tuple_or_None)
	MATCH_MAPPING, //                     (subject -- subject bool)
	MATCH_SEQUENCE, //                    (subject -- subject bool)
	MATCH_KEYS, //                        (subject keys -- subject keys values_or_None)
	GET_LEN, //                           (obj -- obj len)
	COPY_DICT_WITHOUT_KEYS, //            (subject keys -- rest)
	MATCH_PATTERN, // const               (subject values -- subject captures_or_None)
	GEN_LIFETIME, // kind | i<<2 | wraps<<8 | site<<9  ( -- ) a temporary generator's lifetime (vm/generators.ts genLifetime)

	// Superinstructions (see superinstructions.ts): never emitted by the compiler; a fused op
	// replaces the first of two instructions and also runs the second, whose slot is unchanged.
	LOAD_FAST_LOAD_FAST,
	LOAD_FAST_LOAD_CONST,
	LOAD_CONST_LOAD_FAST,
	STORE_FAST_LOAD_FAST,
	STORE_FAST_STORE_FAST,
	LOAD_GLOBAL_PUSH_NULL,
	COMPARE_OP_POP_JUMP_IF_FALSE,
	COMPARE_OP_POP_JUMP_IF_TRUE,
	FOR_ITER_STORE_FAST,
	LOAD_FAST_POP_JUMP_IF_FALSE,
	LOAD_FAST_POP_JUMP_IF_TRUE,
	LOAD_FAST_BINARY_SUBSCR,
	LOAD_FAST_STORE_SUBSCR,
}

export const OP_NAMES: readonly string[] = [
	'NOP', 'POP_TOP', 'COPY', 'SWAP', 'LOAD_CONST', 'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST',
	'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE', 'LOAD_GLOBAL', 'STORE_GLOBAL',
	'DELETE_GLOBAL', 'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_CLASSDEREF', 'LOAD_ATTR',
	'LOAD_METHOD', 'STORE_ATTR', 'DELETE_ATTR', 'PUSH_NULL', 'BINARY_OP', 'UNARY_NEGATIVE',
	'UNARY_POSITIVE', 'UNARY_INVERT', 'UNARY_NOT', 'COMPARE_OP', 'IS_OP', 'CONTAINS_OP',
	'BINARY_SUBSCR', 'STORE_SUBSCR', 'DELETE_SUBSCR', 'BUILD_SLICE', 'BUILD_TUPLE', 'BUILD_LIST',
	'BUILD_SET', 'BUILD_MAP', 'BUILD_STRING', 'LIST_APPEND', 'SET_ADD', 'MAP_ADD', 'LIST_EXTEND',
	'SET_UPDATE', 'DICT_UPDATE', 'DICT_MERGE', 'LIST_TO_TUPLE', 'FORMAT_VALUE', 'UNPACK_SEQUENCE',
	'UNPACK_EX', 'JUMP', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE',
	'POP_JUMP_IF_NOT_NONE', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP', 'GET_ITER', 'FOR_ITER',
	'MAKE_FUNCTION', 'CALL', 'CALL_KW', 'CALL_FUNCTION_EX', 'RETURN_VALUE', 'YIELD_VALUE', 'SEND',
	'GET_YIELD_FROM_ITER', 'GET_AWAITABLE', 'GET_AITER', 'GET_ANEXT', 'END_ASYNC_FOR',
	'ASYNC_GEN_WRAP', 'RAISE_VARARGS', 'RERAISE', 'PUSH_EXC_INFO', 'POP_EXCEPT', 'CHECK_EXC_MATCH',
	'CHECK_EG_MATCH', 'WITH_EXCEPT_START', 'BEFORE_WITH', 'BEFORE_ASYNC_WITH',
	'LOAD_ASSERTION_ERROR', 'IMPORT_NAME', 'IMPORT_FROM', 'IMPORT_STAR', 'LOAD_BUILD_CLASS',
	'SETUP_ANNOTATIONS', 'STOPITERATION_ERROR', 'CLEANUP_THROW', 'CONVERT_NONE_TO_EMPTY_KW',
	'LOAD_LOCALS', 'EXC_MATCH_STAR_PREP', 'PREP_RERAISE_STAR', 'CHECK_EXC_NOT_NONE',
	'RETURN_GENERATOR', 'MATCH_CLASS', 'MATCH_MAPPING', 'MATCH_SEQUENCE', 'MATCH_KEYS', 'GET_LEN',
	'COPY_DICT_WITHOUT_KEYS', 'MATCH_PATTERN', 'GEN_LIFETIME', 'LOAD_FAST_LOAD_FAST', 'LOAD_FAST_LOAD_CONST',
	'LOAD_CONST_LOAD_FAST', 'STORE_FAST_LOAD_FAST', 'STORE_FAST_STORE_FAST', 'LOAD_GLOBAL_PUSH_NULL',
	'COMPARE_OP_POP_JUMP_IF_FALSE', 'COMPARE_OP_POP_JUMP_IF_TRUE', 'FOR_ITER_STORE_FAST',
	'LOAD_FAST_POP_JUMP_IF_FALSE', 'LOAD_FAST_POP_JUMP_IF_TRUE',
	'LOAD_FAST_BINARY_SUBSCR', 'LOAD_FAST_STORE_SUBSCR',
];

/** MAKE_FUNCTION flags. */
export const enum MakeFunctionFlags {
	Defaults = 1,
	KwDefaults = 2,
	Annotations = 4,
	Closure = 8,
}

/** BUILD_SET flag: the items are a constant display (see the Set case of the compiler's exprInner). */
export const CONST_SET_DISPLAY = 1 << 20;

/** GEN_LIFETIME's kinds (arg & 3). */
export const enum GenLifetime {
	/** After argument i of a call: TOS may be a generator (or wrapper of some) only that call uses. */
	Mark = 0,
	/** After a call that only drove its marked arguments: they die now. */
	Release = 1,
	/** After a call of zip/enumerate/map/filter/islice: its marked arguments now live in its result. */
	Wrap = 2,
	/** Something that may hold the only reference to a generator lets it go (GenDrop, arg >> 2 & 3). */
	Drop = 3,
}

/** GEN_LIFETIME Drop's cases ((arg >> 2) & 3; the operand is arg >> 4). */
export const enum GenDrop {
	/** Before a store to local `operand`, which may own a generator: the value it held is let go. */
	ReleaseSlot = 0,
	/** After a `for` loop's GET_ITER: TOS, a wrapper the last Wrap recorded, is the loop's alone (site `operand`). */
	LoopOwns = 1,
	/** The loop of site `operand` ends or is left: the generators its wrapper held die. */
	LoopEnds = 2,
}
