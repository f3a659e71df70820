# weft-start: `weft import` fails with weft's own error: "the scenario imported from this program does not
# load: `ops` must be a list of steps, such as `[cpu: 1ms, yield]`; found a mapping" (line 16), "this is
# weft's own error ... please report it". CPython 3.11: handled=[-1] on every run.
# A `return` inside a `try:` with a `finally:` whose `if` the import decides (the argument is known at
# import time: a thread's argument, an unrolled loop's item) and a statement after it. The same with
# args=(1,) imports and agrees. Found by checks/k19 (a loop over [1, 0, 2] inside `with sem:`).
# Simplest: `try: return` / `finally: log.append(-1)` in a thread's function (an unconditional bare
# `return`), also inside a `for`; `try: log.append(1); if n == 0: return; log.append(2)` / `except
# KeyError:` gives "`do` must be a text value"; a nested try/finally and `while True:` around it too.
# Not: a `return` decided only at run time (a queue's item), `return n * 2` (a value), `return` in the
# `finally`, `return` in `with lock:`. Only in the function a `threading.Thread` runs as its target
# (the same function called from that target, a coroutine, a pool job or a plain call import and agree);
# with or without `t.join()`.
import threading

handled = []


def worker(n):
    try:
        if n == 0:
            return
        handled.append(n)
    finally:
        handled.append(-1)


t = threading.Thread(target=worker, args=(0,))
t.start()
t.join()
print(handled)
