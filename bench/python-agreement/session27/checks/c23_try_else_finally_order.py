"""try/except/else/finally order inside worker threads, one raising and one not."""
import threading

trace: list[str] = []
lock = threading.Lock()


def step(name: str, fail: bool) -> None:
    try:
        if fail:
            raise ValueError(name)
        with lock:
            trace.append(f"{name}:body")
    except ValueError:
        with lock:
            trace.append(f"{name}:except")
    else:
        with lock:
            trace.append(f"{name}:else")
    finally:
        with lock:
            trace.append(f"{name}:finally")


t1 = threading.Thread(target=step, args=("a", False))
t1.start()
t1.join()
t2 = threading.Thread(target=step, args=("b", True))
t2.start()
t2.join()
print(trace)
