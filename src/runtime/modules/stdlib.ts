/*
 * stdlib.ts
 * Registers every native standard-library module by importing it (each module file calls
 * registerModule at load time).
 */

import './sys';
import './time';
