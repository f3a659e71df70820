"""Writes one program per (early `return` form, caller): a function with a `return` before its end
(session 35's one-pass bodies), whose value and side effects (a lock released, a `finally` run, a loop
left) CPython fixes; two threads call it in turn, the second after the first, so the log is fixed.
Run here: python3 gen.py; python3 cmp.py > ../../results/returns.txt."""
FORMS = {
    "in_with_lock": '''def f(kind):
    with LOCK:
        log.append("in")
        if kind == "early":
            return 1
        log.append("late")
    return 2
''',
    "in_with_rlock_nested": '''def f(kind):
    with RLOCK:
        with RLOCK:
            if kind == "early":
                return 1
        log.append("between")
    return 2
''',
    "in_try_finally": '''def f(kind):
    try:
        if kind == "early":
            return 1
        log.append("body")
    finally:
        log.append("finally")
    return 2
''',
    "in_for": '''def f(kind):
    for i in range(3):
        log.append(i)
        if kind == "early" and i == 1:
            return 10 + i
    return 2
''',
    "in_while": '''def f(kind):
    n = 0
    while True:
        n += 1
        if n == 2 and kind == "early":
            return n
        if n == 3:
            break
    log.append(n)
    return 2
''',
    "in_except": '''def f(kind):
    try:
        if kind == "early":
            raise KeyError("k")
        log.append("ok")
    except KeyError:
        log.append("handler")
        return 1
    return 2
''',
    "in_try_else": '''def f(kind):
    try:
        log.append("try")
    except ValueError:
        return 0
    else:
        if kind == "early":
            return 1
    return 2
''',
    "in_with_condition": '''def f(kind):
    with COND:
        if kind == "early":
            COND.notify_all()
            return 1
        log.append("no notify")
    return 2
''',
    "in_semaphore_loop": '''def f(kind):
    for i in range(2):
        with SEM:
            if kind == "early":
                return 1
            log.append(i)
    return 2
''',
    "nested_call": '''def g(kind):
    if kind == "early":
        return 5
    return 6


def f(kind):
    if g(kind) == 5:
        return 1
    log.append("g was 6")
    return 2
''',
    "return_in_finally_over_raise": '''def f(kind):
    try:
        if kind == "early":
            raise ValueError("v")
        return 3
    finally:
        log.append("finally")
''',
}
TAIL = '''

def caller(kind):
    log.append(("ret", kind, f(kind)))


first = threading.Thread(target=caller, args=("early",))
first.start()
first.join()
second = threading.Thread(target=caller, args=("late",))
second.start()
second.join()
log.append(LOCK.acquire(timeout=0.01))
print(log)
'''
HEAD = '''import threading

LOCK = threading.Lock()
RLOCK = threading.RLock()
COND = threading.Condition()
SEM = threading.Semaphore(1)
log = []


'''
if __name__ == "__main__":
    for name, form in FORMS.items():
        with open(f"r_{name}.py", "w") as out:
            out.write(f'"""An early `return` {name.replace("_", " ")}: its value and side effects."""\n' + HEAD + form + TAIL)
