"""A function called as a statement (its value dropped) whose `return int(text)` raises ValueError.
CPython 3.11: `['caught', 'no error']` in every run (the `return` expression is evaluated and raises).
weft (start binary): explore "complete", one outcome `log = ['no error', 'no error']`: the call's
dropped value is not computed, and its exception is lost with it. The same for `float("x")`,
`abs("x")`, `round("x")`, `"abc".index("z")`; `ROW[5]`, `NONES[0] + 1` and a missing dict key are
raised as in CPython, and so is `int("x")` as a statement or assignment of its own. Found through
checks/matrix/p_int_text__process_exitcode.py (a child process whose target calls `job(kind)`: weft exit
code 0, CPython 1). The same for a coroutine: `await parse(text)` as a statement of `return int(text)`
(weft `['ok', 'ok']`, CPython `['ok', 'caught']`). A method (`parser.parse(text)` of
`return float(text)`) loses it too. A thread target returning it, and
`list(pool.map(parse, ...))`, agree."""
import threading

log = []


def parse(text):
    return int(text)


def worker(text):
    try:
        parse(text)
        log.append("no error")
    except ValueError:
        log.append("caught")


threads = [threading.Thread(target=worker, args=(t,)) for t in ("42", "forty-two")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
