"""Silent error: a call of the file's function inside `print(...)`: its `return` expression is not
evaluated, so what it raises is lost -- even for a function whose one statement is that `return` (where
the same call as a statement of its own raises since session 35). The callee's other statements run
(`print(record(5))` appends), and `print(int(text))`, `print(ROW[5])` written directly raise as in CPython.

CPython 3.11 (every run): log = ['bad x']
weft (start binary of session 36): "complete", one outcome, len(log) = 0

The same with the call inside an f-string, `str(...)`, `+ 1` or a second argument of `print`, with a
method (`print(P.parse(text))`), as an argument of `logging.info(...)` or `logging.warning(...)`,
and in a thread (checks/c280: CPython ['bad:x', 'ok:1'], weft
['ok:x', 'ok:1']). `log.append(parse(text))` and `v = parse(text)` agree.
"""
log = []
texts = ["1", "x"]


def parse(text):
    return int(text)


for t in texts:
    try:
        print(parse(t))
    except ValueError:
        log.append("bad " + t)
print(log)
