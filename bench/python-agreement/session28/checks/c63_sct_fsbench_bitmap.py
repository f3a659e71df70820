# BUG: fsbench-like: each thread marks its block in a shared bitmap word under a lock chosen by block, not by word
import threading

BLOCKS = 4
bitmap = [0]  # one word holds every block's bit
block_locks = [threading.Lock() for _ in range(BLOCKS)]


def allocate(block: int) -> None:
    with block_locks[block]:  # the wrong granularity: the word is shared
        word = bitmap[0]
        word |= 1 << block
        bitmap[0] = word


threads = [threading.Thread(target=allocate, args=(b,)) for b in range(BLOCKS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"bitmap={bitmap[0]:04b}")
assert bitmap[0] == 0b1111
