// The net stack effect of each instruction, for the compiler's depth tracking and compiled segments.
import { Op, CONST_SET_DISPLAY } from './opcodes';

/** The static stack effect of an instruction on its fall-through path. */
export function stackEffect(op: Op, arg: number): number {
	switch (op) {
		case Op.NOP:
		case Op.GEN_LIFETIME:
		case Op.SWAP:
		case Op.DELETE_FAST:
		case Op.DELETE_DEREF:
		case Op.DELETE_GLOBAL:
		case Op.DELETE_NAME:
		case Op.LOAD_ATTR:
		case Op.UNARY_NEGATIVE:
		case Op.UNARY_POSITIVE:
		case Op.UNARY_INVERT:
		case Op.UNARY_NOT:
		case Op.LIST_TO_TUPLE:
		case Op.JUMP:
		case Op.GET_ITER:
		case Op.YIELD_VALUE:
		case Op.SEND:
		case Op.GET_YIELD_FROM_ITER:
		case Op.GET_AWAITABLE:
		case Op.GET_AITER:
		case Op.ASYNC_GEN_WRAP:
		case Op.CHECK_EXC_MATCH:
		case Op.CHECK_EG_MATCH:
		case Op.SETUP_ANNOTATIONS:
			return 0;
		case Op.POP_TOP:
		case Op.STORE_FAST:
		case Op.STORE_DEREF:
		case Op.STORE_GLOBAL:
		case Op.STORE_NAME:
		case Op.DELETE_ATTR:
		case Op.BINARY_OP:
		case Op.COMPARE_OP:
		case Op.IS_OP:
		case Op.CONTAINS_OP:
		case Op.BINARY_SUBSCR:
		case Op.LIST_APPEND:
		case Op.SET_ADD:
		case Op.LIST_EXTEND:
		case Op.SET_UPDATE:
		case Op.DICT_UPDATE:
		case Op.DICT_MERGE:
		case Op.POP_JUMP_IF_FALSE:
		case Op.POP_JUMP_IF_TRUE:
		case Op.POP_JUMP_IF_NONE:
		case Op.POP_JUMP_IF_NOT_NONE:
		case Op.JUMP_IF_FALSE_OR_POP:
		case Op.JUMP_IF_TRUE_OR_POP:
		case Op.RETURN_VALUE:
		case Op.RERAISE:
		case Op.POP_EXCEPT:
		case Op.IMPORT_NAME:
		case Op.IMPORT_STAR:
		case Op.STOPITERATION_ERROR:
		case Op.PREP_RERAISE_STAR:
		case Op.MATCH_PATTERN:
			return -1;
		case Op.COPY:
		case Op.LOAD_CONST:
		case Op.LOAD_FAST:
		case Op.LOAD_DEREF:
		case Op.LOAD_CLOSURE:
		case Op.LOAD_GLOBAL:
		case Op.LOAD_NAME:
		case Op.LOAD_CLASSDEREF:
		case Op.LOAD_METHOD:
		case Op.PUSH_NULL:
		case Op.FOR_ITER:
		case Op.GET_ANEXT:
		case Op.PUSH_EXC_INFO:
		case Op.WITH_EXCEPT_START:
		case Op.BEFORE_WITH:
		case Op.BEFORE_ASYNC_WITH:
		case Op.LOAD_ASSERTION_ERROR:
		case Op.IMPORT_FROM:
		case Op.LOAD_BUILD_CLASS:
		case Op.LOAD_LOCALS:
			return 1;
		case Op.STORE_ATTR:
		case Op.DELETE_SUBSCR:
		case Op.MAP_ADD:
		case Op.END_ASYNC_FOR:
			return -2;
		case Op.STORE_SUBSCR:
			return -3;
		case Op.BUILD_SLICE:
		case Op.BUILD_TUPLE:
		case Op.BUILD_LIST:
		case Op.BUILD_STRING:
			return 1 - arg;
		case Op.BUILD_SET:
			return 1 - (arg & (CONST_SET_DISPLAY - 1));
		case Op.BUILD_MAP:
			return 1 - 2 * arg;
		case Op.FORMAT_VALUE:
			return arg & 4 ? -1 : 0;
		case Op.UNPACK_SEQUENCE:
			return arg - 1;
		case Op.UNPACK_EX:
			return (arg & 0xff) + (arg >> 8);
		case Op.MAKE_FUNCTION: {
			let n = 0;
			for (let b = arg; b; b >>= 1) n += b & 1;
			return -n;
		}
		case Op.CALL:
			return -(arg + 1);
		case Op.CALL_KW:
			return -(arg + 2);
		case Op.CALL_FUNCTION_EX:
			return -(2 + (arg & 1));
		case Op.RAISE_VARARGS:
			return -arg;
		default:
			return 0;
	}
}
