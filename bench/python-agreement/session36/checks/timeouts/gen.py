"""Writes one program per (blocking call with a time-out, margin): the other side acts after DELAY ms and
the waiter gives up after TIMEOUT ms, with margins wide enough that CPython's result is fixed (5 ms
against 60 ms). weft must list CPython's result. Run here: python3 gen.py; python3 cmp.py > ../../results/timeouts.txt
(cmp.py is ../timers/cmp.py over these files, with CPython's booleans printed as weft's 1 and 0)."""
THREAD_HEAD = "import queue\nimport threading\nimport time\nfrom concurrent.futures import ThreadPoolExecutor, wait\n\nlog = []\n"
ASYNC_HEAD = "import asyncio\n\nlog = []\n"
THREADED = {
    "queue_get": ('q = queue.Queue()\n', 'def other():\n    time.sleep(DELAY)\n    q.put(1)\n',
                  'def waiter():\n    try:\n        log.append(q.get(timeout=TIMEOUT))\n    except queue.Empty:\n        log.append("empty")\n'),
    "queue_put_full": ('q = queue.Queue(maxsize=1)\nq.put(0)\n', 'def other():\n    time.sleep(DELAY)\n    q.get()\n',
                       'def waiter():\n    try:\n        q.put(1, timeout=TIMEOUT)\n        log.append("put")\n    except queue.Full:\n        log.append("full")\n'),
    "event_wait": ('ev = threading.Event()\n', 'def other():\n    time.sleep(DELAY)\n    ev.set()\n',
                   'def waiter():\n    log.append(ev.wait(TIMEOUT))\n'),
    "condition_wait": ('cond = threading.Condition()\n', 'def other():\n    time.sleep(DELAY)\n    with cond:\n        cond.notify()\n',
                       'def waiter():\n    with cond:\n        log.append(cond.wait(TIMEOUT))\n'),
    "lock_acquire": ('lock = threading.Lock()\nlock.acquire()\n', 'def other():\n    time.sleep(DELAY)\n    lock.release()\n',
                     'def waiter():\n    log.append(lock.acquire(timeout=TIMEOUT))\n'),
    "semaphore_acquire": ('sem = threading.Semaphore(0)\n', 'def other():\n    time.sleep(DELAY)\n    sem.release()\n',
                          'def waiter():\n    log.append(sem.acquire(timeout=TIMEOUT))\n'),
    "thread_join": ('', 'def other():\n    time.sleep(DELAY)\n    log.append("other done")\n',
                    'def waiter():\n    pass\n'),
    "future_result": ('pool = ThreadPoolExecutor(max_workers=1)\n', 'def other():\n    pass\n\n\ndef job():\n    time.sleep(DELAY)\n    return 7\n',
                      'def waiter():\n    f = pool.submit(job)\n    try:\n        log.append(f.result(timeout=TIMEOUT))\n    except TimeoutError:\n        log.append("timeout")\n    log.append(f.result())\n'),
    "futures_wait": ('pool = ThreadPoolExecutor(max_workers=1)\n', 'def other():\n    pass\n\n\ndef job():\n    time.sleep(DELAY)\n    return 7\n',
                     'def waiter():\n    f = pool.submit(job)\n    done, not_done = wait([f], timeout=TIMEOUT)\n    log.append(len(done))\n    f.result()\n'),
}
THREAD_TAIL = '''

t1 = threading.Thread(target=other)
t2 = threading.Thread(target=waiter)
t1.start()
t2.start()
JOIN
t2.join()
print(log)
'''
ASYNCS = {
    "wait_for_queue_get": ('async def other(q, ev, lock):\n    await asyncio.sleep(DELAY)\n    await q.put(1)\n',
                           'async def waiter(q, ev, lock):\n    try:\n        log.append(await asyncio.wait_for(q.get(), TIMEOUT))\n    except asyncio.TimeoutError:\n        log.append("timeout")\n'),
    "wait_for_event": ('async def other(q, ev, lock):\n    await asyncio.sleep(DELAY)\n    ev.set()\n',
                       'async def waiter(q, ev, lock):\n    try:\n        log.append(await asyncio.wait_for(ev.wait(), TIMEOUT))\n    except asyncio.TimeoutError:\n        log.append("timeout")\n'),
    "wait_for_lock": ('async def other(q, ev, lock):\n    async with lock:\n        await asyncio.sleep(DELAY)\n',
                      'async def waiter(q, ev, lock):\n    await asyncio.sleep(0.001)\n    try:\n        await asyncio.wait_for(lock.acquire(), TIMEOUT)\n        log.append("locked")\n        lock.release()\n    except asyncio.TimeoutError:\n        log.append("timeout")\n'),
    "timeout_cm_sleep": ('async def other(q, ev, lock):\n    await asyncio.sleep(0)\n',
                         'async def waiter(q, ev, lock):\n    try:\n        async with asyncio.timeout(TIMEOUT):\n            await asyncio.sleep(DELAY)\n            log.append("slept")\n    except TimeoutError:\n        log.append("timeout")\n'),
    "wait_for_sleep_result": ('async def other(q, ev, lock):\n    await asyncio.sleep(0)\n',
                              'async def waiter(q, ev, lock):\n    try:\n        log.append(await asyncio.wait_for(asyncio.sleep(DELAY, result=5), TIMEOUT))\n    except asyncio.TimeoutError:\n        log.append("timeout")\n'),
    "asyncio_wait_timeout": ('async def other(q, ev, lock):\n    await asyncio.sleep(0)\n\n\nasync def job():\n    await asyncio.sleep(DELAY)\n    return 3\n',
                             'async def waiter(q, ev, lock):\n    t = asyncio.create_task(job())\n    done, pending = await asyncio.wait([t], timeout=TIMEOUT)\n    log.append(len(done))\n    log.append(await t)\n'),
}
ASYNC_TAIL = '''

async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    await asyncio.gather(other(q, ev, lock), waiter(q, ev, lock))


asyncio.run(main())
print(log)
'''
MARGINS = {"gives_up": (0.06, 0.005), "in_time": (0.005, 0.06)}
if __name__ == "__main__":
    for name, (setup, other, waiter) in THREADED.items():
        for margin, (delay, timeout) in MARGINS.items():
            join = "t1.join(TIMEOUT)\nlog.append(t1.is_alive())\nt1.join()" if name == "thread_join" else "t1.join()"
            text = THREAD_HEAD + setup + "\n\n" + other + "\n\n" + waiter + THREAD_TAIL.replace("JOIN", join)
            text = text.replace("DELAY", str(delay)).replace("TIMEOUT", str(timeout))
            with open(f"t_{name}__{margin}.py", "w") as out:
                out.write(f'"""{name}: the other side acts after {delay * 1000:g} ms, the time-out is {timeout * 1000:g} ms."""\n' + text)
    for name, (other, waiter) in ASYNCS.items():
        for margin, (delay, timeout) in MARGINS.items():
            text = ASYNC_HEAD + "\n\n" + other + "\n\n" + waiter + ASYNC_TAIL
            text = text.replace("DELAY", str(delay)).replace("TIMEOUT", str(timeout))
            with open(f"a_{name}__{margin}.py", "w") as out:
                out.write(f'"""{name}: the other side acts after {delay * 1000:g} ms, the time-out is {timeout * 1000:g} ms."""\n' + text)
