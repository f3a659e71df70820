# Integer and float arithmetic in threads: floor division and modulo of negatives, divmod, round. No bug.
import threading

values = []
lock = threading.Lock()


def compute(n):
    q, r = divmod(n, 4)
    text = f"{n // 3}|{n % 3}|{q},{r}|{round(n / 4)}|{abs(n) ** 2}|{n / 8:.2f}"
    with lock:
        values.append(text)


threads = [threading.Thread(target=compute, args=(n,)) for n in (-7, 10, -2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(values))
