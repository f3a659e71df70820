# variant of f04_chained_executors.py: a third edit past the next refusal
from concurrent.futures import ThreadPoolExecutor


def download(name):
    return name * 3


def digest(blob):
    return f"{len(blob):03d}-{blob[:4]}"


names = ["alpha", "beta", "gamma", "delta"]
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="io") as io_pool, \
        ThreadPoolExecutor(max_workers=2, thread_name_prefix="cpu") as cpu_pool:
    blobs = [io_pool.submit(download, n) for n in names]
    digests = [cpu_pool.submit(digest, blobs[i].result()) for i in range(len(names))]
    table = {}
    for i, name in enumerate(names):
        table[name] = digests[i].result()

for name, value in table.items():
    print(f"{name:<6}{value}")
