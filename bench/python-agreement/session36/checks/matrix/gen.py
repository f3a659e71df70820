"""Session 36's copy of session35/checks/matrix/gen.py with other failing operations. Writes one program per (failing operation, construct): a job that fails by an operation CPython raises
on, beside a job that succeeds, under each way concurrent code meets the failure. Run from this folder:
python3 gen.py; then python3 cmp.py > ../../results/matrix.txt."""
OPS = {
    "float_text": ('float(DATA["text"])', "ValueError"),
    "str_index": ('DATA["text"].index("z")', "ValueError"),
    "pop_empty": ("EMPTY.pop()", "IndexError"),
    "dict_pop_missing": ('DATA.pop("nope")', "KeyError"),
    "int_none": ('int(DATA["none"])', "TypeError"),
    "str_plus_int": ('DATA["text"] + 1', "TypeError"),
    "max_empty": ("max(EMPTY)", "ValueError"),
    "remove_missing": ("ROW.remove(9)", "ValueError"),
    "unpack_short": ('first, second = DATA["row1"]', "ValueError"),
    "local_dict_key": ('{"a": 1}[DATA["text"]]', "KeyError"),
    "attr_missing": ("CONFIG.timeout", "AttributeError"),
    "neg_index_empty": ("EMPTY[-1]", "IndexError"),
    "assert_false": ('assert DATA["num"] < 0, "negative"', "AssertionError"),
    "mod_zero": ('DATA["num"] % DATA["zero"]', "ZeroDivisionError"),
}
HEAD = '''DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []
'''
JOB = '''

def job(kind):
    if kind == "bad":
        OPLINE
    return 7
'''
AJOB = '''

async def job(kind):
    await asyncio.sleep(0)
    if kind == "bad":
        OPLINE
    return 7
'''
CONSTRUCTS = {
    "thread_try": ("import threading\n", JOB.replace("def job(kind):\n", "def job_raw(kind):\n") + '''

def job(kind):
    try:
        log.append(job_raw(kind))
    except CLASS:
        log.append("caught")


threads = [threading.Thread(target=job, args=(k,)) for k in ("good", "bad")]
for t in threads:
    t.start()
for t in threads:
    t.join()
'''),
    "pool_result_except": ("from concurrent.futures import ThreadPoolExecutor\n", JOB + '''

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
for f in futures:
    try:
        log.append(f.result())
    except CLASS:
        log.append("caught")
'''),
    "pool_exception_read": ("from concurrent.futures import ThreadPoolExecutor\n", JOB + '''

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
for f in futures:
    if f.exception() is None:
        log.append(f.result())
    else:
        log.append("failed")
'''),
    "pool_as_completed": ("from concurrent.futures import ThreadPoolExecutor, as_completed\n", JOB + '''

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
    for f in as_completed(futures):
        if f.exception() is None:
            log.append(f.result())
        else:
            log.append("failed")
'''),
    "pool_map_except": ("from concurrent.futures import ThreadPoolExecutor\n", JOB + '''

with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(job, ["good", "bad"]):
            log.append(value)
    except CLASS:
        log.append("caught")
'''),
    "task_await_except": ("import asyncio\n", AJOB + '''

async def main():
    for k in ("good", "bad"):
        task = asyncio.create_task(job(k))
        try:
            log.append(await task)
        except CLASS:
            log.append("caught")


asyncio.run(main())
'''),
    "gather_return_exceptions": ("import asyncio\n", AJOB + '''

async def main():
    results = await asyncio.gather(job("good"), job("bad"), return_exceptions=True)
    for r in results:
        log.append("failed" if isinstance(r, Exception) else r)


asyncio.run(main())
'''),
    "taskgroup_except_star": ("import asyncio\n", AJOB + '''

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("good"))
            tg.create_task(job("bad"))
        log.append("group ended")
    except* CLASS:
        log.append("caught")


asyncio.run(main())
'''),
    "to_thread_except": ("import asyncio\n", JOB + '''

async def main():
    for k in ("good", "bad"):
        try:
            log.append(await asyncio.to_thread(job, k))
        except CLASS:
            log.append("caught")


asyncio.run(main())
'''),
}

CONSTRUCTS_MORE = {
    "pool_wait_exception": ("from concurrent.futures import ThreadPoolExecutor, wait\n", JOB + '''

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
    wait(futures)
    for f in futures:
        log.append("failed" if f.exception() is not None else f.result())
'''),
    "pool_done_callback": ("from concurrent.futures import ThreadPoolExecutor\n", JOB + '''


def note(f):
    log.append("failed" if f.exception() is not None else f.result())


with ThreadPoolExecutor(max_workers=2) as pool:
    for k in ("good", "bad"):
        pool.submit(job, k).add_done_callback(note)
'''),
    "asyncio_wait_exception": ("import asyncio\n", AJOB + '''

async def main():
    tasks = [asyncio.create_task(job(k)) for k in ("good", "bad")]
    await asyncio.wait(tasks)
    for t in tasks:
        log.append("failed" if t.exception() is not None else t.result())


asyncio.run(main())
'''),
    "run_in_executor_except": ("import asyncio\n", JOB + '''

async def main():
    loop = asyncio.get_running_loop()
    for k in ("good", "bad"):
        try:
            log.append(await loop.run_in_executor(None, job, k))
        except CLASS:
            log.append("caught")


asyncio.run(main())
'''),
}
CONSTRUCTS.update(CONSTRUCTS_MORE)
if __name__ == "__main__":
    for op_name, (op, cls) in OPS.items():
        for c_name, (imports, body) in CONSTRUCTS.items():
            text = f'"""{op_name} under {c_name}: `{op}` raises {cls}."""\n' + imports + "\n" + HEAD + body.replace("OPLINE", op if op.startswith(("assert", "first,")) else "return " + op).replace("CLASS", cls) + "print(sorted(map(str, log)))\n"
            with open(f"{op_name}__{c_name}.py", "w") as out:
                out.write(text)
