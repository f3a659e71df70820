import hashlib
from concurrent.futures import ThreadPoolExecutor


def download(name):
    return (name * 3).encode()


def digest(blob):
    return hashlib.sha256(blob).hexdigest()[:8]


names = ["alpha", "beta", "gamma", "delta"]
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="io") as io_pool, \
        ThreadPoolExecutor(max_workers=2, thread_name_prefix="cpu") as cpu_pool:
    blobs = [io_pool.submit(download, n) for n in names]
    digests = [cpu_pool.submit(digest, b.result()) for b in blobs]
    table = dict(zip(names, (d.result() for d in digests)))

for name, value in table.items():
    print(f"{name:<6}{value}")
