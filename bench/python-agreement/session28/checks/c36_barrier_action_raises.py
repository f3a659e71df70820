import threading

broken = 0
passed = 0
lock = threading.Lock()


def bad_action() -> None:
    raise RuntimeError("action failed")


barrier = threading.Barrier(2, action=bad_action)


def party() -> None:
    global broken, passed
    try:
        barrier.wait()
        with lock:
            passed += 1
    except (threading.BrokenBarrierError, RuntimeError):
        with lock:
            broken += 1


threads = [threading.Thread(target=party) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(broken, passed)
assert broken == 2 and passed == 0
