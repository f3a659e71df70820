# asyncio.shield around a commit: the request times out, but the commit it started still finishes.
import asyncio

ledger = []
state = {"committed": 0, "timeouts": 0}


async def commit(txn_id, amount):
    await asyncio.sleep(0.01)  # write-ahead log flush
    ledger.append((txn_id, amount))
    state["committed"] += 1
    return txn_id


async def handle_request(txn_id, amount, deadline):
    commit_task = asyncio.ensure_future(commit(txn_id, amount))
    try:
        return await asyncio.wait_for(asyncio.shield(commit_task), timeout=deadline)
    except asyncio.TimeoutError:
        state["timeouts"] += 1
        return None
    finally:
        await commit_task


async def main():
    answers = await asyncio.gather(
        handle_request("t1", 40, 0.05),
        handle_request("t2", 15, 0.001),
        handle_request("t3", 5, 0.05),
    )
    return answers


answers = asyncio.run(main())
committed = state["committed"]
timeouts = state["timeouts"]
total = sum(amount for _, amount in ledger)
print(f"answers={answers} committed={committed} timeouts={timeouts} total={total}")
