# CPython 3.11: ['even=True', 'set=False', 'empty=True', 'True', 'False', 'True', 'False|  1', 'True-False', 'ready=True True 1', 'has=True', 'True', 'True', 2, 2]
import queue
import threading

done = threading.Event()
q = queue.Queue()
lines = []
ready = False
d = {"a": 1}
lock = threading.Lock()


def is_even(n):
    return n % 2 == 0


def worker():
    global ready
    ready = True
    ok = is_even(4)
    lines.append(f"even={ok}")
    flag = done.is_set()
    lines.append(f"set={flag}")
    empty = q.empty()
    lines.append(f"empty={empty}")
    lines.append(str(ok))
    lines.append(repr(flag))
    lines.append("{}".format(ok))
    lines.append("{!r}|{:>3}".format(flag, ok))
    lines.append("-".join([str(ok), str(flag)]))
    lines.append(f"ready={ready} {ready!r} {ready:d}")
    has = "a" in d
    lines.append(f"has={has}")
    held = lock.acquire(blocking=False)
    lines.append(str(held))
    lines.append(format(has))
    lines.append(True + 1)
    lines.append(ok + 1)


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    print(lines)
