import queue
import threading

MAX_ATTEMPTS = 3
stack: "queue.LifoQueue[tuple[str, int]]" = queue.LifoQueue()
attempts: dict[str, int] = {}
succeeded: list[str] = []
failed: list[str] = []
lock = threading.Lock()
FLAKY = {"b": 1, "c": 5}


def try_job(name: str, attempt: int) -> bool:
    return attempt > FLAKY.get(name, 0)


def worker() -> None:
    while True:
        try:
            name, attempt = stack.get(timeout=0.1)
        except queue.Empty:
            return
        with lock:
            attempts[name] = attempts.get(name, 0) + 1
        if try_job(name, attempt):
            with lock:
                succeeded.append(name)
        elif attempt + 1 < MAX_ATTEMPTS:
            stack.put((name, attempt + 1))
        else:
            with lock:
                failed.append(name)


for job in ["a", "b", "c"]:
    stack.put((job, 0))
pool = [threading.Thread(target=worker) for _ in range(2)]
for t in pool:
    t.start()
for t in pool:
    t.join()
a_attempts, b_attempts, c_attempts = attempts["a"], attempts["b"], attempts["c"]
print(f"ok={sorted(succeeded)} failed={failed} attempts={a_attempts},{b_attempts},{c_attempts}")
assert sorted(succeeded) == ["a", "b"] and failed == ["c"]
