"""A function called as a statement whose `return` is not its last statement: Python still evaluates
the returned value, and what it raises is raised at the call (session36/repro r02, r08). Each helper
returns from inside an `if`, a `try` or a `for`, and each call drops the value.
CPython 3.11: log = ['if x', 'try x', 'for x', 'else x']"""
log = []
handled = []


def check_if(text):
    if text:
        return int(text)
    return 0


def check_try(text):
    try:
        return int(text)
    except ValueError:
        handled.append(text)
        raise


def check_for(texts):
    for text in texts:
        if text == "x":
            return float(text) * 2
    return None


def check_else(text):
    if not text:
        return 0
    else:
        return "ab".index(text)


for name, call in (("if", lambda: check_if("x")), ("try", lambda: check_try("x"))):
    try:
        call()
    except ValueError:
        log.append(name + " x")
try:
    check_for(["1", "x"])
except ValueError:
    log.append("for x")
try:
    check_else("x")
except ValueError:
    log.append("else x")
check_if("7")
print(log, handled)
