/*
 * object.ts
 * The object model's base: PyObject, PyType (with C3 MRO and a cached attribute lookup),
 * the singletons None/True/False/NotImplemented/Ellipsis, and the value representation.
 *
 * Representation (chosen for speed in V8):
 *   Python int   -> JS number when a safe integer, JS bigint otherwise (always normalised)
 *   Python str   -> JS string (UTF-16; code-point aware helpers live in lib/strMethods.ts)
 *   everything else -> an instance of a PyObject subclass, whose `cls` is its Python type.
 */

export type PyValue = number | bigint | string | PyObject;

/** Kind of native keyword arguments: insertion-ordered name -> value. */
export type Kwargs = Map<string, PyValue>;

/** A native callable: positional args (self first for methods) and optional keyword args. */
export type NativeFn = (args: PyValue[], kwargs: Kwargs | null) => PyValue;

export class PyObject {
	cls!: PyType;
	/** Instance attribute dictionary (user-class instances); null for plain builtin values. */
	dict!: PyDictLike | null;
	/**
	 * `null`: the subclass sets `dict` and `cls` itself, right after. The hot allocations do
	 * (PyFloat, ...): stores here see every class and are slow where V8 does not inline this
	 * constructor into the subclass's, while a subclass's own stores see one class.
	 */
	constructor(cls: PyType | null) {
		if (cls !== null) {
			this.dict = null;
			this.cls = cls;
		}
	}
}

/**
 * The minimal dictionary interface the type machinery needs. The full dict type lives in
 * dict.ts; declaring the interface here keeps object.ts free of import cycles.
 */
export interface PyDictLike extends PyObject {
	getStr(key: string): PyValue | undefined;
	setStr(key: string, value: PyValue): void;
	deleteStr(key: string): boolean;
	hasStr(key: string): boolean;
	/** The keys in insertion order (a fresh array). */
	keyList(): PyValue[];
}

/** Bumped whenever any type's namespace changes; invalidates every attribute cache. */
let typeEpoch = 0;
export function bumpTypeEpoch(): void {
	typeEpoch++;
}
/** The current type epoch (caches of type lookups are valid while it is unchanged). */
export function typeEpochNow(): number {
	return typeEpoch;
}

/** Allocates a new instance of `cls` (a subclass of the type that owns this allocator). */
export type Allocator = (cls: PyType) => PyObject;

export class PyType extends PyObject {
	name: string;
	qualname: string;
	module: string;
	bases: PyType[];
	mro: PyType[] = [];
	/** The type's namespace; string keys only (as CPython's type dict in practice). */
	ns: Map<string, PyValue>;
	alloc: Allocator | null;
	isBuiltin: boolean;
	/** True when instances carry a __dict__. */
	hasInstanceDict: boolean;
	/** Cache of MRO lookups: name -> value (undefined = absent), valid for cacheEpoch. */
	private cache = new Map<string, PyValue | undefined>();
	private cacheEpoch = -1;
	/** Per-type fast-path flags, recomputed with the cache: does the type define these dunders? */
	doc: string | null = null;
	/** Types whose behaviour depends on __slots__ or abstract methods keep extra data here. */
	extra: Record<string, unknown> | null = null;

	constructor(
		metatype: PyType | null,
		name: string,
		bases: PyType[],
		ns: Map<string, PyValue>,
		opts: { module?: string; alloc?: Allocator | null; builtin?: boolean; qualname?: string } = {}
	) {
		super(null); // see PyObject's constructor
		this.dict = null;
		this.cls = metatype as PyType; // fixed up for `type` itself in bootstrap
		this.name = name;
		this.qualname = opts.qualname ?? name;
		this.module = opts.module ?? 'builtins';
		this.bases = bases;
		this.ns = ns;
		this.isBuiltin = opts.builtin ?? false;
		this.alloc = opts.alloc ?? inheritAlloc(bases);
		this.hasInstanceDict = !this.isBuiltin || bases.some((b) => b.hasInstanceDict);
		this.mro = computeMro(this);
		for (const b of bases) (b.subclassRefs ??= []).push(new WeakRef(this));
	}

	/** Weak references to the direct subclasses (for type.__subclasses__()). */
	subclassRefs: WeakRef<PyType>[] | null = null;

	/** Looks `name` up along the MRO (CPython _PyType_Lookup), with a global-epoch cache. */
	lookup(name: string): PyValue | undefined {
		if (this.cacheEpoch !== typeEpoch) {
			this.cache.clear();
			this.cacheEpoch = typeEpoch;
		}
		const cached = this.cache.get(name);
		if (cached !== undefined || this.cache.has(name)) return cached;
		let found: PyValue | undefined;
		for (const t of this.mro) {
			const v = t.ns.get(name);
			if (v !== undefined) {
				found = v;
				break;
			}
		}
		this.cache.set(name, found);
		return found;
	}

	setAttr(name: string, value: PyValue): void {
		this.ns.set(name, value);
		bumpTypeEpoch();
	}

	deleteAttr(name: string): boolean {
		const had = this.ns.delete(name);
		bumpTypeEpoch();
		return had;
	}

	isSubtypeOf(other: PyType): boolean {
		if (this === other) return true;
		const mro = this.mro;
		for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
		return false;
	}
}

function inheritAlloc(bases: PyType[]): Allocator | null {
	for (const b of bases) if (b.alloc) return b.alloc;
	return null;
}

/** C3 linearisation; throws a JS MroError that the caller turns into TypeError. */
export class MroError extends Error {}

function computeMro(t: PyType): PyType[] {
	if (t.bases.length === 0) return [t];
	if (t.bases.length === 1) return [t, ...t.bases[0].mro];
	const seqs: PyType[][] = t.bases.map((b) => [...b.mro]);
	seqs.push([...t.bases]);
	const result: PyType[] = [t];
	for (;;) {
		const nonEmpty = seqs.filter((s) => s.length > 0);
		if (nonEmpty.length === 0) return result;
		let candidate: PyType | null = null;
		for (const s of nonEmpty) {
			const head = s[0];
			if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
				candidate = head;
				break;
			}
		}
		if (!candidate) {
			const names = t.bases.map((b) => b.name).join(', ');
			throw new MroError(
				`Cannot create a consistent method resolution order (MRO) for bases ${names}`
			);
		}
		result.push(candidate);
		for (const s of nonEmpty) if (s[0] === candidate) s.shift();
	}
}

/** Recomputes the MRO (after __bases__ assignment) — rarely used. */
export function recomputeMro(t: PyType): void {
	t.mro = computeMro(t);
	bumpTypeEpoch();
}

// ---------------------------------------------------------------------------------------------
// Bootstrap: `object` and `type`.

export const objectType: PyType = new PyType(null, 'object', [], new Map(), {
	builtin: true,
	alloc: (cls) => new PyObject(cls),
});
export const typeType: PyType = new PyType(null, 'type', [objectType], new Map(), {
	builtin: true,
});
objectType.cls = typeType;
typeType.cls = typeType;
typeType.hasInstanceDict = true;

/** Creates a builtin type (no instance dict, module "builtins"). */
export function makeBuiltinType(
	name: string,
	base: PyType = objectType,
	alloc: Allocator | null = null,
	module = 'builtins'
): PyType {
	return new PyType(typeType, name, [base], new Map(), { builtin: true, alloc, module });
}

// ---------------------------------------------------------------------------------------------
// Singletons and simple value classes.

export const noneType = makeBuiltinType('NoneType');
export const notImplementedType = makeBuiltinType('NotImplementedType');
export const ellipsisType = makeBuiltinType('ellipsis');

export const None: PyObject = new PyObject(noneType);
export const NotImplemented: PyObject = new PyObject(notImplementedType);
export const Ellipsis: PyObject = new PyObject(ellipsisType);

export const intType = makeBuiltinType('int');
export const boolType = makeBuiltinType('bool', intType);
export const floatType = makeBuiltinType('float');
export const strType = makeBuiltinType('str');

export class PyBool extends PyObject {
	constructor(readonly value: 0 | 1) {
		super(boolType);
	}
}
export const True = new PyBool(1);
export const False = new PyBool(0);

/** Python bool from a JS boolean. */
export function pyBool(b: boolean): PyBool {
	return b ? True : False;
}

/** A Python float. */
export interface PyFloat extends PyObject {
	readonly value: number;
}
interface PyFloatConstructor {
	new (value: number): PyFloat;
	readonly prototype: PyFloat;
}
/**
 * A constructor function, not a class: `new PyFloat(x)` is then one allocation V8 inlines
 * anywhere, where a subclass of PyObject goes through a construct stub and PyObject's constructor
 * whenever the code allocating it is too large to inline both (compiled Python, the frame loop).
 */
export const PyFloat = function PyFloat(this: { dict: null; cls: PyType; value: number }, value: number) {
	this.dict = null;
	this.cls = floatType;
	this.value = value;
} as unknown as PyFloatConstructor;
Object.setPrototypeOf(PyFloat.prototype, PyObject.prototype);

/** Instance of a user subclass of int/float/str: the builtin value plus a __dict__. */
export class PyBoxed extends PyObject {
	constructor(
		cls: PyType,
		public value: PyValue
	) {
		super(cls);
	}
}

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
	switch (typeof v) {
		case 'number':
		case 'bigint':
			return intType;
		case 'string':
			return strType;
		default:
			return v.cls;
	}
}

/** isinstance(v, t) without __instancecheck__ hooks. */
export function isInstance(v: PyValue, t: PyType): boolean {
	return typeOf(v).isSubtypeOf(t);
}

export function isInt(v: PyValue): v is number | bigint {
	return typeof v === 'number' || typeof v === 'bigint';
}
