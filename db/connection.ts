// Opening the encrypted SQLite file. Order matters: cipher and its parameters first, then the raw
// key, and only then journal_mode (set before the key, the cipher settings are ignored; rekey in WAL mode corrupts).
import Database from 'better-sqlite3';
import { AppError } from '../contract/errors.js';

export type SqliteDatabase = Database.Database;

export interface OpenOptions {
  /** Must exist unless create is true. */
  create?: boolean;
  readonly?: boolean;
  /** Path to a better_sqlite3.node built for Electron's ABI (see README). */
  nativeBinding?: string;
}

/** Applied on every open, before the key: SQLCipher v4 compatible page encryption. */
const CIPHER_PRAGMAS = ["cipher='sqlcipher'", 'legacy=4'];

export function openEncrypted(file: string, key: Uint8Array, options: OpenOptions = {}): SqliteDatabase {
  if (key.length !== 32) throw new Error('database key must be 32 bytes');
  return openWithPragmas(file, key, options);
}

/**
 * The same file settings without a key: a plaintext SQLite file. Only the benchmarks use it,
 * to measure what encryption costs with everything else identical; a workspace never does.
 */
export function openPlaintextForBenchmark(file: string, options: OpenOptions = {}): SqliteDatabase {
  return openWithPragmas(file, null, options);
}

function openWithPragmas(file: string, key: Uint8Array | null, options: OpenOptions): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    db = new Database(file, {
      fileMustExist: !options.create,
      readonly: options.readonly ?? false,
      nativeBinding: options.nativeBinding ?? process.env.CONCERTO_SQLITE_BINDING ?? undefined,
    });
  } catch (error) {
    throw mapSqliteError(error);
  }
  try {
    if (key) {
      for (const pragma of CIPHER_PRAGMAS) db.pragma(pragma);
      db.pragma(`key="x'${Buffer.from(key).toString('hex')}'"`);
    }
    // A wrong key does not fail here; the first read does (SQLITE_NOTADB).
    db.prepare('select count(*) from sqlite_master').get();
    if (!options.readonly) db.pragma('journal_mode = WAL');
    // FULL: a commit reported to the user survives a power cut, not only a crash.
    db.pragma('synchronous = FULL');
    db.pragma('temp_store = MEMORY');
    // Up to 64 MiB of decrypted pages stay cached while the workspace is open. Each page read
    // from the file is decrypted and its HMAC-SHA512 checked (SQLCipher v4), about 3x the cost of
    // a plaintext read; with a cache smaller than the workspace (16 MB by this build's default,
    // 2 MB in plain SQLite) every full scan (audit check, search) pays it again. Measured by
    // `npm run bench` (line scan.cold). The cache grows only as pages are read.
    db.pragma('cache_size = -65536');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('secure_delete = ON');
    return db;
  } catch (error) {
    db.close();
    throw mapSqliteError(error);
  }
}

export function mapSqliteError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new AppError('DATABASE_UNREADABLE', { cause: error });
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new AppError('STORAGE_READONLY', { cause: error });
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return new AppError('STORAGE_FULL', { cause: error });
  return new AppError('INTERNAL', { cause: error });
}
