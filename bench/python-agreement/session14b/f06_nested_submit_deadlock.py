# Known bug: with max_workers=1 a task submits a subtask to its own executor and waits for it: deadlock; result(timeout=0.1) reports it (deadlocked == 1).
import concurrent.futures

deadlocked = 0
executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)


def child():
    return 7


def parent():
    global deadlocked
    inner = executor.submit(child)
    try:
        return inner.result(timeout=0.1)
    except concurrent.futures.TimeoutError:
        deadlocked = 1
        return -1


answer = executor.submit(parent).result()
executor.shutdown(wait=True)
print("answer", answer, "deadlocked", deadlocked)
