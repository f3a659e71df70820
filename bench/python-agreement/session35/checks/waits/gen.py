"""Writes wait_for programs over asyncio primitives under contention, each ending with a conservation
check CPython always passes (`conserved = 1`): items received + items left == items put; a lock or
semaphore that can be acquired again at the end. Run: python3 gen.py; python3 cmp.py > ../../results/waits.txt."""
TIMEOUTS = {"t1ms": "0.001", "t3ms": "0.003"}
GAPS = {"g2ms": "0.002", "g5ms": "0.005"}
for tname, timeout in TIMEOUTS.items():
    for gname, gap in GAPS.items():
        get_text = f'''"""wait_for(q.get(), {timeout}) in a loop; the producer puts 3 items {gap} s apart."""
import asyncio

received = 0
timeouts = 0
conserved = 0


async def producer(q):
    for n in range(3):
        await asyncio.sleep({gap})
        q.put_nowait(n)


async def consumer(q):
    global received, timeouts
    for _ in range(40):
        if received == 3:
            break
        try:
            await asyncio.wait_for(q.get(), timeout={timeout})
            received += 1
        except asyncio.TimeoutError:
            timeouts += 1


async def main():
    global conserved
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))
    conserved = 1 if received + q.qsize() == 3 else 0


asyncio.run(main())
print(received, conserved)
'''
        lock_text = f'''"""Two coroutines try wait_for(lock.acquire(), {timeout}) up to 6 times, holding it {gap} s when they get it."""
import asyncio

wins = 0
timeouts = 0
conserved = 0


async def user(lock):
    global wins, timeouts
    for _ in range(6):
        try:
            await asyncio.wait_for(lock.acquire(), timeout={timeout})
        except asyncio.TimeoutError:
            timeouts += 1
            continue
        wins += 1
        await asyncio.sleep({gap})
        lock.release()
        return


async def main():
    global conserved
    lock = asyncio.Lock()
    await asyncio.gather(user(lock), user(lock))
    try:
        await asyncio.wait_for(lock.acquire(), timeout=0.05)
        conserved = 1
    except asyncio.TimeoutError:
        conserved = 0


asyncio.run(main())
print(wins, conserved)
'''
        sem_text = lock_text.replace("lock.acquire()", "sem.acquire()").replace("lock.release()", "sem.release()").replace("user(lock)", "user(sem)").replace("lock = asyncio.Lock()", "sem = asyncio.Semaphore(1)").replace("async def user(lock):", "async def user(sem):").replace("wait_for(lock.acquire()", "wait_for(sem.acquire()")
        open(f"get__{tname}__{gname}.py", "w").write(get_text)
        open(f"lock__{tname}__{gname}.py", "w").write(lock_text)
        open(f"sem__{tname}__{gname}.py", "w").write(sem_text)
