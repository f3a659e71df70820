# LOUD (weft's own error on a program it did not refuse): weft-start: `weft import` fails with "the scenario
# imported from this program does not load: `ops` must be a list of steps, such as `[cpu: 1ms, yield]`;
# found a mapping" (at line 10, the statement after the `return`), "this is weft's own error ... please
# report it". CPython 3.11: log=['ann', 'skip'] on every run.
# The guard clause of a thread's target whose `if` the import decides (the thread's argument is known at
# import time), with a statement after it. Smaller forms, each a thread's target:
#   `if n == 1: log.append(1); return` / `log.append(2)` with args=(1,)  (args=(0,) imports);
#   `log.append(0); return; log.append(2)` (dead code after an unconditional `return`);
#   `try: log.append(1); return` / `finally: log.append(-1)` (no statement after: the `finally` is it);
#   `try: ...; if n == 0: return; ...` / `except KeyError:` gives "`do` must be a text value";
#   a loop over a constant list with `if item == 0: return` inside `with sem:` / `try:` / `finally:`
#   (checks/k19), a nested try/finally, `while True:` around it.
# Not: the same function called from the thread's target, a coroutine, a pool job or a plain call (they
# import and agree); a `return` decided only at run time (a queue's item); `return` inside `with lock:` or
# a `for` at the function's top; `return n * 2` inside a try. With or without `t.join()`.
# The steps after the taken `return` land where a list of steps is expected: the help names the
# imported line `- atomic:  # line 10: log.append(2)`.
# Found by checks/k19, then the generated forms in checks/README.md's "does not load" list.
import threading

log = []


def worker(name):
    if name == "admin":
        log.append("skip")
        return
    log.append(name)


threads = [threading.Thread(target=worker, args=(n,)) for n in ("ann", "admin")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
