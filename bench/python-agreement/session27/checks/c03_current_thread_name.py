"""Default thread names (3.10+: 'Thread-N (target)') read in the workers."""
import threading

names: list[str] = []
lock = threading.Lock()


def worker() -> None:
    with lock:
        names.append(threading.current_thread().name)


def other() -> None:
    with lock:
        names.append(threading.current_thread().name)


threads = [threading.Thread(target=worker), threading.Thread(target=other), threading.Thread(target=worker, name="custom")]
for t in threads:
    t.start()
for t in threads:
    t.join()
main_name = threading.current_thread().name
print(sorted(names), main_name)
