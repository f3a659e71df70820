"""wait_for(q.get(), timeout) in a loop, a producer puts 1 then the sentinel None.
CPython 3.11: the consumer always gets 1 and then None ([1] 0; [1] 1 when a loaded machine stalls the
loop past the 5 ms). A get that finds an item takes it and returns in one step, and wait_for returns a
result that is ready (`if fut.done(): return fut.result()`), so no item is ever lost.
weft (start binary): explore (incomplete at 10 s) lists `timeouts=4 received=[1]` in 1140 of 2936
schedules (and timeouts 2 and 3): the get task's take (`get q into item -> None`) and its `return item`
are two steps, the wait_for's time-out is offered between them, and the task is cancelled holding the
item, which is lost. checks/c80_wait_for_queue_poll.py: 1484 of 1485 schedules end at weft's
64-submit limit after losing the sentinel (timeouts=62).
The cause, read off the traces: the 20 ms time window lets the wait_for's give-up (due at 29.1ms) be
taken before the get's steps at 24.1ms, which is weft's documented over-approximation of timer order;
but the get task's take (`get q into item -> None`) and its `return item` are two steps, and the
cancel lands between them, so the task ends cancelled holding the item. In CPython a get that finds an
item returns in the same step, and wait_for returns a result that is done, so even a stalled loop loses
nothing. checks/c85_wait_for_lock_acquire.py shows it with an asyncio.Lock: weft lists `held=[] timeouts=6` (every acquire of a free lock "times out" at
100us, 0 ms into its 4 ms), which CPython cannot reach; CPython: held a and b, 0 or 1 time-out."""
import asyncio

received = []
timeouts = 0


async def producer(q):
    await asyncio.sleep(0.002)
    await q.put(1)
    await q.put(None)


async def consumer(q):
    global timeouts
    while True:
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.005)
        except asyncio.TimeoutError:
            timeouts += 1
            if timeouts > 3:
                break
            continue
        if item is None:
            break
        received.append(item)


async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
print(received, timeouts)
