from concurrent.futures import ThreadPoolExecutor, as_completed
import threading
total = 0
lock = threading.Lock()
def task(n):
    global total
    with lock:
        total += n
    if n % 3 == 0:
        raise RuntimeError(n)
    return n * n
errors = []
squares = []
with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(task, n) for n in range(1, 7)]
    for f in as_completed(futs):
        try:
            squares.append(f.result())
        except RuntimeError as e:
            errors.append(e.args[0])
print(total, sorted(squares), sorted(errors))
