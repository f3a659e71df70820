# REFUSED: a pool job returns a hashlib digest of its text's bytes; weft has no bytes and no hash
# functions, and says so at the call.
import hashlib
from concurrent.futures import ThreadPoolExecutor


def fingerprint(text):
    return hashlib.sha256(text.encode()).hexdigest()[:8]


with ThreadPoolExecutor(max_workers=2) as pool:
    prints = list(pool.map(fingerprint, ["alpha", "beta"]))
print(prints)
