# Two threads remove the same item; the loser's ValueError is caught, so exactly one removal
# counts and the other is a miss.
# CPython 3.11.7, 10 runs: removed=1 missed=1, pending ["a", "c"], every time; weft: that one outcome, complete.
import threading

pending = ["a", "b", "c"]
removed = 0
missed = 0


def worker():
    global removed, missed
    try:
        pending.remove("b")
        removed += 1
    except ValueError:
        missed += 1


if __name__ == "__main__":
    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert pending == ["a", "c"]
    print(removed, missed)
