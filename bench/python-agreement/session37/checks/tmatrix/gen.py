"""Constructs that meet a failing job crossed with the failure's kind and the timing of the failing
and the succeeding job. Each job appends to `log` in a `finally` (so what ran is seen), and main
appends what it saw. Run here: python3 gen.py; python3 ../cmp.py t_*.py > ../../results/tmatrix.txt"""
FAILS = {
    "raise": 'raise ValueError("bad")',
    "keyerror": 'value = TABLE["missing"]',
    "int_text": 'value = int("x" + name)',
    "zero_div": "value = 1 // ZERO[0]",
}
TIMINGS = {  # (sleep of the failing job, sleep of the succeeding job) in ms
    "nosleep": (0, 0),
    "failfast": (1, 8),
    "failslow": (8, 1),
}
SYNC_JOB = '''

def job(name, delay_ms, fails):
    try:
        time.sleep(delay_ms / 1000)
        if fails:
            FAIL
        return name
    finally:
        log.append(f"end {name}")
'''
ASYNC_JOB = SYNC_JOB.replace("def job", "async def job").replace("time.sleep(delay_ms / 1000)", "await asyncio.sleep(delay_ms / 1000)")
CONSTRUCTS = {
    "pool_result": ("import time\nfrom concurrent.futures import ThreadPoolExecutor\n", SYNC_JOB, '''
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, "bad", BAD_MS, True), pool.submit(job, "good", GOOD_MS, False)]
    for f in futures:
        try:
            log.append(f.result())
        except Exception as e:
            log.append(type(e).__name__)
'''),
    "pool_as_completed": ("import time\nfrom concurrent.futures import ThreadPoolExecutor, as_completed\n", SYNC_JOB, '''
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, "bad", BAD_MS, True), pool.submit(job, "good", GOOD_MS, False)]
    for f in as_completed(futures):
        if f.exception() is None:
            log.append(f.result())
        else:
            log.append("failed")
'''),
    "pool_map": ("import time\nfrom concurrent.futures import ThreadPoolExecutor\n", SYNC_JOB, '''

def run(args):
    return job(*args)


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(run, [("good", GOOD_MS, False), ("bad", BAD_MS, True)]):
            log.append(value)
    except Exception as e:
        log.append(type(e).__name__)
'''),
    "threads": ("import time\nimport threading\n", SYNC_JOB, '''

def guarded(name, delay_ms, fails):
    try:
        log.append(job(name, delay_ms, fails))
    except Exception as e:
        log.append(type(e).__name__)


threads = [threading.Thread(target=guarded, args=("bad", BAD_MS, True)), threading.Thread(target=guarded, args=("good", GOOD_MS, False))]
for t in threads:
    t.start()
for t in threads:
    t.join()
'''),
    "gather": ("import asyncio\n", ASYNC_JOB, '''

async def main():
    try:
        results = await asyncio.gather(job("bad", BAD_MS, True), job("good", GOOD_MS, False))
        for r in results:
            log.append(r)
    except Exception as e:
        log.append(type(e).__name__)
    await asyncio.sleep(0.02)


asyncio.run(main())
'''),
    "gather_return_exceptions": ("import asyncio\n", ASYNC_JOB, '''

async def main():
    results = await asyncio.gather(job("bad", BAD_MS, True), job("good", GOOD_MS, False), return_exceptions=True)
    for r in results:
        log.append(type(r).__name__ if isinstance(r, Exception) else r)


asyncio.run(main())
'''),
    "taskgroup": ("import asyncio\n", ASYNC_JOB, '''

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("bad", BAD_MS, True))
            tg.create_task(job("good", GOOD_MS, False))
        log.append("group ok")
    except* Exception as eg:
        log.append(f"group {len(eg.exceptions)}")


asyncio.run(main())
'''),
    "wait_for": ("import asyncio\n", ASYNC_JOB, '''

async def main():
    for name, ms, fails in (("bad", BAD_MS, True), ("good", GOOD_MS, False)):
        try:
            log.append(await asyncio.wait_for(job(name, ms, fails), timeout=0.005))
        except asyncio.TimeoutError:
            log.append("timeout")
        except Exception as e:
            log.append(type(e).__name__)


asyncio.run(main())
'''),
    "to_thread": ("import asyncio\nimport time\n", SYNC_JOB, '''

async def main():
    for name, ms, fails in (("bad", BAD_MS, True), ("good", GOOD_MS, False)):
        try:
            log.append(await asyncio.to_thread(job, name, ms, fails))
        except Exception as e:
            log.append(type(e).__name__)


asyncio.run(main())
'''),
}
HEAD = 'TABLE = {"present": 1}\nZERO = [0]\nlog = []\n'
if __name__ == "__main__":
    for fail_name, fail in FAILS.items():
        for timing_name, (bad_ms, good_ms) in TIMINGS.items():
            for c_name, (imports, job, body) in CONSTRUCTS.items():
                text = (f'"""{c_name}: the failing job ({fail_name}) after {bad_ms} ms, the other after {good_ms} ms."""\n'
                        + imports + "\n" + HEAD + job.replace("FAIL", fail) + body.replace("BAD_MS", str(bad_ms)).replace("GOOD_MS", str(good_ms))
                        + "print(sorted(log, key=str))\n")
                with open(f"t_{fail_name}__{timing_name}__{c_name}.py", "w") as out:
                    out.write(text)
