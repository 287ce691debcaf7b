/**
 * The architecture of DESIGN.md as rules, checked over a source tree with the TypeScript compiler
 * API (not regexes), so every import form is seen: static, side-effect, `export … from`,
 * `import type`, `import x = require()`, `require()`, `import()` and `typeof import()` types.
 *
 * `checkArchitecture(srcRoot, runtimeDependencies)` returns one Violation per breach, with the file
 * (relative to srcRoot), the 1-based line and the rule. It reads files and nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export type Rule =
  | 'unknown-folder' // a file outside the folders below
  | 'folder-import' // a folder imports one of ours it may not (type-only imports included, see TYPE_ONLY_EXTRA)
  | 'import-through-index' // another folder is reached past its index.ts (reported, not enforced: see REPORTED_ONLY)
  | 'core-builtin' // the core imports a node built-in
  | 'core-package' // the core imports an npm package not on CORE_PACKAGES
  | 'package-home' // a package is imported outside the folder that owns it (PACKAGE_HOMES)
  | 'not-a-dependency' // src imports a devDependency or an undeclared package (absent from a production install)
  | 'dynamic-specifier' // import()/require() of a computed name, which no rule can check
  | 'core-process' // the core reads `process`
  | 'core-clock' // the core reads the clock: Date.now(), new Date() or Date() without arguments, performance
  | 'core-random' // the core draws randomness: Math.random, crypto
  | 'core-global'; // the core reaches the host: fetch, timers, globalThis, require, import.meta, …

export interface Violation {
  file: string;
  line: number;
  rule: Rule;
  message: string;
}

/** Rules that are measured and printed but do not fail the build. */
export const REPORTED_ONLY: ReadonlySet<Rule> = new Set(['import-through-index']);

type Folder = 'domain' | 'names' | 'analysis' | 'ingest' | 'export' | 'app' | 'store' | 'server' | 'cli' | 'names-worker';

/** Which of our folders each folder may import (itself always). Data flows file → ingest → app → store; server/CLI → app. */
export const FOLDER_IMPORTS: Record<Folder, readonly Folder[]> = {
  domain: [],
  names: ['domain'],
  analysis: ['domain'],
  ingest: ['domain', 'names'],
  export: ['domain', 'names'],
  app: ['domain', 'names', 'analysis', 'ingest', 'export', 'store', 'names-worker'],
  store: ['domain'],
  server: ['app', 'domain', 'names', 'analysis', 'export', 'names-worker'],
  // `leverage serve` starts the server; the process that owns a worker pool creates it.
  cli: ['app', 'domain', 'names', 'analysis', 'export', 'server', 'names-worker'],
  'names-worker': ['domain', 'names'],
};

/**
 * What `import type` (and `typeof import()`) may reach beyond FOLDER_IMPORTS. One exception: store
 * writes what the parsers and the matcher produce, so it may name those record shapes (ParsedRecord,
 * ListEvent, ScreeningEntry); a value import from ingest or names stays a violation. Server and CLI
 * get no exception: the store handle's type reaches them re-exported by app.
 */
export const TYPE_ONLY_EXTRA: Partial<Record<Folder, readonly Folder[]>> = { store: ['ingest', 'names'] };

const CORE: ReadonlySet<Folder> = new Set(['domain', 'names', 'analysis']);

/** npm packages the core may use: pure computation, no I/O, no clock or randomness of their own. */
export const CORE_PACKAGES: ReadonlySet<string> = new Set(['zod', 'pure-rand']);

/** Packages that belong to one part of the shell; any other folder importing them breaks the layering. */
export const PACKAGE_HOMES: Readonly<Record<string, readonly Folder[]>> = {
  '@electric-sql/pglite': ['store'],
  postgres: ['store'],
  fastify: ['server'],
  '@fastify/static': ['server'],
  '@fastify/swagger': ['server'],
  '@fastify/swagger-ui': ['server'],
  vite: ['server'],
  commander: ['cli'],
  'cli-progress': ['cli'],
  'csv-parse': ['ingest'],
  saxes: ['ingest'],
  'iconv-lite': ['ingest'],
  'jsonc-parser': ['ingest'],
  '@alephdata/followthemoney': ['export'],
};

/** Globals the core may not name at all (resolved through the type checker, so a local of the same name is fine). */
const CORE_GLOBALS: Readonly<Record<string, Rule>> = {
  process: 'core-process',
  performance: 'core-clock',
  crypto: 'core-random',
  fetch: 'core-global',
  setTimeout: 'core-global',
  setInterval: 'core-global',
  setImmediate: 'core-global',
  clearTimeout: 'core-global',
  clearInterval: 'core-global',
  clearImmediate: 'core-global',
  queueMicrotask: 'core-global',
  globalThis: 'core-global',
  global: 'core-global',
  require: 'core-global',
  module: 'core-global',
  __dirname: 'core-global',
  __filename: 'core-global',
  Buffer: 'core-global',
  XMLHttpRequest: 'core-global',
  WebSocket: 'core-global',
  window: 'core-global',
  document: 'core-global',
  navigator: 'core-global',
  localStorage: 'core-global',
  console: 'core-global',
};

interface ImportSite {
  spec: string | undefined; // undefined: computed specifier
  node: ts.Node;
  typeOnly: boolean;
  form: string;
}

/** Every import form in a file. */
function importsOf(sf: ts.SourceFile): ImportSite[] {
  const sites: ImportSite[] = [];
  const literal = (e: ts.Node | undefined): string | undefined => (e && ts.isStringLiteralLike(e) ? e.text : undefined);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allNamedTypes =
        !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && !clause.name && bindings.elements.every((e) => e.isTypeOnly);
      const form = clause ? 'import' : 'side-effect import';
      sites.push({ spec: literal(node.moduleSpecifier), node, typeOnly: !!clause && (clause.isTypeOnly || allNamedTypes), form });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const clause = node.exportClause;
      const allNamedTypes = !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
      sites.push({ spec: literal(node.moduleSpecifier), node, typeOnly: node.isTypeOnly || allNamedTypes, form: 'export from' });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      sites.push({ spec: literal(node.moduleReference.expression), node, typeOnly: node.isTypeOnly, form: 'import = require' });
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      sites.push({ spec: ts.isLiteralTypeNode(arg) ? literal(arg.literal) : undefined, node, typeOnly: true, form: 'import() type' });
    } else if (ts.isCallExpression(node)) {
      const dynamic = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const required = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (dynamic || required) sites.push({ spec: literal(node.arguments[0]), node, typeOnly: false, form: dynamic ? 'import()' : 'require()' });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return sites;
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const posix = (p: string): string => p.split(sep).join('/');

function listTs(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(root, f))
    .sort();
}

const OPTIONS: ts.CompilerOptions = {
  noResolve: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  types: ['node'],
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  allowImportingTsExtensions: true,
};
/** The host's declaration files (lib, @types/node) parsed once and shared by every check. */
const host = ts.createCompilerHost(OPTIONS);
const declarations = new Map<string, ts.SourceFile | undefined>();
const parse = host.getSourceFile.bind(host);
host.getSourceFile = (name, version, onError, fresh) => {
  if (!name.endsWith('.d.ts')) return parse(name, version, onError, fresh);
  if (!declarations.has(name)) declarations.set(name, parse(name, version, onError, fresh));
  return declarations.get(name);
};

export function checkArchitecture(srcRoot: string, runtimeDependencies: readonly string[]): Violation[] {
  const root = resolve(srcRoot);
  const files = listTs(root);
  const deps = new Set(runtimeDependencies);
  const out: Violation[] = [];
  // One program without module resolution: it parses our files plus lib and @types/node, so the
  // checker can tell a global `process` from a local one; nothing of ours is type-checked.
  const program = ts.createProgram(files, OPTIONS, host);
  const checker = program.getTypeChecker();
  const isHostDeclaration = (d: ts.Declaration): boolean => {
    const f = d.getSourceFile();
    return program.isSourceFileDefaultLibrary(f) || f.fileName.includes('/node_modules/');
  };
  /** True when the identifier names a global of the host, not one of ours. */
  const isGlobal = (id: ts.Identifier): boolean => {
    const symbol = checker.getSymbolAtLocation(id);
    const decls = symbol?.declarations ?? [];
    return decls.length === 0 || decls.every(isHostDeclaration);
  };

  for (const path of files) {
    const file = posix(relative(root, path));
    const folder = file.includes('/') ? file.split('/')[0]! : '';
    const sf = program.getSourceFile(path)!;
    const add = (node: ts.Node, rule: Rule, message: string): void => {
      out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, rule, message: `${file}: ${message}` });
    };
    if (!(folder in FOLDER_IMPORTS)) {
      add(sf, 'unknown-folder', `src/${folder || file} is not a folder of DESIGN.md's Architecture (add it to FOLDER_IMPORTS with its rules)`);
      continue;
    }
    const own = folder as Folder;
    const core = CORE.has(own);

    for (const site of importsOf(sf)) {
      const { spec, node, typeOnly, form } = site;
      if (spec === undefined) {
        add(node, 'dynamic-specifier', `${form} with a computed module name: write the name as a string literal`);
        continue;
      }
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const target = posix(relative(root, resolve(dirname(path), spec)));
        const targetFolder = target.split('/')[0]!;
        if (target.startsWith('..')) {
          add(node, 'folder-import', `${form} '${spec}' reaches outside src/`);
          continue;
        }
        if (targetFolder === own) continue;
        const allowed = FOLDER_IMPORTS[own].includes(targetFolder as Folder) || (typeOnly && (TYPE_ONLY_EXTRA[own] ?? []).includes(targetFolder as Folder));
        if (!allowed) {
          const may = FOLDER_IMPORTS[own].length ? FOLDER_IMPORTS[own].join(', ') : 'nothing of ours';
          add(node, 'folder-import', `${typeOnly ? 'type-only ' : ''}${form} '${spec}': src/${own} may import ${may}, not src/${targetFolder}`);
          continue;
        }
        const depth = target.split('/').length;
        if (!target.endsWith('/index.ts') || depth > 3) {
          add(node, 'import-through-index', `${form} '${spec}' reaches into src/${targetFolder} past its index.ts`);
        }
        continue;
      }
      if (isBuiltin(spec)) {
        if (core) add(node, 'core-builtin', `${form} '${spec}': the core (src/${own}) uses no node built-in`);
        continue;
      }
      const name = packageName(spec);
      if (!deps.has(name)) {
        add(node, 'not-a-dependency', `${form} '${spec}': ${name} is not in package.json "dependencies", so a production install lacks it`);
        continue;
      }
      if (core) {
        if (!CORE_PACKAGES.has(name)) add(node, 'core-package', `${form} '${spec}': the core may use only ${[...CORE_PACKAGES].join(', ')}`);
        continue;
      }
      const homes = PACKAGE_HOMES[name];
      if (homes && !homes.includes(own)) add(node, 'package-home', `${form} '${spec}': ${name} belongs to src/${homes.join(', src/')}, not src/${own}`);
    }

    if (!core) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) {
        add(node, 'core-global', 'import.meta: the core does not know where its files are');
      } else if (ts.isIdentifier(node) && isReference(node)) {
        const rule = Object.hasOwn(CORE_GLOBALS, node.text) ? CORE_GLOBALS[node.text] : undefined;
        if (rule && isGlobal(node)) {
          add(node, rule, `${node.text}: the core takes what it needs from the host through parameters`);
        } else if ((node.text === 'Date' || node.text === 'Math') && isGlobal(node)) {
          const parent = node.parent;
          const member = ts.isPropertyAccessExpression(parent) && parent.expression === node ? parent.name.text : undefined;
          if (node.text === 'Math' && member === 'random') add(parent, 'core-random', 'Math.random: take a seeded generator as a parameter');
          if (node.text === 'Date' && member === 'now') add(parent, 'core-clock', 'Date.now: take the time as a parameter');
          const call = (ts.isNewExpression(parent) || ts.isCallExpression(parent)) && parent.expression === node ? parent : undefined;
          if (call && !(call.arguments?.length ?? 0))
            add(call, 'core-clock', `${ts.isNewExpression(call) ? 'new Date()' : 'Date()'} reads the clock: take the time as a parameter`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** An identifier that refers to a binding (not a property name, a declared name or a label). */
function isReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) && (p as ts.PropertyAccessExpression).name === id) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p)) && p.name === id) return false;
  if ((ts.isMethodSignature(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p) || ts.isEnumMember(p)) && p.name === id) return false;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isClassDeclaration(p)) && p.name === id) return false;
  if ((ts.isInterfaceDeclaration(p) || ts.isTypeAliasDeclaration(p) || ts.isBindingElement(p)) && p.name === id) return false;
  if (ts.isBindingElement(p) && p.propertyName === id) return false;
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p)) return false;
  if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) return false;
  if (ts.isTypeReferenceNode(p)) return false; // a type named like a global costs nothing at run time
  return true;
}

/** The checker on the project's own tree, with the runtime dependencies from its package.json. */
export function checkProject(projectRoot: string): Violation[] {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return checkArchitecture(join(projectRoot, 'src'), Object.keys(pkg.dependencies ?? {}));
}
