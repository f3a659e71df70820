# A checksum batch on a ThreadPoolExecutor: wait(FIRST_EXCEPTION) stops at the first corrupt block, then the
# remaining futures are cancelled or drained.
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION

blocks = {"a": [1, 2, 3], "b": [4, 5], "c": [-1], "d": [6]}
checksums = {}
failures = 0
cancelled = 0


class CorruptBlock(Exception):
    pass


def checksum(name):
    data = blocks[name]
    if any(x < 0 for x in data):
        raise CorruptBlock(name)
    return sum(x * (i + 1) for i, x in enumerate(data)) % 251


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = {pool.submit(checksum, name): name for name in blocks}
    done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
    for future in not_done:
        if future.cancel():
            cancelled += 1
for future, name in futures.items():
    if future.cancelled():
        continue
    try:
        checksums[name] = future.result()
    except CorruptBlock:
        failures += 1

print("checksums", checksums, "failures", failures, "cancelled", cancelled)
