# A job scheduler: workers take jobs from a shared list, retry failures up to MAX_TRIES, results go in a dict
import threading

MAX_TRIES = 3

jobs = [("resize", 2), ("encode", 3), ("upload", 1), ("notify", 0)]
pending = [("resize", 2), ("encode", 3), ("upload", 1), ("notify", 0)]
attempts = {name: 0 for name, _ in jobs}
results = {}
failed = []
lock = threading.Lock()


class TransientError(Exception):
    pass


def run_job(name, flaky_until):
    # the job fails on its first `flaky_until` attempts
    attempts[name] += 1
    if attempts[name] <= flaky_until:
        raise TransientError(name)
    return len(name) * 10


def worker(wid):
    while True:
        name = ""
        flaky = 0
        with lock:
            if not pending:
                return
            name = pending[0][0]
            flaky = pending[0][1]
            del pending[0]
        try:
            value = run_job(name, flaky)
        except TransientError:
            with lock:
                if attempts[name] < MAX_TRIES:
                    pending.append((name, flaky))
                else:
                    failed.append(name)
            continue
        with lock:
            results[name] = (value, wid)


workers = [threading.Thread(target=worker, args=(w,)) for w in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()

values = {name: value for name, (value, _) in results.items()}
print("values:", dict(sorted(values.items())))
print("attempts:", attempts)
print("failed:", failed)
