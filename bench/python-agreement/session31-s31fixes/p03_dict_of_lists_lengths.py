# Workers file their items under their name in a dict of lists; main sums the lengths three ways.
import threading

filed = {}
lock = threading.Lock()


def worker(name, items):
    for n in items:
        with lock:
            filed.setdefault(name, []).append(n)


threads = [threading.Thread(target=worker, args=("a", [1, 2, 3])), threading.Thread(target=worker, args=("b", [4]))]
for t in threads:
    t.start()
for t in threads:
    t.join()
both = len(filed["a"]) + len(filed["b"])
by_sum = sum(len(v) for v in filed.values())
walked = 0
for name, got in filed.items():
    walked += len(got)
print(both, by_sum, walked)
