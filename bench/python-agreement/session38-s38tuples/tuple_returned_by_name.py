# A pool job binds a tuple (holding a tuple it was given) to a name and returns it; the caller unpacks
# it (session33/f01's form). Refused at the start of session 38 as "a list or a tuple"; the tuple is
# the scenario's tuple now.
import threading
from concurrent.futures import ThreadPoolExecutor

sizes = {"cat": (800, 600), "logo": (120, 40)}
done = {"count": 0}
lock = threading.Lock()


def check(name, size):
    width, height = size
    if width <= 400:
        result = (name, size, 0)
    else:
        result = (name, (400, height // 2), 1)
    with lock:
        done["count"] += 1
    return result


small = []
large = {}
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(check, name, size) for name, size in sizes.items()]
    for future in futures:
        name, new_size, changed = future.result()
        if changed:
            large[name] = new_size
        else:
            small.append(name)
print(done["count"], sorted(large.items()), small)
