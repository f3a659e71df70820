"""More ways a boolean becomes text: a function's bool result, Event.is_set(), Queue.empty(), str(name), repr(name)."""
import queue
import threading

done = threading.Event()
q = queue.Queue()
lines = []


def is_even(n):
    return n % 2 == 0


def worker():
    ok = is_even(4)
    lines.append(f"even={ok}")
    flag = done.is_set()
    lines.append(f"set={flag}")
    empty = q.empty()
    lines.append(f"empty={empty}")
    lines.append(str(ok))
    lines.append(repr(flag))
    lines.append("{}".format(ok))
    lines.append("-".join([str(ok), str(flag)]))


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
