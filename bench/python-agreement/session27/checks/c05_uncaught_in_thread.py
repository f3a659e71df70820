"""An exception nobody catches in a worker thread kills that thread only; main goes on."""
import threading

done: list[int] = []


def worker(n: int) -> None:
    if n == 2:
        raise RuntimeError("boom")
    done.append(n)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(done)
print(sorted(done))
