// Adds lockfile entries for platform packages our npm registry mirror does not serve.
//
// The mirror used here only carries linux-x64/arm64 (glibc) builds of packages such as
// @rollup/rollup-* and @pagefind/*. `npm install` then writes a lockfile without the other
// platforms' optional packages, and `npm ci` refuses it ("Missing: … from lock file"). This
// script records those packages with their os/cpu/libc, so npm ci accepts the lockfile and
// skips them on this platform. Run it after `npm install` changes the lockfile.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

const OS = {
	darwin: 'darwin',
	win32: 'win32',
	windows: 'win32',
	linux: 'linux',
	android: 'android',
	freebsd: 'freebsd',
	openbsd: 'openbsd',
	openharmony: 'openharmony',
	sunos: 'sunos',
	netbsd: 'netbsd',
	aix: 'aix',
};
const CPU = {
	x64: 'x64',
	arm64: 'arm64',
	arm: 'arm',
	ia32: 'ia32',
	loong64: 'loong64',
	ppc64: 'ppc64',
	riscv64: 'riscv64',
	s390x: 's390x',
	mips64el: 'mips64el',
};

/** Guess os/cpu/libc from a platform package name like rollup-linux-arm-musleabihf. */
function platformOf(name) {
	const parts = name.split('/').pop().split('-');
	const os = parts.map((p) => OS[p]).find(Boolean);
	const cpu = parts.map((p) => CPU[p]).find(Boolean);
	if (!os || !cpu) return null;
	const entry = { os: [os], cpu: [cpu] };
	if (os === 'linux') entry.libc = [parts.some((p) => p.startsWith('musl')) ? 'musl' : 'glibc'];
	return entry;
}

let added = 0;
for (const [path, pkg] of Object.entries(packages)) {
	for (const [dep, spec] of Object.entries(pkg.optionalDependencies ?? {})) {
		const here = `${path ? path + '/' : ''}node_modules/${dep}`;
		if (packages[here] || packages[`node_modules/${dep}`]) continue;
		const platform = platformOf(dep);
		if (!platform || !/^\d+\.\d+\.\d+/.test(spec)) continue;
		packages[`node_modules/${dep}`] = { version: spec, optional: true, ...platform };
		added++;
	}
}
const sorted = Object.fromEntries(
	Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))
);
lock.packages = sorted;
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lockfile: added ${added} platform entries`);
