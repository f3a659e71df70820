"""BoundedSemaphore raises ValueError on one release too many."""
import threading

sem = threading.BoundedSemaphore(2)
errors: list[str] = []


def worker() -> None:
    with sem:
        pass
    try:
        sem.release()
    except ValueError as exc:
        errors.append(str(exc))


t = threading.Thread(target=worker)
t.start()
t.join()
print(errors)
