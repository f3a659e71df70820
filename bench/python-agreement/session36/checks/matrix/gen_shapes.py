"""Crosses gen.py's ways of meeting a job's failure with where in the job the failing operation sits:
in a helper the job calls, in a method, in a loop, under a lock, assigned to a local and then returned.
Run here: python3 gen_shapes.py; python3 cmp.py s_*.py > ../../results/matrix_shapes.txt (the first\n160; `python3 gen_shapes.py rlocked conditioned semaphored locked_helper` for results/matrix_shapes2.txt,\n`python3 gen_shapes.py try_finally handler while conditional wrapped event_set` for matrix_shapes3.txt)."""
import gen

OPS = {
    "none_cmp": ('DATA["none"] > 25', "TypeError"),
    "list_index": ("ROW[5]", "IndexError"),
    "missing_key": ('DATA["nope"]', "KeyError"),
    "float_text": ('float(DATA["text"])', "ValueError"),
    "int_none": ('int(DATA["none"])', "TypeError"),
}
SHAPES = {
    "helper": ('''

def helper(kind):
    if kind == "bad":
        return OP
    return 7
''', "    return helper(kind)\n"),
    "method": ('''

class Checker:
    def check(self, kind):
        if kind == "bad":
            return OP
        return 7


CHECKER = Checker()
''', "    return CHECKER.check(kind)\n"),
    "loop": ("", '''    value = 7
    for _ in range(2):
        if kind == "bad":
            value = OP
    return value
'''),
    "locked": ('''
import threading
JOB_LOCK = threading.Lock()
''', '''    with JOB_LOCK:
        if kind == "bad":
            value = OP
        else:
            value = 7
    return value
'''),
}
for kind, make in (("rlocked", "threading.RLock()"), ("conditioned", "threading.Condition()"), ("semaphored", "threading.Semaphore(1)")):
    SHAPES[kind] = (SHAPES["locked"][0].replace("threading.Lock()", make), SHAPES["locked"][1])
SHAPES["locked_helper"] = (SHAPES["locked"][0] + SHAPES["helper"][0], '''    with JOB_LOCK:
        value = helper(kind)
    return value
''')
SHAPES["try_finally"] = ("\nFINALLY_LOG = []\n", '''    try:
        if kind == "bad":
            value = OP
        else:
            value = 7
    finally:
        FINALLY_LOG.append(kind)
    return value
''')
SHAPES["handler"] = ("", '''    try:
        if kind == "bad":
            raise LookupError("first")
        value = 7
    except LookupError:
        value = OP
    return value
''')
SHAPES["while"] = ("", '''    value = 7
    n = 0
    while n < 2:
        n += 1
        if kind == "bad":
            value = OP
    return value
''')
SHAPES["conditional"] = ("", '''    value = OP if kind == "bad" else 7
    return value
''')
SHAPES["wrapped"] = ("", '''    if kind == "bad":
        return str(OP)
    return 7
''')
SHAPES["event_set"] = ("\nimport threading\nJOB_EVENT = threading.Event()\n", '''    JOB_EVENT.set()
    if kind == "bad":
        return OP
    return 7
''')
ONLY = None
import sys
if len(sys.argv) > 1:
    ONLY = sys.argv[1:]
CONSTRUCTS = ["pool_result_except", "pool_exception_read", "pool_as_completed", "pool_wait_exception",
              "pool_done_callback", "pool_map_except", "thread_try", "to_thread_except"]
if __name__ == "__main__":
    for op_name, (op, cls) in OPS.items():
        for shape_name, (extra, job_body) in SHAPES.items():
            if ONLY and shape_name not in ONLY:
                continue
            for c_name in CONSTRUCTS:
                imports, body = gen.CONSTRUCTS[c_name]
                # the job of gen.py, with its body replaced by the shape's
                plain_job = gen.JOB
                shaped_job = extra + "\n\ndef job(kind):\n" + job_body
                if c_name == "thread_try":
                    shaped_job = shaped_job.replace("def job(kind):", "def job_raw(kind):")
                    body = body.replace(plain_job.replace("def job(kind):\n", "def job_raw(kind):\n"), shaped_job)
                else:
                    body = body.replace(plain_job, shaped_job)
                text = (f'"""{op_name} in a job\'s {shape_name} under {c_name}: `{op}` raises {cls}."""\n' + imports + "\n"
                        + gen.HEAD + body.replace("OP", op).replace("CLASS", cls) + "print(sorted(map(str, log)))\n")
                with open(f"s_{op_name}__{shape_name}__{c_name}.py", "w") as out:
                    out.write(text)
