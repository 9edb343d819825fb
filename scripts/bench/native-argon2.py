# Reference only, outside the app: the same crypto_pwhash (Argon2id) in the system's native
# libsodium, called through ctypes, to separate the cost of WebAssembly from the cost of the
# parameters. Prints one JSON line; exits 2 when no native libsodium is installed.
import ctypes, ctypes.util, json, sys, time

name = ctypes.util.find_library('sodium') or 'libsodium.so.23'
try:
    s = ctypes.CDLL(name)
except OSError:
    sys.exit(2)
if s.sodium_init() < 0:
    sys.exit(2)
s.sodium_version_string.restype = ctypes.c_char_p
s.crypto_pwhash.argtypes = [ctypes.c_char_p, ctypes.c_ulonglong, ctypes.c_char_p, ctypes.c_ulonglong, ctypes.c_char_p, ctypes.c_ulonglong, ctypes.c_size_t, ctypes.c_int]
alg = s.crypto_pwhash_alg_argon2id13()
out = ctypes.create_string_buffer(32)
password = b'banc-essai-concerto'
salt = b'\0' * 16
runs = []
for spec in sys.argv[1:]:
    ops, mib = (int(x) for x in spec.split(':'))
    t0 = time.perf_counter()
    if s.crypto_pwhash(out, 32, password, len(password), salt, ops, mib * 2**20, alg) != 0:
        sys.exit(1)
    runs.append({'ops': ops, 'mib': mib, 'ms': (time.perf_counter() - t0) * 1000})
print(json.dumps({'library': name, 'version': s.sodium_version_string().decode(), 'runs': runs}))
