"""Writes random threaded programs: 2-3 threads, each a few steps among `time.sleep(0)`, a short sleep,
a lock's `with` around a read-modify-write across a sleep, an unguarded read-modify-write, a queue put
or get (balanced by main), an Event set or wait, a semaphore's `with`. CPython's log varies from run to
run: every log CPython gives (30 runs) must be among weft's outcomes.
Run here: python3 gen.py; python3 cmp.py > ../../results/threads.txt; `python3 gen.py looped` writes\ng00-g19, each body run twice in a loop (results/threads_looped.txt)."""
import random

HEAD = '''import queue
import threading
import time

log = []
counter = [0]
lock = threading.Lock()
sem = threading.Semaphore(1)
q = queue.Queue()
ev = threading.Event()

'''


def body(rng, name, gets, sets, waits):
    lines = []
    for step in range(rng.randint(2, 3)):
        label = f"{name}{step}"
        kind = rng.choice(["yield", "sleep", "locked_rmw", "rmw", "put", "get", "set", "wait", "sem"])
        if kind == "yield":
            lines.append(f'    log.append("{label}")\n    time.sleep(0)')
        elif kind == "sleep":
            lines.append(f'    time.sleep(0.00{rng.randint(1, 3)})\n    log.append("{label}")')
        elif kind == "locked_rmw":
            lines.append(f'    with lock:\n        seen = counter[0]\n        time.sleep(0)\n        counter[0] = seen + 1\n        log.append("{label}=" + str(counter[0]))')
        elif kind == "rmw":
            lines.append(f'    seen = counter[0]\n    time.sleep(0)\n    counter[0] = seen + 1\n    log.append("{label}=" + str(counter[0]))')
        elif kind == "put":
            lines.append(f'    q.put("{label}")')
        elif kind == "get":
            gets.append(label)
            lines.append(f'    log.append("{label}<" + q.get())')
        elif kind == "set":
            sets.append(label)
            lines.append(f'    ev.set()\n    log.append("{label}*")')
        elif kind == "wait":
            waits.append(label)
            lines.append(f'    ev.wait()\n    log.append("{label}~")')
        else:
            lines.append(f'    with sem:\n        log.append("{label}+")\n        time.sleep(0)')
    if LOOPED:
        inner = "\n".join("    " + line for line in "\n".join(lines).split("\n"))
        return f"def {name}():\n    for i in range(2):\n" + inner + "\n"
    return f"def {name}():\n" + "\n".join(lines) + "\n"


def program(rng):
    names = ["a", "b", "c"][: rng.randint(2, 3)]
    gets, sets, waits = [], [], []
    bodies = [body(rng, n, gets, sets, waits) for n in names]
    main = f"threads = [{', '.join(f'threading.Thread(target={n})' for n in names)}]\nfor t in threads:\n    t.start()\n"
    main += "".join(f'q.put("main{i}")\n' for i in range(len(gets) * (2 if LOOPED else 1)))
    if waits:
        main += "ev.set()\n"
    main += "for t in threads:\n    t.join()\nlog.append(counter[0])\nprint(log)\n"
    return HEAD + "\n\n".join(bodies) + "\n\n" + main


import sys
LOOPED = len(sys.argv) > 1 and sys.argv[1] == "looped"
if __name__ == "__main__":
    rng = random.Random(3638 if LOOPED else 3637)
    for n in range(20 if LOOPED else 30):
        with open(f"{'g' if LOOPED else 'h'}{n:02d}.py", "w") as out:
            out.write(f'"""Random threaded program (seed 3637, number {n})."""\n' + program(rng))
