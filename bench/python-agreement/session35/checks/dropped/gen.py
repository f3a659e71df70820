"""Writes one program per (a raising `return` expression, the way its call's value is dropped): a worker
calls `check(...)` as a statement inside `try/except Exception`; CPython always logs `caught` for the
bad input. Run: python3 gen.py; python3 cmp.py > ../../results/dropped.txt."""
RAISING = {
    "int_text": "int(x)",
    "float_text": "float(x)",
    "abs_text": "abs(x)",
    "round_text": "round(x)",
    "str_index": '"abc".index(x)',
    "list_index_method": "[1, 2].index(x)",
    "dict_key": "TABLE[x]",
    "list_position": "ROW[len(x) + 5]",
    "none_add": "NONES[len(x) - 3] + 1",
    "text_plus_int": "x + len(x)",
}
CALLS = {
    "function": ("", "check(x)", "def check(x):\n    return EXPR\n"),
    "method": ("", "checker.check(x)", "class Checker:\n    def check(self, x):\n        return EXPR\n\n\nchecker = Checker()\n"),
    "nested_call": ("", "outer(x)", "def check(x):\n    return EXPR\n\n\ndef outer(x):\n    check(x)\n    return 1\n"),
}
for rname, expression in RAISING.items():
    for cname, (_, call, define) in CALLS.items():
        text = f'''"""`{expression}` returned by a call dropped as a statement ({cname}); CPython decides what is caught."""
import threading

TABLE = {{"7": 1}}
ROW = [1, 2]
NONES = [None]
log = []


{define.replace("EXPR", expression)}

def worker(x):
    try:
        {call}
        log.append(f"{{x}} ok")
    except Exception:
        log.append(f"{{x}} caught")


threads = [threading.Thread(target=worker, args=(x,)) for x in ("7", "bad")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
'''
        open(f"{rname}__{cname}.py", "w").write(text)
