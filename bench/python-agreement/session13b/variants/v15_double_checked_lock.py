# Variant of p15 with an int instance; expected: double-checked lazy init re-checks under the lock, so created == 1 always (no bug).
import threading

_instance = None
created = 0
_lock = threading.Lock()


def get_instance():
    global _instance, created
    if _instance is None:
        with _lock:
            if _instance is None:
                created += 1
                _instance = 1
    return _instance


def main():
    threads = [threading.Thread(target=get_instance) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"created {created} instance(s)")


if __name__ == "__main__":
    main()
