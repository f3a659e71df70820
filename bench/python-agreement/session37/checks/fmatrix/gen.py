"""Where a job's handler sits crossed with what runs the job and how it fails: does the `finally`
(or handler) of a job whose body faults run, as CPython's does? Finding 2 of the README, mapped.
Run here: python3 gen.py; RUNS=2 python3 ../cmp.py f_*.py > ../../results/fmatrix.txt"""
FAULTS = {
    "op_key": 'TABLE[key]',
    "op_int": 'int(key)',
    "raise": 'fail(key)',
}
SHAPES = {  # the job's body; BODY is the faulting expression's statement
    "try_finally": '''    try:
        log.append(FAULT)
    finally:
        log.append(f"end {key}")
''',
    "try_finally_return": '''    try:
        return FAULT
    finally:
        log.append(f"end {key}")
''',
    "try_except_finally_nomatch": '''    try:
        log.append(FAULT)
    except IndexError:
        log.append("wrong handler")
    finally:
        log.append(f"end {key}")
''',
    "nested_finally": '''    try:
        try:
            log.append(FAULT)
        finally:
            log.append(f"inner {key}")
    finally:
        log.append(f"end {key}")
''',
    "finally_after_step": '''    log.append(f"start {key}")
    try:
        log.append(FAULT)
    finally:
        log.append(f"end {key}")
''',
}
RUNNERS = {
    "pool_submit": ("from concurrent.futures import ThreadPoolExecutor\n", "def", '''
with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(job, k) for k in ("zz", "a")]
for f in futures:
    log.append("failed" if f.exception() is not None else "ok")
'''),
    "create_task": ("import asyncio\n", "async def", '''

async def main():
    for k in ("zz", "a"):
        try:
            await asyncio.create_task(job(k))
            log.append("ok")
        except Exception:
            log.append("failed")


asyncio.run(main())
'''),
    "gather": ("import asyncio\n", "async def", '''

async def main():
    results = await asyncio.gather(job("zz"), job("a"), return_exceptions=True)
    for r in results:
        log.append("failed" if isinstance(r, Exception) else "ok")


asyncio.run(main())
'''),
    "taskgroup": ("import asyncio\n", "async def", '''

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a"))
            tg.create_task(job("zz"))
        log.append("group ok")
    except* Exception:
        log.append("group failed")


asyncio.run(main())
'''),
    "thread_guarded": ("import threading\n", "def", '''

def guarded(k):
    try:
        job(k)
        log.append("ok")
    except Exception:
        log.append("failed")


threads = [threading.Thread(target=guarded, args=(k,)) for k in ("zz", "a")]
for t in threads:
    t.start()
for t in threads:
    t.join()
'''),
}
HEAD = '''TABLE = {"a": 1}
log = []


def fail(key):
    if key == "zz":
        raise KeyError(key)
    return 1

'''
if __name__ == "__main__":
    for fault_name, fault in FAULTS.items():
        for shape_name, shape in SHAPES.items():
            for runner_name, (imports, kind, body) in RUNNERS.items():
                the_fault = fault if fault_name != "op_int" else 'int("1" if key == "a" else key)'
                job = f"\n{kind} job(key):\n" + shape.replace("FAULT", the_fault)
                text = (f'"""{shape_name} in a job run by {runner_name}, failing by {fault_name}."""\n' + imports + "\n" + HEAD + job + body + "print(sorted(log, key=str))\n")
                with open(f"f_{fault_name}__{shape_name}__{runner_name}.py", "w") as out:
                    out.write(text)
