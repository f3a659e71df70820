# Check: nested functions, closures over a loop variable, default arguments (mutable default shared). Bug: none (the shared default is deliberate).
import threading

results = []
lock = threading.Lock()


def make_adder(k):
    def add(x, extra=1):
        return x + k + extra
    return add


def collect(x, bag=[]):
    bag.append(x)
    return len(bag)


def worker(n):
    f = make_adder(n * 10)
    v = f(n) + f(n, extra=0)
    with lock:
        results.append(v)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
collect(1)
bag_len = collect(2)
results.sort()
print(f"results={results} bag_len={bag_len}")
