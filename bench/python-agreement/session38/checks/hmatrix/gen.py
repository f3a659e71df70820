"""Built-in exception hierarchy: a thread raises a built-in class and a handler names one of its bases
(or a class that is not one); CPython's log against weft's (../cmp.py)."""
PAIRS = [
    ("ConnectionRefusedError", "OSError"), ("ConnectionRefusedError", "ConnectionError"),
    ("BrokenPipeError", "ConnectionError"), ("FileNotFoundError", "OSError"), ("PermissionError", "OSError"),
    ("TimeoutError", "OSError"), ("InterruptedError", "OSError"), ("UnicodeDecodeError", "ValueError"),
    ("RecursionError", "RuntimeError"), ("NotImplementedError", "RuntimeError"), ("OverflowError", "ArithmeticError"),
    ("FloatingPointError", "ArithmeticError"), ("ModuleNotFoundError", "ImportError"), ("IndexError", "LookupError"),
    ("UnboundLocalError", "NameError"), ("StopIteration", "Exception"), ("KeyError", "ValueError"),
    ("ValueError", "LookupError"), ("TimeoutError", "RuntimeError"), ("ConnectionResetError", "ConnectionError"),
    ("ProcessLookupError", "OSError"), ("BlockingIOError", "OSError"), ("EOFError", "Exception"),
    ("AssertionError", "Exception"), ("ZeroDivisionError", "ArithmeticError"), ("IsADirectoryError", "OSError"),
]

TEMPLATE = '''# ordered
# hierarchy matrix: raise {raised}, except {caught}
import threading

log = []


def work(n):
    try:
        try:
            if n > 0:
                raise {raised}{args}
            log.append("no raise")
        except {caught}:
            log.append("caught by {caught}")
    except Exception as e:
        log.append(f"escaped {{type(e).__name__}}")


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(log)
'''

for index, (raised, caught) in enumerate(PAIRS):
    args = "('utf-8', b'x', 0, 1, 'bad')" if raised == "UnicodeDecodeError" else "('x')"
    with open(f"h{index:02d}_{raised}_{caught}.py", "w") as out:
        out.write(TEMPLATE.format(raised=raised, caught=caught, args=args))
