import threading

errors = []


class Timeout(Exception):
    pass


def call(n):
    try:
        if n == 1:
            raise Timeout()
        if n == 2:
            raise ValueError("bad value")
    except Exception as e:
        errors.append(f"{type(e).__name__}: {e}")


threads = [threading.Thread(target=call, args=(n,)) for n in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(errors)
print(sorted(errors))
